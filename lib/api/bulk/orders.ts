import "server-only";
import { z } from "zod";
import { editableAccountSql } from "@/lib/auth/account-access";
import type { SessionUser } from "@/lib/auth/roles";
import { newIds } from "@/lib/csv-import/ids";
import type { Tx } from "@/lib/db/prisma";
import { ZOrderInput } from "@/lib/orders/schemas";
import { plainText } from "@/lib/validation/fields";
import type { ApiActor } from "../define-api-route";
import { RowsRejected } from "../define-api-route";
import { BULK_MAX_ROWS, parseRow, RowIssues } from "./shared";

const order = ZOrderInput.shape;

/**
 * One order row: the import's order fields (same schema, same rules: a real day, amount ≥ 0, Decimal(14, 2)), its
 * account named by `accountId` or by the account's `accountExternalRef` (the id wins when both are given).
 */
export const ZBulkOrderRow = z
  .object({
    accountId: order.accountId,
    accountExternalRef: plainText(100).optional().default(""),
    externalRef: order.externalRef,
    orderDate: order.orderDate,
    amount: order.amount,
    margin: order.margin,
    productCategory: order.productCategory,
  })
  .refine((o) => o.accountId !== "" || o.accountExternalRef !== "", { path: ["accountExternalRef"], message: "validation.required" })
  .meta({ id: "BulkOrderRow" });
type OrderRow = z.output<typeof ZBulkOrderRow>;

export const ZBulkOrdersBody = z.object({ rows: z.array(ZBulkOrderRow).min(1).max(BULK_MAX_ROWS) }).meta({ id: "BulkOrders" });

export const ZBulkOrdersResult = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    accounts: z.number().int().meta({ description: "Accounts whose orders were created or changed." }),
  })
  .meta({ id: "BulkOrdersResult" });
export type BulkOrdersResult = z.infer<typeof ZBulkOrdersResult>;

type AccountRef = { id: string; externalRef: string | null; name: string; editable: boolean };

/**
 * Locks every account the rows name (in id order, so two bulk requests cannot deadlock), then reads in a new
 * statement whether the user may change each: under READ COMMITTED that sees an owner change committed while we
 * waited, like the action wrapper's lock.
 */
async function lockAccounts(tx: Tx, user: SessionUser, ids: string[], refs: string[]) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Account" WHERE id = ANY(${ids}::text[]) OR "externalRef" = ANY(${refs}::text[]) ORDER BY id FOR NO KEY UPDATE`;
  if (locked.length === 0) return [];
  return tx.$queryRaw<AccountRef[]>`
    SELECT a.id, a."externalRef", a.name, ${editableAccountSql(user)} AS editable FROM "Account" a WHERE a.id = ANY(${locked.map((r) => r.id)}::text[])`;
}

/**
 * Upserts orders by (account, externalRef), all or nothing: every row is checked first (fields, account known
 * and changeable by the key's user, no (account, reference) twice) and one bad row writes nothing. Then one
 * INSERT … ON CONFLICT DO UPDATE writes only what differs (IS DISTINCT FROM), so sending the same batch again
 * changes nothing: no updatedAt moves and no audit row is written. One audit row per account with changes.
 */
export async function upsertOrders(tx: Tx, user: SessionUser, actor: ApiActor, raws: Record<string, unknown>[]) {
  const issues = new RowIssues();
  const parsed: (OrderRow | null)[] = raws.map((raw, row) => parseRow(ZBulkOrderRow, raw, row, issues));
  const named = (key: "accountId" | "accountExternalRef") =>
    [...new Set(raws.map((raw) => raw[key]).filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim()))];
  const accounts = await lockAccounts(tx, user, named("accountId"), named("accountExternalRef"));
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const byRef = new Map(accounts.filter((a) => a.externalRef).map((a) => [a.externalRef!, a]));

  const firstRow = new Map<string, number>();
  const plan: (OrderRow & { account: string })[] = [];
  parsed.forEach((o, row) => {
    if (!o) return;
    const account = o.accountId ? byId.get(o.accountId) : byRef.get(o.accountExternalRef);
    const column = o.accountId ? "accountId" : "accountExternalRef";
    if (!account) return issues.add(row, { column, key: "api.bulk.unknownAccount", values: { value: o.accountId || o.accountExternalRef } });
    if (!account.editable) return issues.add(row, { column, key: "api.bulk.accountForbidden", values: { value: account.name } });
    const pair = `${account.id}\u0000${o.externalRef}`;
    const first = firstRow.get(pair);
    if (first !== undefined) return issues.add(row, { column: "externalRef", key: "api.bulk.duplicateRow", values: { value: o.externalRef, row: first } });
    firstRow.set(pair, row);
    plan.push({ ...o, account: account.id });
  });
  if (issues.count > 0) throw new RowsRejected(issues.list(), issues.count);

  const column = <K extends keyof (typeof plan)[number]>(key: K) => plan.map((o) => o[key]);
  const written = await tx.$queryRaw<{ accountId: string; inserted: boolean }[]>`
    INSERT INTO "Order" AS o (id, "accountId", "orderDate", amount, margin, "productCategory", "externalRef")
    SELECT * FROM unnest(${newIds(plan.length)}::text[], ${column("account")}::text[], ${column("orderDate")}::date[],
      ${column("amount")}::numeric[], ${column("margin")}::numeric[], ${column("productCategory")}::text[], ${column("externalRef")}::text[])
    ON CONFLICT ("accountId", "externalRef") DO UPDATE
      SET "orderDate" = EXCLUDED."orderDate", amount = EXCLUDED.amount, margin = EXCLUDED.margin,
        "productCategory" = EXCLUDED."productCategory", "updatedAt" = now()
      WHERE (o."orderDate", o.amount, o.margin, o."productCategory")
        IS DISTINCT FROM (EXCLUDED."orderDate", EXCLUDED.amount, EXCLUDED.margin, EXCLUDED."productCategory")
    RETURNING o."accountId", (o.xmax = 0) AS inserted`;

  const perAccount = new Map<string, { created: number; updated: number }>();
  for (const { accountId, inserted } of written) {
    const counts = perAccount.get(accountId) ?? { created: 0, updated: 0 };
    if (inserted) counts.created++;
    else counts.updated++;
    perAccount.set(accountId, counts);
  }
  if (perAccount.size > 0) {
    await tx.auditLog.createMany({
      data: [...perAccount].map(([accountId, counts]) => ({
        userId: actor.userId, apiKeyId: actor.apiKeyId, entityType: "Account", entityId: accountId, action: "api.upsertOrders", after: counts,
      })),
    });
  }
  const created = written.filter((w) => w.inserted).length;
  const result: BulkOrdersResult = { created, updated: written.length - created, unchanged: plan.length - written.length, accounts: perAccount.size };
  return { result, accountIds: [...perAccount.keys()] };
}
