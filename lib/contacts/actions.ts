"use server";

import { accountPagePaths } from "@/lib/account-page/revalidate";
import { assertActiveUser } from "@/lib/accounts/writes";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { ZCoverageInput, ZCreateContact, ZUpdateContact } from "./schemas";

async function contactOfAccount(tx: Tx, accountId: string, contactId: string) {
  const contact = await tx.contact.findFirst({ where: { id: contactId, accountId } });
  if (!contact) throw notFound();
  return contact;
}

export const createContactAction = defineAction(
  { schema: ZCreateContact, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ contact }, { user, tx, account }) => {
    const row = await tx.contact.create({ data: { ...contact, accountId: account.id } });
    await writeAudit(tx, { userId: user.id, entityType: "Contact", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
);

export const updateContactAction = defineAction(
  { schema: ZUpdateContact, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ contactId, contact }, { user, tx, account }) => {
    const before = await contactOfAccount(tx, account.id, contactId);
    const after = await tx.contact.update({ where: { id: contactId }, data: contact });
    await writeAudit(tx, { userId: user.id, entityType: "Contact", entityId: contactId, action: "update", before, after });
    return { id: contactId };
  },
);

export const addCoverageAction = defineAction(
  { schema: ZCoverageInput, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ contactId, userId }, { user, tx, account }) => {
    await contactOfAccount(tx, account.id, contactId);
    await assertActiveUser(tx, userId, "accountPage.errors.unknownUser");
    const existing = await tx.contactCoverage.findUnique({ where: { contactId_userId: { contactId, userId } } });
    if (existing) throw new AppError("accountPage.errors.coverageExists", "CONFLICT");
    const row = await tx.contactCoverage.create({ data: { contactId, userId } });
    await writeAudit(tx, { userId: user.id, entityType: "ContactCoverage", entityId: row.id, action: "create", after: { ...row, accountId: account.id } });
    return { id: row.id };
  },
);

export const removeCoverageAction = defineAction(
  { schema: ZCoverageInput, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ contactId, userId }, { user, tx, account }) => {
    await contactOfAccount(tx, account.id, contactId);
    const existing = await tx.contactCoverage.findUnique({ where: { contactId_userId: { contactId, userId } } });
    if (!existing) throw notFound();
    await tx.contactCoverage.delete({ where: { id: existing.id } });
    await writeAudit(tx, { userId: user.id, entityType: "ContactCoverage", entityId: existing.id, action: "delete", before: { ...existing, accountId: account.id } });
  },
);
