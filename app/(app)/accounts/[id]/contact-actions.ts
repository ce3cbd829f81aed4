"use server";

import { AppError, notFound } from "@/lib/actions/errors";
import { defineAction } from "@/lib/actions/define-action";
import { assertCanEditAccount } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { ZCoverageInput, ZCreateContact, ZUpdateContact } from "@/lib/validation/contact";
import { refresh } from "./refresh";

async function contactOfAccount(tx: Tx, accountId: string, contactId: string) {
  const contact = await tx.contact.findFirst({ where: { id: contactId, accountId } });
  if (!contact) throw notFound();
  return contact;
}

export const createContactAction = defineAction({ schema: ZCreateContact }, async ({ accountId, contact }, { user, db }) => {
  const created = await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    const row = await tx.contact.create({ data: { ...contact, accountId } });
    await writeAudit(tx, { userId: user.id, entityType: "Contact", entityId: row.id, action: "create", after: row });
    return row;
  });
  refresh(accountId);
  return { id: created.id };
});

export const updateContactAction = defineAction({ schema: ZUpdateContact }, async ({ accountId, contactId, contact }, { user, db }) => {
  await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    const before = await contactOfAccount(tx, accountId, contactId);
    const after = await tx.contact.update({ where: { id: contactId }, data: contact });
    await writeAudit(tx, { userId: user.id, entityType: "Contact", entityId: contactId, action: "update", before, after });
  });
  refresh(accountId);
  return { id: contactId };
});

export const addCoverageAction = defineAction({ schema: ZCoverageInput }, async ({ accountId, contactId, userId }, { user, db }) => {
  const line = await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    await contactOfAccount(tx, accountId, contactId);
    const ours = await tx.user.findFirst({ where: { id: userId, active: true }, select: { id: true } });
    if (!ours) throw new AppError("accountWork.errors.unknownUser");
    const existing = await tx.contactCoverage.findUnique({ where: { contactId_userId: { contactId, userId } } });
    if (existing) throw new AppError("accountWork.errors.coverageExists", "CONFLICT");
    const row = await tx.contactCoverage.create({ data: { contactId, userId } });
    await writeAudit(tx, { userId: user.id, entityType: "ContactCoverage", entityId: row.id, action: "create", after: { ...row, accountId } });
    return row;
  });
  refresh(accountId);
  return { id: line.id };
});

export const removeCoverageAction = defineAction({ schema: ZCoverageInput }, async ({ accountId, contactId, userId }, { user, db }) => {
  await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    await contactOfAccount(tx, accountId, contactId);
    const existing = await tx.contactCoverage.findUnique({ where: { contactId_userId: { contactId, userId } } });
    if (!existing) throw notFound();
    await tx.contactCoverage.delete({ where: { id: existing.id } });
    await writeAudit(tx, { userId: user.id, entityType: "ContactCoverage", entityId: existing.id, action: "delete", before: { ...existing, accountId } });
  });
  refresh(accountId);
});
