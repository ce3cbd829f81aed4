"use server";

import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { categoryClashes } from "@/lib/whitespace";
import { ZOfferingInput, ZOfferingRef, ZOfferingUpdate, ZProductLineInput, ZProductLineRef, ZProductLineUpdate } from "./schemas";

/**
 * The offerings catalogue, for admins only. Every change is audited ("ProductLine", "Offering"). Catalogue writes
 * take one transaction-level advisory lock, so two admins cannot both give the same category to an active
 * offering at the same moment.
 */
const admin = { roles: ["ADMIN"] as const, portfolio: true as const };
// The whitespace tabs and the portfolio view show the catalogue too; those pages render dynamically per request.
const pages = () => ["/admin/offerings", "/whitespace", "/admin/audit"];

const lockCatalogue = (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kam:offerings-catalogue'))`;

const lineState = (tx: Tx, id: string) => tx.productLine.findUnique({ where: { id }, select: { nameEn: true, nameZh: true, position: true } });
const offeringState = (tx: Tx, id: string) =>
  tx.offering.findUnique({ where: { id }, select: { productLineId: true, nameEn: true, nameZh: true, productCategories: true, active: true, position: true } });

async function assertLineNameFree(tx: Tx, nameEn: string, exceptId?: string) {
  const clash = await tx.productLine.findFirst({ where: { nameEn: { equals: nameEn, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (clash) throw new AppError("whitespace.offerings.errors.lineNameTaken", "CONFLICT");
}

async function assertOfferingNameFree(tx: Tx, nameEn: string, exceptId?: string) {
  const clash = await tx.offering.findFirst({ where: { nameEn: { equals: nameEn, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (clash) throw new AppError("whitespace.offerings.errors.nameTaken", "CONFLICT");
}

/**
 * The categories must be ones the orders use, and none may already belong to another active offering (an order
 * must map to one offering only, or its revenue would count twice).
 */
async function assertCategories(tx: Tx, offering: { id: string; productCategories: string[]; active: boolean }) {
  if (offering.productCategories.length > 0) {
    const known = await tx.order.groupBy({ by: ["productCategory"], where: { productCategory: { in: offering.productCategories } } });
    const knownSet = new Set(known.map((row) => row.productCategory));
    const unknown = offering.productCategories.find((category) => !knownSet.has(category));
    if (unknown) throw new AppError("whitespace.offerings.errors.unknownCategory", "INVALID", { category: unknown });
  }
  if (!offering.active) return;
  const others = await tx.offering.findMany({
    where: { active: true, id: { not: offering.id }, productCategories: { hasSome: offering.productCategories } },
    select: { id: true, nameEn: true, productCategories: true, active: true },
  });
  const clashes = categoryClashes([offering, ...others]);
  const [first] = [...clashes];
  if (first) {
    const other = others.find((o) => first[1].includes(o.id))!;
    throw new AppError("whitespace.offerings.errors.categoryTaken", "CONFLICT", { category: first[0], offering: other.nameEn });
  }
}

async function assertLine(tx: Tx, productLineId: string) {
  if (!(await tx.productLine.findUnique({ where: { id: productLineId }, select: { id: true } }))) throw notFound();
}

export const createProductLineAction = defineAction({ schema: ZProductLineInput, ...admin, revalidate: pages }, async (input, { user, tx }) => {
  await lockCatalogue(tx);
  await assertLineNameFree(tx, input.nameEn);
  const line = await tx.productLine.create({ data: input });
  await writeAudit(tx, { userId: user.id, entityType: "ProductLine", entityId: line.id, action: "create", after: input });
  return { productLineId: line.id };
});

export const updateProductLineAction = defineAction({ schema: ZProductLineUpdate, ...admin, revalidate: pages }, async ({ productLineId, ...input }, { user, tx }) => {
  await lockCatalogue(tx);
  const before = await lineState(tx, productLineId);
  if (!before) throw notFound();
  await assertLineNameFree(tx, input.nameEn, productLineId);
  await tx.productLine.update({ where: { id: productLineId }, data: input });
  await writeAudit(tx, { userId: user.id, entityType: "ProductLine", entityId: productLineId, action: "update", before, after: input });
  return { productLineId };
});

/** Only an empty product line can be deleted: offerings are deactivated, never lost with their whitespace cells. */
export const deleteProductLineAction = defineAction({ schema: ZProductLineRef, ...admin, revalidate: pages }, async ({ productLineId }, { user, tx }) => {
  await lockCatalogue(tx);
  const before = await lineState(tx, productLineId);
  if (!before) throw notFound();
  if (await tx.offering.count({ where: { productLineId } })) throw new AppError("whitespace.offerings.errors.lineNotEmpty", "CONFLICT");
  await tx.productLine.delete({ where: { id: productLineId } });
  await writeAudit(tx, { userId: user.id, entityType: "ProductLine", entityId: productLineId, action: "delete", before });
  return { productLineId };
});

export const createOfferingAction = defineAction({ schema: ZOfferingInput, ...admin, revalidate: pages }, async (input, { user, tx }) => {
  await lockCatalogue(tx);
  await assertLine(tx, input.productLineId);
  await assertOfferingNameFree(tx, input.nameEn);
  await assertCategories(tx, { id: "", ...input });
  const offering = await tx.offering.create({ data: input });
  await writeAudit(tx, { userId: user.id, entityType: "Offering", entityId: offering.id, action: "create", after: input });
  return { offeringId: offering.id };
});

export const updateOfferingAction = defineAction({ schema: ZOfferingUpdate, ...admin, revalidate: pages }, async ({ offeringId, ...input }, { user, tx }) => {
  await lockCatalogue(tx);
  const before = await offeringState(tx, offeringId);
  if (!before) throw notFound();
  await assertLine(tx, input.productLineId);
  await assertOfferingNameFree(tx, input.nameEn, offeringId);
  await assertCategories(tx, { id: offeringId, ...input });
  await tx.offering.update({ where: { id: offeringId }, data: input });
  await writeAudit(tx, { userId: user.id, entityType: "Offering", entityId: offeringId, action: "update", before, after: input });
  return { offeringId };
});

/**
 * Deleting an offering drops its whitespace cells (by cascade) and is refused while plan objectives point at it;
 * the page offers it with a confirmation naming the cells, and suggests deactivating instead.
 */
export const deleteOfferingAction = defineAction({ schema: ZOfferingRef, ...admin, revalidate: pages }, async ({ offeringId }, { user, tx }) => {
  await lockCatalogue(tx);
  const before = await offeringState(tx, offeringId);
  if (!before) throw notFound();
  if (await tx.planObjective.count({ where: { offeringId } })) throw new AppError("whitespace.offerings.errors.inUse", "CONFLICT");
  const cells = await tx.whitespaceCell.count({ where: { offeringId } });
  await tx.offering.delete({ where: { id: offeringId } });
  await writeAudit(tx, { userId: user.id, entityType: "Offering", entityId: offeringId, action: "delete", before: { ...before, cells } });
  return { offeringId };
});
