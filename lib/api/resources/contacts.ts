import "server-only";
import { z } from "zod";
import { ZContactInput } from "@/lib/contacts/schemas";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { notFound } from "@/lib/errors/app-error";
import type { Contact, Prisma } from "@/lib/generated/prisma/client";
import { Attitude, BuyingRole, ContactFunction, ContactLevel, PersonalityType } from "@/lib/generated/prisma/enums";
import { ZId } from "@/lib/validation/fields";
import type { ApiActor } from "../define-api-route";
import { afterCursor, iso, listQuery, out, pageOf, ZPageMeta } from "../list";

export const ZApiContact = z
  .object({
    id: out.id(),
    accountId: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    department: z.string().nullable(),
    function: z.enum(ContactFunction),
    level: z.enum(ContactLevel),
    buyingRole: z.enum(BuyingRole).nullable(),
    personalityType: z.enum(PersonalityType).nullable(),
    attitude: z.enum(Attitude),
    relationshipStrength: z.number().int().min(1).max(5),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    explicitNeeds: z.string().nullable(),
    implicitNeeds: z.string().nullable(),
    createdAt: out.dateTime(),
    updatedAt: out.dateTime(),
  })
  .meta({ id: "Contact" });

export const ZApiContactPage = z.object({ data: z.array(ZApiContact), ...ZPageMeta }).meta({ id: "ContactPage" });

export const contactJson = (c: Contact): z.infer<typeof ZApiContact> => ({
  id: c.id, accountId: c.accountId, name: c.name, title: c.title, department: c.department, function: c.function, level: c.level,
  buyingRole: c.buyingRole, personalityType: c.personalityType, attitude: c.attitude, relationshipStrength: c.relationshipStrength,
  email: c.email, phone: c.phone, explicitNeeds: c.explicitNeeds, implicitNeeds: c.implicitNeeds, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt),
});

export const ZApiContactListQuery = z.object({
  ...listQuery,
  accountId: z.string().max(64).optional().meta({ description: "Only the contacts of this account." }),
  level: z.enum(ContactLevel).optional(),
  function: z.enum(ContactFunction).optional(),
});

export async function listContacts(db: ReadDb, q: z.infer<typeof ZApiContactListQuery>) {
  const where: Prisma.ContactWhereInput = {
    AND: [
      afterCursor("updatedAt", q.cursor),
      q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {},
      { accountId: q.accountId, level: q.level, function: q.function },
    ],
  };
  const rows = await db.contact.findMany({ where, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: q.limit + 1 });
  const page = pageOf(rows, q.limit, (c) => ({ at: c.updatedAt, id: c.id }));
  return { data: page.data.map(contactJson), nextCursor: page.nextCursor };
}

export async function findContact(db: ReadDb, id: string) {
  const contact = await db.contact.findUnique({ where: { id } });
  if (!contact) throw notFound();
  return contact;
}

/** The contact form's schema with the account it belongs to. */
export const ZApiContactCreate = ZContactInput.extend({ accountId: ZId }).meta({ id: "ContactCreate" });
/** Only the fields sent change; a contact stays with its account. */
export const ZApiContactPatch = ZContactInput.partial().meta({ id: "ContactPatch" });

/** `input.accountId` is the account the caller locked and checked. */
export async function createContact(tx: Tx, actor: ApiActor, input: z.infer<typeof ZApiContactCreate>) {
  const row = await tx.contact.create({ data: input });
  await writeAudit(tx, { ...actor, entityType: "Contact", entityId: row.id, action: "create", after: row });
  return contactJson(row);
}

export async function updateContact(tx: Tx, actor: ApiActor, accountId: string, contactId: string, input: z.infer<typeof ZApiContactPatch>) {
  const before = await tx.contact.findFirst({ where: { id: contactId, accountId } });
  if (!before) throw notFound();
  const data = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const after = await tx.contact.update({ where: { id: contactId }, data });
  await writeAudit(tx, { ...actor, entityType: "Contact", entityId: contactId, action: "update", before, after });
  return contactJson(after);
}
