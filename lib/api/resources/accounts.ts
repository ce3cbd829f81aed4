import "server-only";
import { z } from "zod";
import { ZAccountInput } from "@/lib/accounts/schemas";
import { assertActiveUser, assertValidParent, updateAccountVersioned } from "@/lib/accounts/writes";
import { canManagePortfolio, type SessionUser } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { conflict, notFound } from "@/lib/errors/app-error";
import type { Account, Prisma } from "@/lib/generated/prisma/client";
import { CompanySize, CreditRating, LifecyclePhase, Quadrant, RelationshipStage, SalesScenario } from "@/lib/generated/prisma/enums";
import { optionalText, ZVersion } from "@/lib/validation/fields";
import type { ApiActor } from "../define-api-route";
import { afterCursor, boolFilter, decimalOrNull, iso, listQuery, out, pageOf, ZPageMeta } from "../list";

// ───────────── what the API answers ─────────────

export const ZApiAccount = z
  .object({
    id: out.id(),
    name: z.string(),
    localName: z.string().nullable(),
    externalRef: z.string().nullable().meta({ description: "The ERP's customer number; the key of the bulk upsert." }),
    industry: z.string(),
    region: z.string(),
    country: z.string(),
    size: z.enum(CompanySize),
    annualRevenue: out.decimal().nullable(),
    creditRating: z.enum(CreditRating).nullable(),
    lifecyclePhase: z.enum(LifecyclePhase),
    salesScenario: z.enum(SalesScenario).nullable(),
    stage: z.enum(RelationshipStage),
    stageChangedAt: out.dateTime(),
    isKeyAccount: z.boolean(),
    quadrant: z.enum(Quadrant).nullable(),
    ownerId: z.string(),
    parentId: z.string().nullable(),
    archived: z.boolean(),
    strategy: z.string().nullable(),
    products: z.string().nullable(),
    operatingStatus: z.string().nullable(),
    growthBottleneck: z.string().nullable(),
    version: z.number().int().meta({ description: "Optimistic lock: send it back with a change to refuse overwriting a newer state." }),
    createdAt: out.dateTime(),
    updatedAt: out.dateTime(),
  })
  .meta({ id: "Account" });
export type ApiAccount = z.infer<typeof ZApiAccount>;

export const ZApiAccountPage = z.object({ data: z.array(ZApiAccount), ...ZPageMeta }).meta({ id: "AccountPage" });

export function accountJson(a: Account): ApiAccount {
  return {
    id: a.id, name: a.name, localName: a.localName, externalRef: a.externalRef, industry: a.industry, region: a.region, country: a.country,
    size: a.size, annualRevenue: decimalOrNull(a.annualRevenue), creditRating: a.creditRating, lifecyclePhase: a.lifecyclePhase,
    salesScenario: a.salesScenario, stage: a.stage, stageChangedAt: iso(a.stageChangedAt), isKeyAccount: a.isKeyAccount, quadrant: a.quadrant,
    ownerId: a.ownerId, parentId: a.parentId, archived: a.archived, strategy: a.strategy, products: a.products,
    operatingStatus: a.operatingStatus, growthBottleneck: a.growthBottleneck, version: a.version, createdAt: iso(a.createdAt), updatedAt: iso(a.updatedAt),
  };
}

// ───────────── reading ─────────────

export const ZApiAccountListQuery = z.object({
  ...listQuery,
  ownerId: z.string().max(64).optional().meta({ description: "Only accounts of this owner (a user id)." }),
  stage: z.enum(RelationshipStage).optional(),
  quadrant: z.enum(Quadrant).optional(),
  isKeyAccount: boolFilter("Only key accounts (true) or only the others (false)."),
  archived: boolFilter("Only archived (true) or only current (false) accounts; both when omitted."),
  industry: z.string().max(100).optional(),
  region: z.string().max(100).optional(),
  externalRef: z.string().max(100).optional(),
});

