import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { ORDER_CSV_COLUMNS, type OrderCsvKey } from "@/lib/csv/order-columns";
import type { ImportOutcome, ImportReason, ImportRowIssue } from "@/lib/csv-import/report";
import { MAX_LISTED_ISSUES } from "@/lib/csv-import/report";
import { normalizeDate, normalizeDecimal } from "@/lib/csv/values";
import { zodReasons } from "@/lib/csv-import/zod-reasons";
import { ZOrderInput } from "@/lib/orders/schemas";
import { enqueueFullRefresh } from "@/lib/jobs/queue";
import { emitEvent } from "@/lib/webhooks/emit";
import { refreshAccountMetrics } from "../metrics";
import { lookupAccounts, resolveAccount, type AccountLookup } from "./lookup";
import { newIds } from "./ids";
import { IMPORT_CHUNK, IssueList, mergeIssues, TRANSACTION_TIMEOUT_MS, type ImportRow, type StreamContext, type StreamImporter } from "./types";
import type { Tx } from "../db/prisma";

/**
 * Rows per INSERT into the staging table. Prisma keeps the arguments of its last 100 debug calls (twice: client and
 * driver adapter), bound values of raw statements included, even with debugging off; so whatever one statement
 * carries is held about a hundred times over. At 500 rows that is some 25 MB; at a chunk's worth of rows (~4,000)
 * it was the whole of a 300,000-row file.
 */
const STAGE_CHUNK = 500;
/** Rows per INSERT … SELECT from the staging table into "Order" (no rows travel: steady progress, short statements). */
const WRITE_CHUNK = 10_000;
/** Ids and names whose accounts are remembered between batches; past this the memory is cleared (ids are few in practice). */
const LOOKUP_CACHE_MAX = 100_000;

type Staged = { row: number; accountId: string; orderDate: string; amount: string; margin: string; productCategory: string; externalRef: string };
type Verdict = { row: number; verdict: "duplicate" | "taken"; externalRef: string; firstRow: number | null };

/**
 * The accounts the file names, looked up batch by batch (one query per batch for the ids and names not seen yet)
 * and remembered, so a file naming 50 accounts a million times asks once per account.
 */
function accountCache(tx: Tx, user: SessionUser) {
  const lookup: AccountLookup = { byId: new Map(), byName: new Map() };
  const askedIds = new Set<string>();
  const askedNames = new Set<string>();
  return {
    lookup,
    async load(rows: readonly ImportRow<OrderCsvKey>[]) {
      if (askedIds.size + askedNames.size > LOOKUP_CACHE_MAX) {
        for (const store of [lookup.byId, lookup.byName, askedIds, askedNames]) store.clear();
      }
      const ids = new Set<string>();
      const names = new Set<string>();
      for (const { values } of rows) {
        if (values.accountId && !askedIds.has(values.accountId)) ids.add(values.accountId);
        if (values.account && !askedNames.has(values.account)) names.add(values.account);
      }
      if (ids.size === 0 && names.size === 0) return;
      const found = await lookupAccounts(tx, user, ids, names);
      for (const [id, account] of found.byId) lookup.byId.set(id, account);
      // Only a name asked for has all its accounts in the answer (an id's account may share its name with others).
      for (const name of names) lookup.byName.set(name, found.byName.get(name) ?? []);
      for (const id of ids) askedIds.add(id);
      for (const name of names) askedNames.add(name);
    },
  };
}

/**
 * Pass over the file: every row is checked as it streams by (values, then its account, so every reason shows at
 * once); valid rows go to a temporary staging table of this transaction, invalid ones to the report. Memory holds
 * one batch, the accounts named so far and the listed issues — never the file.
 */
