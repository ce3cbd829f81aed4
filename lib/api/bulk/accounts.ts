import "server-only";
import { z } from "zod";
import { ZAccountInput } from "@/lib/accounts/schemas";
import { editableAccountWhere } from "@/lib/auth/account-access";
import { canManagePortfolio, type SessionUser } from "@/lib/auth/roles";
import { newIds } from "@/lib/csv-import/ids";
import type { Tx } from "@/lib/db/prisma";
import { conflict } from "@/lib/errors/app-error";
import type { Account } from "@/lib/generated/prisma/client";
import { optionalText, requiredText } from "@/lib/validation/fields";
import type { ApiActor } from "../define-api-route";
import { RowsRejected } from "../define-api-route";
import { BULK_MAX_ROWS, parseRow, RowIssues } from "./shared";

/** The fields a bulk row may set: the account form's, without parent and owner changes (see the row schema). */
const FIELDS = [
  "name", "localName", "industry", "region", "country", "size", "annualRevenue", "creditRating", "lifecyclePhase", "salesScenario",
  "strategy", "products", "operatingStatus", "growthBottleneck",
] as const;
type Field = (typeof FIELDS)[number];

/** What a new account needs (the account form's required fields). */
const REQUIRED_FOR_NEW = ["name", "industry", "region", "country", "size"] as const;

/**
 * One account row, matched on `externalRef` (the ERP's customer number): the account form's fields and rules. A
 * field left out keeps its stored value (a new account gets the form's default); null clears an optional field.
 * `ownerId` names the owner of a NEW account and is honoured for directors and admins only, as in the form; an
 * existing account's owner, parent, stage and key-account flag change through their own endpoints and screens.
 */
export const ZBulkAccountRow = ZAccountInput.omit({ parentId: true, ownerId: true })
  .extend({ localName: optionalText(200) })
  .partial()
  .extend({ externalRef: requiredText(100), ownerId: optionalText(40).optional() })
  .meta({ id: "BulkAccountRow" });
type AccountRow = z.output<typeof ZBulkAccountRow>;

export const ZBulkAccountsBody = z.object({ rows: z.array(ZBulkAccountRow).min(1).max(BULK_MAX_ROWS) }).meta({ id: "BulkAccounts" });

export const ZBulkAccountsResult = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rows: z.array(z.object({ externalRef: z.string(), id: z.string(), outcome: z.enum(["created", "updated", "unchanged"]) })).meta({
      description: "Per row, in request order: the account's id (to use in other calls) and what happened.",
    }),
  })
  .meta({ id: "BulkAccountsResult" });
export type BulkAccountsResult = z.infer<typeof ZBulkAccountsResult>;

type Values = Record<Field, unknown>;

const DEFAULTS: Partial<Values> = { localName: null, annualRevenue: null, creditRating: null, lifecyclePhase: "ACQUISITION", salesScenario: null,
  strategy: null, products: null, operatingStatus: null, growthBottleneck: null };

/** Stored values in the form the rows carry (decimals as canonical text). */
function storedValues(a: Account): Values {
  const values = Object.fromEntries(FIELDS.map((f) => [f, a[f]])) as Values;
  values.annualRevenue = a.annualRevenue === null ? null : a.annualRevenue.toString();
  return values;
}

/**
 * Upserts accounts by external reference, all or nothing. Every row is checked first — its fields, no reference
 * twice, the key's user may change the existing account, a new account's owner — and one bad row writes nothing.
 * Existing accounts are locked in the transaction before their permission is read. Then ONE statement writes:
 * INSERT … ON CONFLICT ("externalRef") DO UPDATE … WHERE the row IS DISTINCT FROM what is stored, so a batch sent
 * twice changes nothing the second time (no version bump, no audit row). The statement bumps `version` itself:
 * the rows are locked and their values compared in the same transaction, which is what updateAccountVersioned does
 * one account at a time.
 */
