// No "server-only": the job worker prunes the change notes (pruneSummaryChanges).
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Db, type Tx } from "./prisma";

/**
 * Stored results of whole-portfolio reads (the director's dashboard), reused for as long as nothing they were
 * computed from has changed.
 *
 * How "nothing changed" is known exactly: statement triggers on every table a summary reads add the writing
 * transaction's id to `PortfolioChange`. A summary keeps the snapshot it was computed under (taken before its
 * reads); it is current while every committed change row is visible in that snapshot. A transaction that
 * committed after the snapshot, even one whose first statement ran before it, makes it stale at once.
 *
 * Change rows are deleted once every stored summary has seen them. A summary computed under a snapshot older than
 * the deleted rows could have missed one of them, so it is refused (`horizon`).
 */

/** Dates are tagged in the stored JSON so that they come back as Dates. */
const DATE_TAG = "$date";

function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, encoded: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_TAG]: raw.toISOString() } : encoded;
  });
}

function decode<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const tagged = (value as Record<string, unknown>)[DATE_TAG];
      if (typeof tagged === "string" && Object.keys(value).length === 1) return new Date(tagged);
    }
    return value;
  }) as T;
}

const day = (asOf: Date) => asOf.toISOString().slice(0, 10);

/** True when a transaction that wrote to a summary's tables committed outside `snapshot`: what makes a summary stale. */
const changedOutside = (snapshot: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "PortfolioChange" c WHERE NOT pg_visible_in_snapshot(c.xid::text::xid8, ${snapshot}))`;

/** The stored summary when it is current, else the snapshot to compute a new one under. */
export type SummaryLookup<T> = { found: true; data: T } | { found: false; data: null; snapshot: string };

/** One round trip: the summary of `key` for the day `asOf` if nothing has changed since, and the current snapshot. */
export async function lookUpSummary<T>(db: Pick<Db, "$queryRaw">, key: string, asOf: Date): Promise<SummaryLookup<T>> {
  const [row] = await db.$queryRaw<{ snapshot: string; data: string | null }[]>`
    SELECT pg_current_snapshot()::text AS snapshot, (
      SELECT s.data::text FROM "PortfolioSummary" s
      WHERE s.key = ${key} AND s."asOf" = ${day(asOf)}::date
        AND NOT ${changedOutside(Prisma.sql`s.snapshot`)}
    ) AS data`;
  return row.data === null ? { found: false, data: null, snapshot: row.snapshot } : { found: true, data: decode<T>(row.data) };
}

/** Stores and prunes run one at a time: a prune must not delete a change row that a summary being stored missed. */
const lock = (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kam:portfolio-summary'))`;

/**
 * Deletes the summaries of other days than `asOf`'s and the stale ones (they serve no one, and would keep change
 * rows alive), then the change rows every summary left has seen; returns how many change rows went. Every
 * transaction below a snapshot's xmin had ended when it was taken: the summaries left have all seen the changes
 * below the lowest of their xmins (and of now's, for transactions still running).
 */
async function prune(tx: Tx, asOf: Date): Promise<number> {
  await tx.$executeRaw`
    DELETE FROM "PortfolioSummary" s
    WHERE s."asOf" <> ${day(asOf)}::date
      OR ${changedOutside(Prisma.sql`s.snapshot`)}`;
  const [{ horizon }] = await tx.$queryRaw<{ horizon: bigint }[]>`
    SELECT LEAST(min(pg_snapshot_xmin(s.snapshot)::text::bigint), pg_snapshot_xmin(pg_current_snapshot())::text::bigint) AS horizon
    FROM "PortfolioSummary" s`;
  const [{ deleted, newest }] = await tx.$queryRaw<{ deleted: number; newest: bigint | null }[]>`
    WITH gone AS (DELETE FROM "PortfolioChange" WHERE xid < ${horizon} RETURNING xid)
    SELECT count(*)::int AS deleted, max(xid) AS newest FROM gone`;
  // Only a snapshot that could have missed a deleted change is refused: one taken while the newest of them had not
  // ended. Moving the horizon up to every running snapshot instead would refuse the concurrent computations of
  // other summaries when nothing they read had changed.
  if (newest !== null) {
    await tx.$executeRaw`
      INSERT INTO "PortfolioSummaryHorizon" (id, horizon) VALUES (1, ${newest + 1n})
      ON CONFLICT (id) DO UPDATE SET horizon = GREATEST("PortfolioSummaryHorizon".horizon, EXCLUDED.horizon)`;
  }
  return deleted;
}

/**
 * Prunes without storing (the nightly refresh, which changes most of what the summaries read): change rows would
 * otherwise pile up while no whole-portfolio page is viewed. Returns how many change rows went.
 */
export async function pruneSummaryChanges(db: Db, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    await lock(tx);
    return prune(tx, now);
  });
}

/**
 * Stores what was computed under `snapshot` (from `lookUpSummary`), unless something changed meanwhile: then it is
 * already stale, and the next request computes again. True when stored.
 */
export async function storeSummary(db: Db, summary: { key: string; asOf: Date; snapshot: string; data: unknown }): Promise<boolean> {
  const { key, asOf, snapshot } = summary;
  const data = encode(summary.data);
  return db.$transaction(async (tx) => {
    await lock(tx);
    const [{ stale }] = await tx.$queryRaw<{ stale: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM "PortfolioSummaryHorizon" h WHERE pg_snapshot_xmin(${snapshot}::pg_snapshot) < h.horizon::text::xid8)
        OR ${changedOutside(Prisma.sql`${snapshot}::pg_snapshot`)} AS stale`;
    if (stale) return false;
    await tx.$executeRaw`DELETE FROM "PortfolioSummary" WHERE key = ${key}`;
    await tx.$executeRaw`
      INSERT INTO "PortfolioSummary" (key, "asOf", snapshot, data) VALUES (${key}, ${day(asOf)}::date, ${snapshot}::pg_snapshot, ${data}::jsonb)`;
    await prune(tx, asOf);
    return true;
  });
}

/**
 * `compute()`'s result, stored under `key` for the day `asOf` and read back by the next calls until something it
 * reads changes. `db` reads (a page's read-only client will do); the store, bookkeeping rather than a change to
 * the data, goes through the process' client. A failed store only costs the next call a computation.
 */
export async function summarized<T>(db: Pick<Db, "$queryRaw">, key: string, asOf: Date, compute: () => Promise<T>): Promise<T> {
  const stored = await lookUpSummary<T>(db, key, asOf);
  if (stored.found) return stored.data;
  const data = await compute();
  await storeSummary(getDb(), { key, asOf, snapshot: stored.snapshot, data }).catch((error: unknown) => console.error(`Could not store the summary ${key}`, error));
  return data;
}