async function stageRows(tx: Tx, batches: AsyncIterable<ImportRow<OrderCsvKey>[]>, ctx: StreamContext, issues: IssueList) {
  const accounts = accountCache(tx, ctx.user);
  const columns = { accountId: ctx.headerOf("accountId"), account: ctx.headerOf("account") };
  let pending: ImportRow<OrderCsvKey>[] = [];
  let done = 0;

  const flush = async () => {
    const rows = pending;
    pending = [];
    await accounts.load(rows);
    const staged: Staged[] = [];
    for (const { row, values } of rows) {
      const result = ZOrderInput.safeParse({
        ...values,
        orderDate: normalizeDate(values.orderDate ?? ""),
        amount: normalizeDecimal(values.amount ?? "", ctx.decimalComma),
        margin: normalizeDecimal(values.margin ?? "", ctx.decimalComma),
      });
      const reasons: ImportReason[] = result.success ? [] : zodReasons(result.error, ctx.headerOf);
      let accountId: string | undefined;
      if (values.accountId || values.account) {
        const hit = resolveAccount(accounts.lookup, values.accountId, values.account, columns);
        if ("reason" in hit) reasons.push(hit.reason);
        else accountId = hit.account.id;
      }
      if (reasons.length > 0) issues.add(row, reasons);
      else if (result.success && accountId) {
        const { orderDate, amount, margin, productCategory, externalRef } = result.data;
        staged.push({ row, accountId, orderDate, amount, margin, productCategory, externalRef });
      }
      done++;
      if (done % IMPORT_CHUNK === 0) await ctx.progress({ phase: "check", done, total: ctx.total });
    }
    if (staged.length === 0) return;
    const column = <K extends keyof Staged>(key: K) => staged.map((s) => s[key]);
    await tx.$executeRaw`
      INSERT INTO import_order (row, id, "accountId", "orderDate", amount, margin, "productCategory", "externalRef")
      SELECT * FROM unnest(${column("row")}::int[], ${newIds(staged.length)}::text[], ${column("accountId")}::text[],
        ${column("orderDate")}::date[], ${column("amount")}::numeric[], ${column("margin")}::numeric[],
        ${column("productCategory")}::text[], ${column("externalRef")}::text[])`;
  };

  for await (const batch of batches) {
    for (const row of batch) {
      pending.push(row);
      if (pending.length === STAGE_CHUNK) await flush();
    }
  }
  if (pending.length > 0) await flush();
  await ctx.progress({ phase: "check", done, total: ctx.total });
}

/**
 * The checks that need every valid row: the same (account, reference) twice in the file refuses the later rows; a
 * reference already stored is skipped when the order is identical (decimals by value: "10.5" = "10.50"), refused
 * otherwise. Postgres compares the staged rows, so no key set of the file is held in memory.
 */
async function judgeStaged(tx: Tx, ctx: StreamContext) {
  await tx.$executeRaw`ANALYZE import_order`;
  await tx.$executeRaw`
    UPDATE import_order s SET verdict = 'duplicate', "firstRow" = d.first
    FROM (SELECT row, min(row) OVER (PARTITION BY "accountId", "externalRef") AS first FROM import_order) d
    WHERE s.row = d.row AND d.first < d.row`;
  await tx.$executeRaw`
    UPDATE import_order s SET verdict = CASE
      WHEN o."orderDate" = s."orderDate" AND o.amount = s.amount AND o.margin = s.margin AND o."productCategory" = s."productCategory"
      THEN 'same' ELSE 'taken' END
    FROM "Order" o
    WHERE s.verdict IS NULL AND o."accountId" = s."accountId" AND o."externalRef" = s."externalRef"`;
  const [counts] = await tx.$queryRaw<{ writable: number; unchanged: number; invalid: number }[]>`
    SELECT count(*) FILTER (WHERE verdict IS NULL)::int AS writable, count(*) FILTER (WHERE verdict = 'same')::int AS unchanged,
      count(*) FILTER (WHERE verdict IN ('duplicate', 'taken'))::int AS invalid
    FROM import_order`;
  const listed = await tx.$queryRaw<Verdict[]>`
    SELECT row, verdict, "externalRef", "firstRow" FROM import_order
    WHERE verdict IN ('duplicate', 'taken') ORDER BY row LIMIT ${MAX_LISTED_ISSUES}`;
  const column = ctx.headerOf("externalRef");
  const issues: ImportRowIssue[] = listed.map((v) => {
    const reason: ImportReason =
      v.verdict === "duplicate"
        ? { column, key: "csvImport.reason.duplicateInFile", values: { value: v.externalRef, row: v.firstRow! } }
        : { column, key: "csvImport.reason.refTaken", values: { value: v.externalRef } };
    return { row: v.row, reasons: [reason] };
  });
  return { ...counts, issues };
}

