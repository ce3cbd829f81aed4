import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { DEMO_COUNTS, seedDemoData, truncateAll } from "@/prisma/seed";
import { SCALED_TABLES } from "@/prisma/seed/scale";

const asOf = new Date("2026-06-30T00:00:00Z");
let db: Db;
let seeded: { accounts: number; orders: number };

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  await truncateAll(db);
  seeded = await seedDemoData(db, { asOf, scale: 2 });
}, 600_000);

afterAll(async () => {
  await truncateAll(db);
  await db.$disconnect();
});

/** Rows of the demo portfolio and of its copy "_2", told apart by the key the copy suffixes. */
async function originalsAndCopies(table: string) {
  const columns = await db.$queryRaw<{ name: string }[]>`
    SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}`;
  const names = columns.map((c) => c.name);
  const key = names.includes("id") ? "id" : names.find((n) => n.endsWith("Id"))!;
  const [row] = await db.$queryRawUnsafe<{ originals: number; copies: number; other: number }[]>(
    `SELECT count(*) FILTER (WHERE position('_' in "${key}") = 0)::int AS originals,
            count(*) FILTER (WHERE right("${key}", 2) = '_2')::int AS copies,
            count(*) FILTER (WHERE position('_' in "${key}") > 0 AND right("${key}", 2) <> '_2')::int AS other
     FROM "${table}"`,
  );
  return row;
}

describe("demo seed at scale 2", () => {
  it("holds the demo portfolio twice: every account-owned table has exactly one copy of each demo row", async () => {
    expect(seeded.accounts).toBe(2 * DEMO_COUNTS.accounts);
    expect(await db.account.count()).toBe(2 * DEMO_COUNTS.accounts);
    expect(await db.order.count()).toBe(seeded.orders);
    for (const table of SCALED_TABLES) {
      const { originals, copies, other } = await originalsAndCopies(table);
      expect({ table, copies, other }).toEqual({ table, copies: originals, other: 0 });
      if (table !== "FitInference") expect(originals, table).toBeGreaterThan(0);
    }
  });

  it("gives the copy its own managers and directors, who own, cover and work exactly what the originals do in theirs", async () => {
    expect(await db.user.count({ where: { role: "MANAGER" } })).toBe(2 * DEMO_COUNTS.managers);
    expect(await db.user.count({ where: { role: "DIRECTOR" } })).toBe(2 * DEMO_COUNTS.directors);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(DEMO_COUNTS.admins);
    // Every person owns, is assigned and follows up in the copy exactly what he does in the demo portfolio.
    const work = await db.$queryRaw<{ person: string; original: number; copy: number }[]>`
      SELECT regexp_replace(u.id, '_2$', '') AS person,
        count(*) FILTER (WHERE position('_' in w.id) = 0)::int AS original, count(*) FILTER (WHERE right(w.id, 2) = '_2')::int AS copy
      FROM (
        SELECT id, "ownerId" AS "userId" FROM "Account"
        UNION ALL SELECT id, "ownerId" FROM "PlanAction" WHERE "ownerId" IS NOT NULL
        UNION ALL SELECT id, "userId" FROM "Activity"
      ) w JOIN "User" u ON u.id = w."userId" AND u.role IN ('MANAGER', 'DIRECTOR')
      GROUP BY 1`;
    expect(work.length).toBeGreaterThan(DEMO_COUNTS.managers);
    for (const row of work) expect({ person: row.person, copy: row.copy }).toEqual({ person: row.person, copy: row.original });
    // Rows of the copy refer to the copy's people, those of the demo portfolio to the demo's.
    const [{ crossing }] = await db.$queryRaw<{ crossing: number }[]>`
      SELECT count(*)::int AS crossing FROM "Contact" c
      JOIN "Contact" boss ON boss.id = c."reportsToId"
      WHERE (right(c.id, 2) = '_2') <> (right(boss.id, 2) = '_2') OR (right(c."accountId", 2) = '_2') <> (right(c.id, 2) = '_2')`;
    expect(crossing).toBe(0);
    const [{ foreign }] = await db.$queryRaw<{ foreign: number }[]>`
      SELECT count(*)::int AS foreign FROM "Account" a JOIN "User" u ON u.id = a."ownerId"
      WHERE (right(a.id, 2) = '_2') <> (right(u.id, 2) = '_2')`;
    expect(foreign).toBe(0);
    const [{ foreignCover }] = await db.$queryRaw<{ foreignCover: number }[]>`
      SELECT count(*)::int AS "foreignCover" FROM "ContactCoverage" cc JOIN "User" u ON u.id = cc."userId"
      WHERE u.role <> 'ADMIN' AND (right(cc.id, 2) = '_2') <> (right(u.id, 2) = '_2')`;
    expect(foreignCover).toBe(0);
    for (const [copyEmail, originalEmail, role] of [["manager-2@demo.kam", "manager@demo.kam", "MANAGER"], ["director-2@demo.kam", "director@demo.kam", "DIRECTOR"]] as const) {
      const copy = await db.user.findUniqueOrThrow({ where: { email: copyEmail }, omit: { passwordHash: false } });
      const original = await db.user.findUniqueOrThrow({ where: { email: originalEmail }, omit: { passwordHash: false } });
      expect(copy).toMatchObject({ name: original.name, role, passwordHash: original.passwordHash });
    }
  });

  it("computes the derived figures for every account, copies included", async () => {
    expect(await db.accountMetrics.count()).toBe(2 * DEMO_COUNTS.accounts);
    const [{ differing }] = await db.$queryRaw<{ differing: number }[]>`
      SELECT count(*)::int AS differing FROM "AccountMetrics" m
      JOIN "AccountMetrics" c ON c."accountId" = m."accountId" || '_2'
      WHERE c."revenue12m" <> m."revenue12m" OR c."orderCount" <> m."orderCount" OR c."riskScore" <> m."riskScore"`;
    expect(differing).toBe(0);
    const [health] = await db.$queryRaw<{ originals: number; copies: number }[]>`
      SELECT count(*) FILTER (WHERE position('_' in "accountId") = 0)::int AS originals,
             count(*) FILTER (WHERE right("accountId", 2) = '_2')::int AS copies
      FROM "AccountHealth"`;
    expect(health.originals).toBeGreaterThan(0);
    expect(health.copies).toBe(health.originals);
  });
});
