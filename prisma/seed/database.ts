/** Database helpers of the seed: bulk inserts, emptying all tables, and the figures the CLI prints. */
import type { Db, Tx } from "@/lib/db/prisma";

/** Postgres allows 65,535 bind values per statement; stay well below whatever the row width. */
const MAX_BIND_VALUES = 30_000;

/** Inserts rows in chunks with createMany, one statement per chunk (no per-row round trips). */
export async function insertChunked<T extends object>(
  rows: T[],
  createMany: (data: T[]) => Promise<unknown>,
  maxRows = 5_000,
) {
  if (rows.length === 0) return;
  const size = Math.min(maxRows, Math.floor(MAX_BIND_VALUES / Object.keys(rows[0]).length));
  for (let start = 0; start < rows.length; start += size) await createMany(rows.slice(start, start + size));
}

type Column<T> = [name: keyof T & string, sqlType: string];

/**
 * Bulk insert with one array parameter per column (`INSERT … SELECT * FROM unnest($1::text[], …)`).
 * Used for the big tables: Prisma's createMany spends ~0.25 ms of CPU per row building the statement,
 * which for 165k orders would take most of a minute; this path takes a few seconds.
 */
export async function insertUnnest<T extends object>(tx: Tx, table: string, columns: Column<T>[], rows: T[], chunk = 20_000) {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const params = columns.map(([name]) => part.map((row) => {
      const value = row[name];
      return value instanceof Date ? value.toISOString() : value;
    }));
    await tx.$executeRawUnsafe(sql, ...params);
  }
}

async function appTables(db: Db | Tx): Promise<string[]> {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  return rows.map((r) => r.tablename);
}

/** TRUNCATE … CASCADE over every model table (the migration history stays). */
export async function truncateAll(db: Db) {
  const tables = await appTables(db);
  if (tables.length) await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} CASCADE`);
}

export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await appTables(db)) {
    const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = n;
  }
  return counts;
}

/** Share of all order revenue that the top 20 % of accounts (by revenue) bring. */
export async function topFifthRevenueShare(db: Db): Promise<number> {
  const [{ share }] = await db.$queryRaw<{ share: number }[]>`
    WITH revenue AS (
      SELECT a.id, COALESCE(SUM(o.amount), 0) AS total
      FROM "Account" a LEFT JOIN "Order" o ON o."accountId" = a.id GROUP BY a.id
    ), ranked AS (
      SELECT total, ROW_NUMBER() OVER (ORDER BY total DESC) AS rank, COUNT(*) OVER () AS n FROM revenue
    )
    SELECT (SUM(total) FILTER (WHERE rank <= n * 0.2) / SUM(total))::float8 AS share FROM ranked`;
  return share;
}
