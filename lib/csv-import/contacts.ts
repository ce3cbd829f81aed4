import "server-only";
import { CONTACT_CSV_COLUMNS, type ContactCsvKey } from "@/lib/csv/contact-columns";
import type { ImportReason } from "@/lib/csv-import/report";
import { normalizeEnum } from "@/lib/csv/values";
import { zodReasons } from "@/lib/csv-import/zod-reasons";
import { Attitude, BuyingRole, ContactFunction, ContactLevel, PersonalityType } from "@/lib/generated/prisma/enums";
import { MESSAGES } from "@/lib/i18n/messages";
import { ZContactInput, type TContactInput } from "@/lib/contacts/schemas";
import { lookupAccounts, resolveAccount } from "./lookup";
import { updateContacts } from "./contacts-write";
import { IMPORT_CHUNK, sortIssues, type Importer } from "./types";
import type { Db } from "../db/prisma";

type StoredContact = TContactInput & { id: string; accountId: string };
export type ContactPlan = { creates: (TContactInput & { accountId: string })[]; updates: { before: StoredContact; after: TContactInput }[] };

const FIELDS = Object.keys(ZContactInput.shape) as (keyof TContactInput)[];
const ENUMS = {
  function: [Object.values(ContactFunction), "function"],
  level: [Object.values(ContactLevel), "level"],
  buyingRole: [Object.values(BuyingRole), "buyingRole"],
  personalityType: [Object.values(PersonalityType), "personality"],
  attitude: [Object.values(Attitude), "attitude"],
} as const;

/** Enum cells may hold the key or its English/Chinese label ("Board", "董事会"). */
function normalizeEnums(values: Partial<Record<ContactCsvKey, string>>) {
  const out: Record<string, string | undefined> = { ...values };
  for (const [field, [keys, labels]] of Object.entries(ENUMS)) {
    const value = values[field as ContactCsvKey];
    if (value !== undefined) out[field] = normalizeEnum(value, keys, [MESSAGES.en.domain[labels], MESSAGES.zh.domain[labels]]);
  }
  return out;
}

/** A person is the same when name and e-mail match (case-insensitive) within the account. */
const personKey = (accountId: string, name: string, email: string | null) => `${accountId}\u0000${name.toLowerCase()}\u0000${(email ?? "").toLowerCase()}`;
const sameContact = (a: TContactInput, b: TContactInput) => FIELDS.every((f) => (a[f] ?? null) === (b[f] ?? null));

function storedContacts(db: Db, accountIds: string[]) {
  return db.contact.findMany({
    where: { accountId: { in: accountIds } },
    select: {
      id: true, accountId: true, name: true, title: true, department: true, function: true, level: true, buyingRole: true,
      personalityType: true, attitude: true, relationshipStrength: true, email: true, phone: true, explicitNeeds: true, implicitNeeds: true,
    },
  });
}

/**
 * Contacts: a row with the `id` of a contact of its account, or with the name and e-mail of one, updates that
 * contact (or is skipped when nothing changed); any other row adds a contact. So an exported file imports back
 * without duplicating anyone.
 */
export const contactsImporter: Importer<ContactCsvKey, ContactPlan> = {
  columns: CONTACT_CSV_COLUMNS,

  async check(db, rows, ctx) {
    const issues = new Map<number, ImportReason[]>();
    const add = (row: number, ...reasons: ImportReason[]) => issues.set(row, [...(issues.get(row) ?? []), ...reasons]);
    const lookup = await lookupAccounts(db, ctx.user, rows.map((r) => r.values.accountId ?? ""), rows.map((r) => r.values.account ?? ""));
    const columns = { accountId: ctx.headerOf("accountId"), account: ctx.headerOf("account") };
    const valid: { row: number; id: string; accountId: string; contact: TContactInput }[] = [];
    for (let i = 0; i < rows.length; i++) {
      const { row, values } = rows[i];
      const result = ZContactInput.safeParse(normalizeEnums(values));
      if (!result.success) add(row, ...zodReasons(result.error, ctx.headerOf, values));
      if (!values.accountId && !values.account) add(row, { column: columns.account ?? "account", key: "validation.required" });
      else {
        const hit = resolveAccount(lookup, values.accountId, values.account, columns);
        if ("reason" in hit) add(row, hit.reason);
        else if (result.success) valid.push({ row, id: values.id ?? "", accountId: hit.account.id, contact: result.data });
      }
      if ((i + 1) % IMPORT_CHUNK === 0) await ctx.progress(i + 1);
    }

    const stored = await storedContacts(db, [...new Set(valid.map((v) => v.accountId))]);
    const byId = new Map(stored.map((c) => [c.id, c]));
    const byPerson = new Map(stored.map((c) => [personKey(c.accountId, c.name, c.email), c]));
    const plan: ContactPlan = { creates: [], updates: [] };
    const firstRowOf = new Map<string, number>();
    let unchanged = 0;
    for (const { row, id, accountId, contact } of valid) {
      if (issues.has(row)) continue;
      const byIdHit = byId.get(id);
      const match = byIdHit?.accountId === accountId ? byIdHit : byPerson.get(personKey(accountId, contact.name, contact.email));
      const key = match ? match.id : personKey(accountId, contact.name, contact.email);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        add(row, { column: ctx.headerOf("name"), key: "csvImport.reason.duplicateInFile", values: { value: contact.name, row: first } });
        continue;
      }
      firstRowOf.set(key, row);
      if (!match) plan.creates.push({ ...contact, accountId });
      else if (sameContact(match, contact)) unchanged++;
      else plan.updates.push({ before: match, after: contact });
    }
    await ctx.progress(rows.length);
    return { issues: sortIssues(issues), unchanged, writable: plan.creates.length + plan.updates.length, plan };
  },

  async write(tx, plan, ctx) {
    const total = plan.creates.length + plan.updates.length;
    const created = [];
    for (let i = 0; i < plan.creates.length; i += IMPORT_CHUNK) {
      created.push(...(await tx.contact.createManyAndReturn({ data: plan.creates.slice(i, i + IMPORT_CHUNK) })));
      await ctx.progress(created.length, total);
    }
    await updateContacts(tx, plan.updates.map((u) => ({ id: u.before.id, ...u.after })));
    await ctx.progress(total, total);
    await tx.auditLog.createMany({
      data: [
        ...created.map((row) => ({ userId: ctx.user.id, entityType: "Contact", entityId: row.id, action: "import", after: JSON.parse(JSON.stringify(row)) })),
        ...plan.updates.map(({ before, after }) => ({
          userId: ctx.user.id, entityType: "Contact", entityId: before.id, action: "import", before: JSON.parse(JSON.stringify(before)), after: { ...after },
        })),
      ],
    });
    return { created: created.length, updated: plan.updates.length, unchanged: 0 };
  },
};
