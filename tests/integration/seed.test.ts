import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { DEFAULT_MATRIX_MODEL, DEFAULT_SELECTION_MODEL } from "@/lib/scoring";
import { buildDemoData, DEMO_COUNTS, DEMO_PASSWORD, seedDemoData, truncateAll } from "@/prisma/seed";
import { STAKEHOLDER_DEMO_ACCOUNT } from "@/prisma/seed/contacts";
import { wouldCreateCycle } from "@/lib/stakeholders";

const asOf = new Date("2026-06-30T00:00:00Z");
const SEED_TIMEOUT = 300_000;
let db: Db;

const one = async <T>(sql: TemplateStringsArray, ...values: unknown[]) =>
  (await db.$queryRaw<T[]>(sql, ...values))[0];

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  await truncateAll(db);
  await seedDemoData(db, { asOf });
}, SEED_TIMEOUT);

afterAll(async () => {
  await truncateAll(db);
  await db.$disconnect();
});

describe("demo seed", () => {
  it("creates the demo logins by role, all with the demo password", async () => {
    const byRole = await db.user.groupBy({ by: ["role"], _count: true });
    expect(Object.fromEntries(byRole.map((r) => [r.role, r._count]))).toEqual({
      ADMIN: DEMO_COUNTS.admins, DIRECTOR: DEMO_COUNTS.directors, MANAGER: DEMO_COUNTS.managers,
    });
    const emails = ["admin@demo.kam", "director@demo.kam", "director2@demo.kam", "manager@demo.kam",
      ...[2, 3, 4, 5, 6, 7, 8].map((n) => `manager${n}@demo.kam`)];
    const users = await db.user.findMany({ omit: { passwordHash: false } });
    expect(users.map((u) => u.email).sort()).toEqual(emails.sort());
    expect(await bcrypt.compare(DEMO_PASSWORD, users[0].passwordHash ?? "")).toBe(true);
    expect(users.find((u) => u.email === "admin@demo.kam")?.locale).toBe("en");
    expect(users.some((u) => u.role === "MANAGER" && u.locale === "zh")).toBe(true);
  });

  it("creates at least 2,000 accounts with group hierarchies", async () => {
    expect(await db.account.count()).toBe(DEMO_COUNTS.accounts);
    expect(DEMO_COUNTS.accounts).toBeGreaterThanOrEqual(2000);
    const groups = await db.account.groupBy({ by: ["parentId"], where: { parentId: { not: null } }, _count: true });
    expect(groups.length).toBeGreaterThanOrEqual(5);
    for (const group of groups) expect(group._count).toBeGreaterThanOrEqual(2);
    for (const group of groups) expect(group._count).toBeLessThanOrEqual(5);
  });

  it("creates at least 150,000 orders, all within the 3 years before asOf", async () => {
    const from = new Date("2023-06-30T00:00:00Z");
    const stats = await one<{ n: number; first: Date; last: Date }>`
      SELECT count(*)::int AS n, min("orderDate") AS first, max("orderDate") AS last FROM "Order"`;
    expect(stats.n).toBeGreaterThanOrEqual(DEMO_COUNTS.minOrders);
    expect(stats.first.getTime()).toBeGreaterThanOrEqual(from.getTime());
    expect(stats.last.getTime()).toBeLessThan(asOf.getTime());
    const badMargins = await db.order.count({ where: { OR: [{ margin: { lt: 0 } }, { margin: { gt: db.order.fields.amount } }] } });
    expect(badMargins).toBe(0);
  });

  it("spreads revenue like Pareto: the top 20 % of accounts bring 70–90 %", async () => {
    const { share } = await one<{ share: number }>`
      WITH revenue AS (
        SELECT a.id, COALESCE(SUM(o.amount), 0) AS total
        FROM "Account" a LEFT JOIN "Order" o ON o."accountId" = a.id GROUP BY a.id
      ), ranked AS (
        SELECT total, ROW_NUMBER() OVER (ORDER BY total DESC) AS rank, COUNT(*) OVER () AS n FROM revenue
      )
      SELECT (SUM(total) FILTER (WHERE rank <= n * 0.2) / SUM(total))::float8 AS share FROM ranked`;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.9);
  });

  it("creates at least 60 key accounts, each with 3–12 contacts (the stakeholder demo account far more)", async () => {
    const keyAccounts = await db.account.findMany({ where: { isKeyAccount: true }, select: { id: true, _count: { select: { contacts: true, team: true } } } });
    expect(keyAccounts.length).toBeGreaterThanOrEqual(60);
    for (const { id, _count } of keyAccounts) {
      if (id === STAKEHOLDER_DEMO_ACCOUNT) {
        expect(_count.contacts).toBeGreaterThanOrEqual(DEMO_COUNTS.stakeholderDemoContacts);
      } else {
        expect(_count.contacts).toBeGreaterThanOrEqual(3);
        expect(_count.contacts).toBeLessThanOrEqual(12);
      }
      expect(_count.team).toBeGreaterThanOrEqual(1);
      expect(_count.team).toBeLessThanOrEqual(5);
    }
  });

  it("uses all six relationship stages and records uncoupling reasons", async () => {
    const stages = await db.account.groupBy({ by: ["stage"], _count: true });
    expect(stages.map((s) => s.stage).sort()).toEqual(
      ["BASIC", "COOPERATIVE", "DISINTEGRATING", "EXPLORATORY", "INTEGRATED", "INTERDEPENDENT"],
    );
    const uncouplings = await db.stageTransition.findMany({ where: { toStage: "DISINTEGRATING" } });
    expect(uncouplings.length).toBeGreaterThan(0);
    for (const t of uncouplings) expect(t.reasons.length).toBeGreaterThan(0);
  });

  it("creates both active models with the default factors", async () => {
    const matrix = await db.scoringModel.findUnique({ where: { activePurpose: "MATRIX" }, include: { factors: { orderBy: { position: "asc" } } } });
    const selection = await db.scoringModel.findUnique({ where: { activePurpose: "KEY_ACCOUNT_SELECTION" }, include: { factors: { orderBy: { position: "asc" } } } });
    expect(matrix?.status).toBe("ACTIVE");
    expect(matrix?.factors.map((f) => [f.key, f.dimension, f.groupKey, Number(f.weight), f.inverted])).toEqual(
      DEFAULT_MATRIX_MODEL.factors.map((f) => [f.key, f.dimension, f.group, f.weight, f.inverted]),
    );
    expect(selection?.status).toBe("ACTIVE");
    expect(Number(selection?.topPercent)).toBe(DEFAULT_SELECTION_MODEL.topPercent);
    expect(selection?.factors.map((f) => [f.key, Number(f.weight)])).toEqual(
      DEFAULT_SELECTION_MODEL.criteria.map((c) => [c.key, c.weight]),
    );
  });

  it("gives every assessment one score per factor and keeps the latest quadrant on the account", async () => {
    const { incomplete } = await one<{ incomplete: number }>`
      SELECT count(*)::int AS incomplete FROM "Assessment" a
      WHERE (SELECT count(*) FROM "AssessmentScore" s WHERE s."assessmentId" = a.id)
         <> (SELECT count(*) FROM "ScoringFactor" f WHERE f."modelId" = a."modelId")`;
    expect(incomplete).toBe(0);
    const { mismatched } = await one<{ mismatched: number }>`
      SELECT count(*)::int AS mismatched FROM "Account" acc
      JOIN LATERAL (SELECT quadrant FROM "Assessment" WHERE "accountId" = acc.id ORDER BY "assessedAt" DESC LIMIT 1) l ON true
      WHERE acc.quadrant IS DISTINCT FROM l.quadrant`;
    expect(mismatched).toBe(0);
    const quadrants = await db.account.groupBy({ by: ["quadrant"], where: { quadrant: { not: null } }, _count: true });
    expect(quadrants.map((q) => q.quadrant).sort()).toEqual(["CASH_COW", "DOG", "QUESTION", "STAR"]);
    expect(await db.account.count({ where: { isKeyAccount: true, assessments: { none: {} } } })).toBe(0);
  });

  it("is deterministic: generating again for the same asOf gives the same rows, and the database holds those orders", async () => {
    // The seed writes the generated rows as they are (createMany, and unnest for the big tables; nothing is drawn or
    // computed on the way), so a second seed could only differ where the generator does: two generations are compared
    // row for row, table by table, and every stored order against the generated ones.
    const sha = (rows: unknown) =>
      createHash("sha256").update(JSON.stringify(rows, (_, v: unknown) => (v instanceof Map || v instanceof Set ? [...v] : v))).digest("hex");
    const fingerprints = (data: Awaited<ReturnType<typeof buildDemoData>>) =>
      Object.fromEntries(Object.entries(data).map(([table, rows]) => [table, sha(rows)]));
    const first = await buildDemoData(asOf);
    expect(fingerprints(await buildDemoData(asOf))).toEqual(fingerprints(first));

    const orders = first.whitespace.orders.map((o) =>
      [o.id, o.accountId, o.orderDate.toISOString().slice(0, 10), o.amount, o.margin, o.productCategory, o.externalRef, o.buyingCentreId ?? ""].join("|"));
    const cents = first.whitespace.orders.reduce((sum, o) => sum + BigInt(o.amount.replace(".", "")), 0n);
    const stored = await one<{ n: number; sum: string; md5: string }>`
      SELECT count(*)::int AS n, SUM(amount)::text AS sum, md5(string_agg(concat_ws('|', id, "accountId", "orderDate"::text, amount::text,
        margin::text, "productCategory", "externalRef", COALESCE("buyingCentreId", '')), chr(10) ORDER BY id COLLATE "C")) AS md5
      FROM "Order"`;
    expect(stored).toEqual({
      n: orders.length,
      sum: `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`,
      md5: createHash("md5").update(orders.sort().join("\n")).digest("hex"),
    });
  });

  it("gives key accounts an org chart without loops, influence, coverage levels and activity participants", async () => {
    const contacts = await db.contact.findMany({ where: { account: { isKeyAccount: true } }, select: { id: true, accountId: true, reportsToId: true, influence: true } });
    const byId = new Map(contacts.map((c) => [c.id, c]));
    for (const contact of contacts) {
      if (!contact.reportsToId) continue;
      expect(byId.get(contact.reportsToId)?.accountId).toBe(contact.accountId);
      expect(wouldCreateCycle(contacts.filter((c) => c.id !== contact.id), contact.id, contact.reportsToId)).toBe(false);
    }
    expect(contacts.filter((c) => c.reportsToId).length).toBeGreaterThan(contacts.length / 2);
    expect(contacts.filter((c) => c.influence).length).toBeGreaterThan(contacts.length / 2);
    const demo = contacts.filter((c) => c.accountId === STAKEHOLDER_DEMO_ACCOUNT);
    expect(demo.length).toBeGreaterThanOrEqual(DEMO_COUNTS.stakeholderDemoContacts);
    expect(demo.filter((c) => !c.reportsToId).length).toBeLessThan(5);
    expect(await db.contactCoverage.count({ where: { levelNow: { not: null }, levelWanted: { not: null } } })).toBeGreaterThan(50);
    const participants = await db.activityParticipant.findMany({ select: { activity: { select: { accountId: true } }, contact: { select: { accountId: true } } } });
    expect(participants.length).toBeGreaterThan(500);
    for (const p of participants) expect(p.contact.accountId).toBe(p.activity.accountId);
  });
});