export async function listAccounts(db: ReadDb, q: z.infer<typeof ZApiAccountListQuery>) {
  const where: Prisma.AccountWhereInput = {
    AND: [
      afterCursor("updatedAt", q.cursor),
      q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {},
      {
        ownerId: q.ownerId, stage: q.stage, quadrant: q.quadrant, isKeyAccount: q.isKeyAccount, archived: q.archived,
        industry: q.industry, region: q.region, externalRef: q.externalRef,
      },
    ],
  };
  const rows = await db.account.findMany({ where, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: q.limit + 1 });
  const page = pageOf(rows, q.limit, (a) => ({ at: a.updatedAt, id: a.id }));
  return { data: page.data.map(accountJson), nextCursor: page.nextCursor };
}

export async function getAccount(db: ReadDb, id: string) {
  const account = await db.account.findUnique({ where: { id } });
  if (!account) throw notFound();
  return accountJson(account);
}

// ───────────── writing (the account form's schema, plus the API's external reference and local name) ─────────────

const apiOnlyFields = { externalRef: optionalText(100), localName: optionalText(200) };

/** Creating an account: the account form's fields; `ownerId` is honoured for directors and admins only. */
export const ZApiAccountCreate = ZAccountInput.extend(apiOnlyFields).meta({ id: "AccountCreate" });

/** A partial change: only the fields sent change; `version`, when sent, must be the current one (else 409). */
export const ZApiAccountPatch = ZAccountInput.omit({ ownerId: true })
  .extend(apiOnlyFields)
  .partial()
  .extend({ version: ZVersion.optional() })
  .meta({ id: "AccountPatch" });

type Fields = Partial<Omit<z.infer<typeof ZApiAccountCreate>, "ownerId">>;

function fieldsData(input: Fields): Prisma.AccountUncheckedUpdateManyInput {
  const data: Record<string, unknown> = {};
  for (const key of [
    "name", "localName", "externalRef", "industry", "region", "country", "size", "annualRevenue", "creditRating", "lifecyclePhase",
    "salesScenario", "parentId", "strategy", "products", "operatingStatus", "growthBottleneck",
  ] as const) {
    if (input[key] !== undefined) data[key] = input[key];
  }
  return data;
}

async function assertFreeExternalRef(tx: Tx, externalRef: string | null | undefined, accountId: string | null) {
  if (!externalRef) return;
  const taken = await tx.account.findFirst({ where: { externalRef, ...(accountId ? { id: { not: accountId } } : {}) }, select: { id: true } });
  if (taken) throw conflict();
}

/** As the account form creates one: a manager's account is his own; directors and admins may name an active owner. */
export async function createAccount(tx: Tx, user: SessionUser, actor: ApiActor, input: z.infer<typeof ZApiAccountCreate>) {
  const ownerId = canManagePortfolio(user) && input.ownerId ? input.ownerId : user.id;
  if (ownerId !== user.id) await assertActiveUser(tx, ownerId);
  await assertValidParent(tx, null, input.parentId);
  await assertFreeExternalRef(tx, input.externalRef, null);
  const created = await tx.account.create({ data: { ...(fieldsData(input) as Prisma.AccountUncheckedCreateInput), ownerId } });
  await writeAudit(tx, { ...actor, entityType: "Account", entityId: created.id, action: "create", after: created });
  return accountJson(created);
}

/** A change of a locked, permission-checked account through the one versioned write. */
export async function updateAccount(tx: Tx, actor: ApiActor, account: { id: string; version: number }, input: z.infer<typeof ZApiAccountPatch>) {
  const { version, ...fields } = input;
  if (version !== undefined && version !== account.version) throw conflict();
  if (fields.parentId !== undefined) await assertValidParent(tx, account.id, fields.parentId);
  if (fields.externalRef !== undefined) await assertFreeExternalRef(tx, fields.externalRef, account.id);
  const after = await updateAccountVersioned(tx, {
    userId: actor.userId, apiKeyId: actor.apiKeyId, accountId: account.id, seenVersion: account.version, action: "update", data: fieldsData(fields),
  });
  return accountJson(after);
}
