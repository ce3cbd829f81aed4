"use server";

import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError, forbidden, notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { cleanViewQuery, LIST_SPECS, parseColumns, SAVED_VIEW_LISTS, type SavedViewList } from "./lists";
import { mayDeleteView } from "./queries";
import { ZDeleteView, ZRenameView, ZSaveView, ZUpdateView } from "./schemas";

const listOf = (value: string): SavedViewList => {
  if (!(SAVED_VIEW_LISTS as readonly string[]).includes(value)) throw notFound();
  return value as SavedViewList;
};
const pages = (list: SavedViewList) => [LIST_SPECS[list].path];
/** A change to a view known by id only: both list pages show the views. */
const allPages = () => SAVED_VIEW_LISTS.flatMap(pages);

/** What is stored: the query as the list's schema reads it and the known columns (all of them: empty). */
const stored = (list: SavedViewList, query: string, columns: readonly string[]) => ({
  query: cleanViewQuery(list, query),
  columns: parseColumns(list, columns) ?? [],
});

async function assertNameFree(tx: Tx, ownerId: string, list: string, name: string, exceptId?: string) {
  const taken = await tx.savedView.count({ where: { ownerId, list, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (taken > 0) throw new AppError("savedViews.errors.nameTaken", "CONFLICT", { name });
}

/** The view, which must be the user's own (renaming, saving changes). */
async function ownView(tx: Tx, userId: string, id: string) {
  const view = await tx.savedView.findUnique({ where: { id } });
  if (!view) throw notFound();
  if (view.ownerId !== userId) throw forbidden("savedViews.errors.notYours");
  return view;
}

const snapshot = (v: { list: string; name: string; query: string; columns: string[]; shared: boolean }) => ({
  list: v.list, name: v.name, query: v.query, columns: v.columns, shared: v.shared,
});

/** Saves the list's current filters, sort and columns as a new view of the user's. */
export const saveViewAction = defineAction({ schema: ZSaveView, self: true, revalidate: (input) => pages(input.list) }, async (input, { user, tx }) => {
  await assertNameFree(tx, user.id, input.list, input.name);
  const view = await tx.savedView.create({
    data: { ownerId: user.id, list: input.list, name: input.name, shared: input.shared, ...stored(input.list, input.query, input.columns) },
  });
  await writeAudit(tx, { userId: user.id, entityType: "SavedView", entityId: view.id, action: "create", after: snapshot(view) });
  return { id: view.id, list: input.list };
});

/** Replaces an own view's filters, sort and columns with the list's current ones. */
export const updateViewAction = defineAction({ schema: ZUpdateView, self: true, revalidate: allPages }, async (input, { user, tx }) => {
  const before = await ownView(tx, user.id, input.id);
  const list = listOf(before.list);
  const after = await tx.savedView.update({ where: { id: before.id }, data: stored(list, input.query, input.columns) });
  await writeAudit(tx, { userId: user.id, entityType: "SavedView", entityId: before.id, action: "update", before: snapshot(before), after: snapshot(after) });
  return { id: after.id };
});

export const renameViewAction = defineAction({ schema: ZRenameView, self: true, revalidate: allPages }, async (input, { user, tx }) => {
  const before = await ownView(tx, user.id, input.id);
  await assertNameFree(tx, user.id, before.list, input.name, before.id);
  const after = await tx.savedView.update({ where: { id: before.id }, data: { name: input.name, shared: input.shared } });
  await writeAudit(tx, { userId: user.id, entityType: "SavedView", entityId: before.id, action: "rename", before: snapshot(before), after: snapshot(after) });
  return { id: after.id };
});

/** Deletes an own view, or (admins) a view someone shared. */
export const deleteViewAction = defineAction({ schema: ZDeleteView, self: true, revalidate: allPages }, async (input, { user, tx }) => {
  const view = await tx.savedView.findUnique({ where: { id: input.id } });
  if (!view || (view.ownerId !== user.id && !view.shared)) throw notFound();
  if (!mayDeleteView(user, view)) throw forbidden("savedViews.errors.notYours");
  await tx.savedView.delete({ where: { id: view.id } });
  await writeAudit(tx, { userId: user.id, entityType: "SavedView", entityId: view.id, action: "delete", before: snapshot(view) });
  return { list: listOf(view.list) };
});