/** Copies the staged rows still to write into "Order", WRITE_CHUNK at a time; then the audit rows and the webhook event. */
async function writeStaged(tx: Tx, writable: number, ctx: StreamContext): Promise<ImportOutcome> {
  let created = 0;
  let written = 0;
  let after = 0;
  for (;;) {
    const [part] = await tx.$queryRaw<{ upto: number | null; rows: number }[]>`
      SELECT max(row) AS upto, count(*)::int AS rows
      FROM (SELECT row FROM import_order WHERE verdict IS NULL AND row > ${after} ORDER BY row LIMIT ${WRITE_CHUNK}) p`;
    if (part.upto === null) break;
    // A reference imported concurrently since the check is skipped quietly.
    created += await tx.$executeRaw`
      INSERT INTO "Order" (id, "accountId", "orderDate", amount, margin, "productCategory", "externalRef")
      SELECT id, "accountId", "orderDate", amount, margin, "productCategory", "externalRef" FROM import_order
      WHERE verdict IS NULL AND row > ${after} AND row <= ${part.upto} ORDER BY row
      ON CONFLICT ("accountId", "externalRef") DO NOTHING`;
    after = part.upto;
    written += part.rows;
    await ctx.progress({ phase: "write", done: written, total: writable });
  }
  const perAccount = await tx.$queryRaw<{ accountId: string; orders: number }[]>`
    SELECT "accountId", count(*)::int AS orders FROM import_order WHERE verdict IS NULL GROUP BY "accountId" ORDER BY min(row)`;
  await tx.auditLog.createMany({
    data: perAccount.map(({ accountId, orders }) => ({
      userId: ctx.user.id, entityType: "Account", entityId: accountId, action: "importOrders", after: { orders },
    })),
  });
  if (created > 0) {
    await emitEvent(tx, "orders.imported", { created, updated: 0, accountIds: perAccount.map((a) => a.accountId), source: "csv", userId: ctx.user.id });
  }
  return { created, updated: 0, unchanged: written - created };
}

/**
 * Orders: account by id or name, date, amount ≥ 0, margin, product category and the external reference that
 * makes a re-import idempotent (unique per account). An identical order already stored is skipped, not an error.
 *
 * The whole import is ONE transaction: rows are checked as they stream into a staging table that lives only in
 * it, the file-wide checks run there, and on commit the valid rows are copied into "Order" — or, when a row is
 * invalid and the user did not choose to import only the valid ones, nothing is (a preview never writes either).
 */
export const ordersImporter: StreamImporter<OrderCsvKey> = {
  columns: ORDER_CSV_COLUMNS,

  run(db, batches, ctx) {
    return db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`
          CREATE TEMP TABLE import_order (
            row int PRIMARY KEY, id text NOT NULL, "accountId" text NOT NULL, "orderDate" date NOT NULL,
            amount numeric NOT NULL, margin numeric NOT NULL, "productCategory" text NOT NULL, "externalRef" text NOT NULL,
            verdict text, "firstRow" int
          ) ON COMMIT DROP`);
        const issues = new IssueList();
        await stageRows(tx, batches, ctx, issues);
        const judged = await judgeStaged(tx, ctx);
        const result = {
          issues: mergeIssues(issues.listed, judged.issues),
          issueCount: issues.count + judged.invalid,
          unchanged: judged.unchanged,
          writable: judged.writable,
        };
        if (!ctx.commit || (result.issueCount > 0 && !ctx.onlyValid) || result.writable === 0) return result;
        return { ...result, outcome: await writeStaged(tx, result.writable, ctx) };
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
    );
  },

  async afterCommit(db) {
    // New orders move portfolio ranks (ABC, RFM) as well as the accounts' own figures: a full refresh, queued
    // (several imports in a row make one run); when it cannot be queued, it runs right away.
    if (!(await enqueueFullRefresh())) await refreshAccountMetrics(db, { asOf: new Date() });
  },
};
