"use server";

import { accountPagePaths } from "@/lib/account-page/revalidate";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { ZAddBuyingCentre, ZRemoveBuyingCentre, ZSaveCell, ZUpdateBuyingCentre } from "./schemas";

/**
 * Buying centres and whitespace cells of one account, under the account edit rule (the wrapper's `account`).
 * Audited as "BuyingCentre" and "WhitespaceCell".
 */
const guarded = <I extends { accountId: string }>() => ({
  account: (input: I) => input.accountId,
  revalidate: (input: I) => [...accountPagePaths(input), "/whitespace"],
});

async function centreOf(tx: Tx, accountId: string, buyingCentreId: string) {
  const centre = await tx.buyingCentre.findFirst({ where: { id: buyingCentreId, accountId }, select: { id: true, name: true, note: true } });
  if (!centre) throw notFound();
  return centre;
}

async function assertNameFree(tx: Tx, accountId: string, name: string, exceptId?: string) {
  const clash = await tx.buyingCentre.findFirst({
    where: { accountId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("whitespace.centres.nameTaken", "CONFLICT");
}

export const addBuyingCentreAction = defineAction({ schema: ZAddBuyingCentre, ...guarded() }, async ({ accountId, name, note }, { user, tx }) => {
  await assertNameFree(tx, accountId, name);
  const last = await tx.buyingCentre.aggregate({ where: { accountId }, _max: { position: true } });
  const centre = await tx.buyingCentre.create({ data: { accountId, name, note, position: (last._max.position ?? -1) + 1 } });
  await writeAudit(tx, { userId: user.id, entityType: "BuyingCentre", entityId: centre.id, action: "create", after: { accountId, name, note } });
  return { buyingCentreId: centre.id };
});

export const updateBuyingCentreAction = defineAction({ schema: ZUpdateBuyingCentre, ...guarded() }, async ({ accountId, buyingCentreId, name, note }, { user, tx }) => {
  const before = await centreOf(tx, accountId, buyingCentreId);
  await assertNameFree(tx, accountId, name, buyingCentreId);
  await tx.buyingCentre.update({ where: { id: buyingCentreId }, data: { name, note } });
  await writeAudit(tx, { userId: user.id, entityType: "BuyingCentre", entityId: buyingCentreId, action: "update", before: { name: before.name, note: before.note }, after: { name, note } });
  return { buyingCentreId };
});

/** Removes the buying centre with its cells (cascade); its orders stay, without a buying centre. */
export const removeBuyingCentreAction = defineAction({ schema: ZRemoveBuyingCentre, ...guarded() }, async ({ accountId, buyingCentreId }, { user, tx }) => {
  const before = await centreOf(tx, accountId, buyingCentreId);
  const cells = await tx.whitespaceCell.count({ where: { buyingCentreId } });
  await tx.buyingCentre.delete({ where: { id: buyingCentreId } });
  await writeAudit(tx, { userId: user.id, entityType: "BuyingCentre", entityId: buyingCentreId, action: "delete", before: { accountId, name: before.name, note: before.note, cells } });
  return { buyingCentreId };
});

const cellState = (cell: { status: string; totalMarket: unknown; ourRevenue: unknown; competitor: string | null; note: string | null }) => ({
  status: cell.status, totalMarket: cell.totalMarket?.toString() ?? null, ourRevenue: cell.ourRevenue?.toString() ?? null, competitor: cell.competitor, note: cell.note,
});

/** Creates or changes a cell of an active offering; the offering must be active for a new cell. */
export const saveCellAction = defineAction({ schema: ZSaveCell, ...guarded() }, async ({ accountId, buyingCentreId, offeringId, ...data }, { user, tx }) => {
  await centreOf(tx, accountId, buyingCentreId);
  const existing = await tx.whitespaceCell.findUnique({ where: { buyingCentreId_offeringId: { buyingCentreId, offeringId } } });
  if (!existing) {
    const offering = await tx.offering.findUnique({ where: { id: offeringId }, select: { active: true } });
    if (!offering) throw notFound();
    if (!offering.active) throw new AppError("whitespace.cell.inactiveOffering", "INVALID");
    const cell = await tx.whitespaceCell.create({ data: { accountId, buyingCentreId, offeringId, ...data } });
    await writeAudit(tx, { userId: user.id, entityType: "WhitespaceCell", entityId: cell.id, action: "create", after: { accountId, buyingCentreId, offeringId, ...cellState(cell) } });
    return { cellId: cell.id };
  }
  const cell = await tx.whitespaceCell.update({ where: { id: existing.id }, data });
  const before = cellState(existing);
  const after = cellState(cell);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    await writeAudit(tx, { userId: user.id, entityType: "WhitespaceCell", entityId: cell.id, action: "update", before, after });
  }
  return { cellId: cell.id };
});
