import "server-only";
import { ORDER_CSV_COLUMNS, type OrderCsvKey } from "@/lib/csv/order-columns";
import type { ImportReason } from "@/lib/csv-import/report";
import { canonicalDecimal, normalizeDate, normalizeDecimal } from "@/lib/csv/values";
import { zodReasons } from "@/lib/csv-import/zod-reasons";
import { ZOrderInput, type TOrderInput } from "@/lib/orders/schemas";
import { enqueueFullRefresh } from "@/lib/jobs/queue";
import { emitEvent } from "@/lib/webhooks/emit";
import { refreshAccountMetrics } from "../metrics";
import { lookupAccounts, resolveAccount } from "./lookup";
import { newIds } from "./ids";
import { IMPORT_CHUNK, sortIssues, type Importer } from "./types";
import type { Db } from "../db/prisma";

type PlannedOrder = { accountId: string; orderDate: string; amount: string; margin: string; productCategory: string; externalRef: string };
type OrderPlan = { orders: PlannedOrder[] };
type Parsed = { row: number; order: TOrderInput };
type ExistingOrder = { accountId: string; externalRef: string; orderDate: string; amount: string; margin: string; productCategory: string };

/** Rows per INSERT: big enough to be fast, small enough to report progress every second or so. */
const WRITE_CHUNK = 10_000;

const pairKey = (accountId: string, ref: string) => `${accountId}\u0000${ref}`;

/** Same order as stored? Decimals compare by value ("10.5" = "10.50"). */
const identical = (o: PlannedOrder, e: ExistingOrder) =>
  o.orderDate === e.orderDate &&
  canonicalDecimal(o.amount) === canonicalDecimal(e.amount) &&
  canonicalDecimal(o.margin) === canonicalDecimal(e.margin) &&
  o.productCategory === e.productCategory;

/** The stored orders with the (account, reference) pairs of the file, in one query. */
function existingOrders(db: Db, orders: PlannedOrder[]) {
  if (orders.length === 0) return Promise.resolve([] as ExistingOrder[]);
  return db.$queryRaw<ExistingOrder[]>`
    SELECT o."accountId", o."externalRef", to_char(o."orderDate", 'YYYY-MM-DD') AS "orderDate",
      o.amount::text AS amount, o.margin::text AS margin, o."productCategory"
    FROM "Order" o
    JOIN unnest(${orders.map((o) => o.accountId)}::text[], ${orders.map((o) => o.externalRef)}::text[]) AS f(aid, ref)
      ON o."accountId" = f.aid AND o."externalRef" = f.ref`;
}

/**
 * Orders: account by id or name, date, amount ≥ 0, margin, product category and the external reference that
 * makes a re-import idempotent (unique per account). An identical order already stored is skipped, not an error.
 */
