/**
 * A portfolio N times the demo's (`npm run db:seed -- --scale N`, the page benchmark): the demo portfolio once, then
 * N − 1 copies of it made inside Postgres with `INSERT … SELECT`, so no row travels through Node and the
 * distributions stay exactly the demo's. Copy k (2 … N) has its own eight key account managers and two directors
 * (`manager-k@…`, `director-k@…`: same names, same password) who own, cover and work its accounts, as a sales
 * organisation N times larger has N times the people; the admin is shared. Every director still sees the whole
 * portfolio through his role, while his own work (the accounts he owns, his tasks and follow-ups) stays the size of
 * the demo's. Every id and every reference between the copied rows gets the suffix `_k`. Health history, metrics and
 * lifetime values are computed for every account by the seed afterwards.
 */
import type { Db, Tx } from "@/lib/db/prisma";

/**
 * The tables copied, parents first. Derived data (metrics, health, lifetime value, alerts) is computed afresh by
 * the seed's refresh afterwards; the catalogue, models and templates are the organisation's and stay shared.
 */
export const SCALED_TABLES = [
  "Account", "AccountTeamMember", "Contact", "ContactCoverage", "Activity", "ActivityParticipant", "Complaint",
  "BuyingCentre", "Order", "Assessment", "AssessmentScore", "FitInference", "StageTransition", "AccountPlan",
  "PlanObjective", "BusinessReview", "BusinessReviewUser", "BusinessReviewContact", "PlanAction", "PlanRisk",
  "WhitespaceCell", "Opportunity",
] as const;

type Column = { name: string; refTable: string | null };

/** Each copied table's columns, with the table each foreign key column points to. */
async function columnsOf(tx: Tx, table: string): Promise<Column[]> {
  return tx.$queryRaw<Column[]>`
    SELECT c.column_name AS name, (
      SELECT ref.relname FROM pg_constraint fk
      JOIN pg_class src ON src.oid = fk.conrelid
      JOIN pg_class ref ON ref.oid = fk.confrelid
      JOIN pg_attribute a ON a.attrelid = fk.conrelid AND a.attnum = fk.conkey[1]
      WHERE fk.contype = 'f' AND src.relname = ${table} AND a.attname = c.column_name AND cardinality(fk.conkey) = 1
      LIMIT 1
    ) AS "refTable"
    FROM information_schema.columns c
    WHERE c.table_schema = current_schema() AND c.table_name = ${table}
    ORDER BY c.ordinal_position`;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The people each copy has its own of; every other user (the admin) is shared by all copies. */
const COPIED_ROLES = ["MANAGER", "DIRECTOR"] as const;

/**
 * The SQL expression of one column in copy `suffix`: ids and references to copied rows get the suffix, references to
 * users go to the copy's own manager or director, unique business keys get the suffix, the rest is kept.
 */
function expression(table: string, column: Column, suffix: string): string {
  const col = quote(column.name);
  const copied = (SCALED_TABLES as readonly string[]).includes(column.refTable ?? "");
  if (column.name === "id" || copied) return `${col} || '${suffix}'`;
  if (column.refTable === "User") return `COALESCE((SELECT m.copy FROM scale_people m WHERE m.original = ${col}), ${col})`;
  if (table === "Account" && column.name === "externalRef") return `${col} || '${suffix}'`;
  return col;
}

/** Copies the demo portfolio `scale − 1` times (see the file's comment); run inside the seed's transaction. */
export async function scalePortfolio(tx: Tx, scale: number) {
  if (scale <= 1) return;
  const people = await tx.user.findMany({ where: { role: { in: [...COPIED_ROLES] } }, orderBy: { email: "asc" }, omit: { passwordHash: false } });
  const columns = new Map<string, Column[]>();
  for (const table of SCALED_TABLES) columns.set(table, await columnsOf(tx, table));
  await tx.$executeRawUnsafe(`CREATE TEMP TABLE scale_people (original text PRIMARY KEY, copy text NOT NULL) ON COMMIT DROP`);
  for (let k = 2; k <= scale; k++) {
    const suffix = `_${k}`;
    await tx.$executeRawUnsafe(`TRUNCATE scale_people`);
    for (const person of people) {
      const [local, domain] = person.email.split("@");
      await tx.user.create({
        data: {
          id: `${person.id}${suffix}`,
          email: `${local}-${k}@${domain}`,
          name: person.name,
          role: person.role,
          locale: person.locale,
          passwordHash: person.passwordHash,
          createdAt: person.createdAt,
        },
      });
      await tx.$executeRawUnsafe(`INSERT INTO scale_people VALUES ($1, $2)`, person.id, `${person.id}${suffix}`);
    }
    for (const table of SCALED_TABLES) {
      const list = columns.get(table)!;
      // Rows of the demo portfolio only (demo ids have no "_"): copies never copy copies. Tables keyed by their
      // references (participants, review attendees) are told apart by the first of them.
      const key = list.find((c) => c.name === "id") ?? list.find((c) => (SCALED_TABLES as readonly string[]).includes(c.refTable ?? ""))!;
      const own = `WHERE position('_' in ${quote(key.name)}) = 0`;
      await tx.$executeRawUnsafe(
        `INSERT INTO ${quote(table)} (${list.map((c) => quote(c.name)).join(", ")})
         SELECT ${list.map((c) => expression(table, c, suffix)).join(", ")} FROM ${quote(table)} ${own}`,
      );
    }
  }
}

/** Accounts and orders in the database, for the seed's summary. */
export async function portfolioSize(db: Db) {
  const [row] = await db.$queryRaw<{ accounts: number; orders: number }[]>`
    SELECT (SELECT count(*)::int FROM "Account") AS accounts, (SELECT count(*)::int FROM "Order") AS orders`;
  return row;
}