export async function upsertAccounts(tx: Tx, user: SessionUser, actor: ApiActor, raws: Record<string, unknown>[]) {
  const issues = new RowIssues();
  const rows = raws.map((raw, row) => parseRow(ZBulkAccountRow, raw, row, issues));

  const firstRow = new Map<string, number>();
  rows.forEach((r, row) => {
    if (!r) return;
    const first = firstRow.get(r.externalRef);
    if (first !== undefined) issues.add(row, { column: "externalRef", key: "api.bulk.duplicateRow", values: { value: r.externalRef, row: first } });
    else firstRow.set(r.externalRef, row);
  });

  const refs = [...firstRow.keys()];
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Account" WHERE "externalRef" = ANY(${refs}::text[]) ORDER BY id FOR NO KEY UPDATE`;
  const ids = locked.map((l) => l.id);
  const [existing, editable] = await Promise.all([
    tx.account.findMany({ where: { id: { in: ids } } }),
    tx.account.findMany({ where: { id: { in: ids }, ...editableAccountWhere(user) }, select: { id: true } }),
  ]);
  const byRef = new Map(existing.map((a) => [a.externalRef!, a]));
  const canEdit = new Set(editable.map((a) => a.id));

  const setsOwner = canManagePortfolio(user);
  const owners = setsOwner ? [...new Set(rows.map((r) => r?.ownerId).filter((id): id is string => !!id))] : [];
  const activeOwners = new Set((await tx.user.findMany({ where: { id: { in: owners }, active: true }, select: { id: true } })).map((u) => u.id));

  type Planned = { row: number; externalRef: string; id: string; values: Values; ownerId: string; existing: Account | null };
  const plan: Planned[] = [];
  const newIdList = newIds(rows.length);
  rows.forEach((r, row) => {
    if (!r || issues.has(row)) return;
    const stored = byRef.get(r.externalRef) ?? null;
    const given = Object.fromEntries(FIELDS.filter((f) => f in raws[row] && r[f as keyof AccountRow] !== undefined).map((f) => [f, r[f as keyof AccountRow]]));
    if (stored) {
      if (!canEdit.has(stored.id)) return issues.add(row, { column: "externalRef", key: "api.bulk.accountForbidden", values: { value: stored.name } });
      plan.push({ row, externalRef: r.externalRef, id: stored.id, values: { ...storedValues(stored), ...given }, ownerId: stored.ownerId, existing: stored });
      return;
    }
    const missing = REQUIRED_FOR_NEW.filter((f) => given[f] === undefined || given[f] === null);
    if (missing.length > 0) return issues.add(row, ...missing.map((column) => ({ column, key: "validation.required" as const })));
    let ownerId = user.id;
    if (setsOwner && r.ownerId) {
      if (!activeOwners.has(r.ownerId)) return issues.add(row, { column: "ownerId", key: "api.bulk.unknownOwner", values: { value: r.ownerId } });
      ownerId = r.ownerId;
    }
    plan.push({ row, externalRef: r.externalRef, id: newIdList[row], values: { ...DEFAULTS, ...given } as Values, ownerId, existing: null });
  });
  if (issues.count > 0) throw new RowsRejected(issues.list(), issues.count);

  const col = (field: Field) => plan.map((p) => (p.values[field] === null || p.values[field] === undefined ? null : String(p.values[field])));
  const written = await tx.$queryRaw<{ id: string; inserted: boolean }[]>`
    INSERT INTO "Account" AS a (id, "externalRef", "ownerId", name, "localName", industry, region, country, size, "annualRevenue",
      "creditRating", "lifecyclePhase", "salesScenario", strategy, products, "operatingStatus", "growthBottleneck", "updatedAt")
    SELECT u.*, now() FROM unnest(${plan.map((p) => p.id)}::text[], ${plan.map((p) => p.externalRef)}::text[], ${plan.map((p) => p.ownerId)}::text[],
      ${col("name")}::text[], ${col("localName")}::text[], ${col("industry")}::text[], ${col("region")}::text[], ${col("country")}::text[],
      ${col("size")}::text[]::"CompanySize"[], ${col("annualRevenue")}::numeric[], ${col("creditRating")}::text[]::"CreditRating"[],
      ${col("lifecyclePhase")}::text[]::"LifecyclePhase"[], ${col("salesScenario")}::text[]::"SalesScenario"[], ${col("strategy")}::text[],
      ${col("products")}::text[], ${col("operatingStatus")}::text[], ${col("growthBottleneck")}::text[]) AS u
    ON CONFLICT ("externalRef") DO UPDATE SET
      name = EXCLUDED.name, "localName" = EXCLUDED."localName", industry = EXCLUDED.industry, region = EXCLUDED.region,
      country = EXCLUDED.country, size = EXCLUDED.size, "annualRevenue" = EXCLUDED."annualRevenue", "creditRating" = EXCLUDED."creditRating",
      "lifecyclePhase" = EXCLUDED."lifecyclePhase", "salesScenario" = EXCLUDED."salesScenario", strategy = EXCLUDED.strategy,
      products = EXCLUDED.products, "operatingStatus" = EXCLUDED."operatingStatus", "growthBottleneck" = EXCLUDED."growthBottleneck",
      version = a.version + 1, "updatedAt" = now()
    WHERE (a.name, a."localName", a.industry, a.region, a.country, a.size, a."annualRevenue", a."creditRating", a."lifecyclePhase",
        a."salesScenario", a.strategy, a.products, a."operatingStatus", a."growthBottleneck")
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED."localName", EXCLUDED.industry, EXCLUDED.region, EXCLUDED.country, EXCLUDED.size,
        EXCLUDED."annualRevenue", EXCLUDED."creditRating", EXCLUDED."lifecyclePhase", EXCLUDED."salesScenario", EXCLUDED.strategy,
        EXCLUDED.products, EXCLUDED."operatingStatus", EXCLUDED."growthBottleneck")
    RETURNING a.id, (a.xmax = 0) AS inserted`;

  const outcome = new Map(written.map((w) => [w.id, w.inserted ? ("created" as const) : ("updated" as const)]));
  // A reference that was free when checked but inserted by a concurrent request meanwhile was not checked for
  // permission: refuse the whole batch rather than write to it.
  for (const p of plan) if (!p.existing && outcome.get(p.id) !== "created") throw conflict();

  const changedIds = [...outcome.keys()];
  const after = new Map((await tx.account.findMany({ where: { id: { in: changedIds } } })).map((a) => [a.id, a]));
  const audits = plan.filter((p) => outcome.has(p.id)).map((p) => ({
    userId: actor.userId, apiKeyId: actor.apiKeyId, entityType: "Account", entityId: p.id,
    action: p.existing ? "update" : "create",
    before: p.existing ? JSON.parse(JSON.stringify(p.existing)) : undefined,
    after: JSON.parse(JSON.stringify(after.get(p.id))),
  }));
  if (audits.length > 0) await tx.auditLog.createMany({ data: audits });

  const result: BulkAccountsResult = {
    created: 0, updated: 0, unchanged: 0,
    rows: plan.sort((a, b) => a.row - b.row).map((p) => ({ externalRef: p.externalRef, id: p.id, outcome: outcome.get(p.id) ?? ("unchanged" as const) })),
  };
  for (const row of result.rows) result[row.outcome]++;
  const created = result.rows.filter((r) => r.outcome === "created").map((r) => r.id);
  const updated = result.rows.filter((r) => r.outcome === "updated").map((r) => r.id);
  return { result, created, updated };
}