export const ordersImporter: Importer<OrderCsvKey, OrderPlan> = {
  columns: ORDER_CSV_COLUMNS,

  async check(db, rows, ctx) {
    const issues = new Map<number, ImportReason[]>();
    const add = (row: number, ...reasons: ImportReason[]) => issues.set(row, [...(issues.get(row) ?? []), ...reasons]);
    const parsed: Parsed[] = [];
    for (let i = 0; i < rows.length; i++) {
      const { row, values } = rows[i];
      const result = ZOrderInput.safeParse({
        ...values,
        orderDate: normalizeDate(values.orderDate ?? ""),
        amount: normalizeDecimal(values.amount ?? "", ctx.decimalComma),
        margin: normalizeDecimal(values.margin ?? "", ctx.decimalComma),
      });
      if (result.success) parsed.push({ row, order: result.data });
      else add(row, ...zodReasons(result.error, ctx.headerOf));
      if ((i + 1) % IMPORT_CHUNK === 0) await ctx.progress(i + 1);
    }

    // Rows with other errors still get their account checked, so every reason shows at once.
    const lookup = await lookupAccounts(db, ctx.user, rows.map((r) => r.values.accountId ?? ""), rows.map((r) => r.values.account ?? ""));
    const columns = { accountId: ctx.headerOf("accountId"), account: ctx.headerOf("account") };
    for (const { row, values } of rows) {
      if (!values.accountId && !values.account) continue;
      const hit = resolveAccount(lookup, values.accountId, values.account, columns);
      if ("reason" in hit) add(row, hit.reason);
    }

    const firstRowOf = new Map<string, number>();
    const candidates: { row: number; order: PlannedOrder }[] = [];
    for (const { row, order } of parsed) {
      if (issues.has(row)) continue;
      const hit = resolveAccount(lookup, order.accountId, order.account, columns);
      if ("reason" in hit) continue;
      const key = pairKey(hit.account.id, order.externalRef);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        add(row, { column: ctx.headerOf("externalRef"), key: "csvImport.reason.duplicateInFile", values: { value: order.externalRef, row: first } });
        continue;
      }
      firstRowOf.set(key, row);
      const { orderDate, amount, margin, productCategory, externalRef } = order;
      candidates.push({ row, order: { accountId: hit.account.id, orderDate, amount, margin, productCategory, externalRef } });
    }

    const stored = new Map((await existingOrders(db, candidates.map((c) => c.order))).map((e) => [pairKey(e.accountId, e.externalRef), e]));
    const orders: PlannedOrder[] = [];
    let unchanged = 0;
    for (const { row, order } of candidates) {
      const existing = stored.get(pairKey(order.accountId, order.externalRef));
      if (!existing) orders.push(order);
      else if (identical(order, existing)) unchanged++;
      else add(row, { column: ctx.headerOf("externalRef"), key: "csvImport.reason.refTaken", values: { value: order.externalRef } });
    }
    await ctx.progress(rows.length);
    return { issues: sortIssues(issues), unchanged, writable: orders.length, plan: { orders } };
  },

  async write(tx, { orders }, ctx) {
    const ids = newIds(orders.length);
    let created = 0;
    for (let i = 0; i < orders.length; i += WRITE_CHUNK) {
      const part = orders.slice(i, i + WRITE_CHUNK);
      const column = <K extends keyof PlannedOrder>(key: K) => part.map((o) => o[key]);
      // One array per column instead of createMany's bind value per cell: Prisma spends most of a minute
      // building createMany statements for 100,000 rows. A reference imported concurrently is skipped quietly.
      created += await tx.$executeRaw`
        INSERT INTO "Order" (id, "accountId", "orderDate", amount, margin, "productCategory", "externalRef")
        SELECT * FROM unnest(${ids.slice(i, i + WRITE_CHUNK)}::text[], ${column("accountId")}::text[], ${column("orderDate")}::date[],
          ${column("amount")}::numeric[], ${column("margin")}::numeric[], ${column("productCategory")}::text[], ${column("externalRef")}::text[])
        ON CONFLICT ("accountId", "externalRef") DO NOTHING`;
      await ctx.progress(Math.min(i + WRITE_CHUNK, orders.length), orders.length);
    }
    const perAccount = new Map<string, number>();
    for (const o of orders) perAccount.set(o.accountId, (perAccount.get(o.accountId) ?? 0) + 1);
    await tx.auditLog.createMany({
      data: [...perAccount].map(([accountId, count]) => ({
        userId: ctx.user.id, entityType: "Account", entityId: accountId, action: "importOrders", after: { orders: count },
      })),
    });
    if (created > 0) {
      await emitEvent(tx, "orders.imported", { created, updated: 0, accountIds: [...perAccount.keys()], source: "csv", userId: ctx.user.id });
    }
    return { created, updated: 0, unchanged: orders.length - created };
  },

  async afterCommit(db) {
    // New orders move portfolio ranks (ABC, RFM) as well as the accounts' own figures: a full refresh, queued
    // (several imports in a row make one run); when it cannot be queued, it runs right away.
    if (!(await enqueueFullRefresh())) await refreshAccountMetrics(db, { asOf: new Date() });
  },
};
