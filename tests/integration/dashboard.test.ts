import { DAY_MS } from "@/lib/dates";
import { beforeAll, describe, expect, it } from "vitest";
import { refreshAccountMetrics } from "@/lib/metrics";
import {
  dashboardQuery,
  getKpis,
  getMatrixData,
  getPareto,
  getRfmGrid,
  getRisks,
  getStageData,
  parseDashboardFilters,
  type DashboardFilters,
} from "@/lib/dashboard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scoreRfm } from "@/lib/rfm";
import { createAccount, createOrders } from "../factories/accounts";
import { addTeamMember, createAssessment, createCoverage, createMatrixModel } from "../factories/dashboard";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2026-01-15T00:00:00Z");
const daysAgo = (days: number) => new Date(AS_OF.getTime() - days * DAY_MS);
const day = (days: number) => daysAgo(days).toISOString().slice(0, 10);

type Users = { director: { id: string }; m1: { id: string }; m2: { id: string } };
let users: Users;
const ids: Record<string, string> = {};

/**
 * Seven accounts with known answers (12-month revenue 1,000,000 in total):
 * Alpha (m1, key, INTERDEPENDENT, Energy)  500k, STAR (8, 8), moved from DOG (4, 4), diamond coverage
 * Bravo (m1, key, EXPLORATORY)             300k, STAR (7, 7) assessed 120 days ago (stale), under-served STRONG
 * Charlie (m2, BASIC)                       100k, CASH_COW (attr 3, strength 7), under-served MILD
 * Delta (m2, key, COOPERATIVE, West)         60k, QUESTION (7, 3), single-threaded
 * Echo (m2, INTEGRATED)                      30k (+ 999k 500 days ago), DOG (2, 2), over-investment STRONG
 * Foxtrot (m2, m1 on the team)               10k, not assessed, open HIGH complaint
 * Golf (m1)                                  no orders, not assessed
 */
async function buildPortfolio() {
  const director = await createUser(db, { role: "DIRECTOR" });
  const m1 = await createUser(db, { role: "MANAGER" });
  const m2 = await createUser(db, { role: "MANAGER" });
  users = { director, m1, m2 };
  const account = async (key: string, ownerId: string, extra: Partial<Prisma.AccountUncheckedCreateInput>) => {
    const created = await createAccount(db, { ownerId, name: key, region: "East", industry: "Manufacturing", ...extra });
    ids[key] = created.id;
    return created.id;
  };
  const alpha = await account("Alpha", m1.id, { isKeyAccount: true, stage: "INTERDEPENDENT", industry: "Energy" });
  const bravo = await account("Bravo", m1.id, { isKeyAccount: true, stage: "EXPLORATORY" });
  const charlie = await account("Charlie", m2.id, { stage: "BASIC" });
  const delta = await account("Delta", m2.id, { isKeyAccount: true, stage: "COOPERATIVE", region: "West" });
  const echo = await account("Echo", m2.id, { stage: "INTEGRATED" });
  const foxtrot = await account("Foxtrot", m2.id, {});
  await account("Golf", m1.id, {});
  await addTeamMember(db, foxtrot, m1.id);

  await createOrders(db, alpha, [10, 40, 70, 100, 130].map((d) => ({ date: day(d), amount: 100_000, margin: 40_000 })));
  await createOrders(db, bravo, [20, 80, 140].map((d) => ({ date: day(d), amount: 100_000 })));
  await createOrders(db, charlie, [60, 200].map((d) => ({ date: day(d), amount: 50_000 })));
  await createOrders(db, delta, [150, 300].map((d) => ({ date: day(d), amount: 30_000 })));
  await createOrders(db, echo, [{ date: day(250), amount: 30_000 }, { date: day(500), amount: 999_000 }]);
  await createOrders(db, foxtrot, [{ date: day(340), amount: 10_000 }]);
  await db.complaint.create({ data: { accountId: foxtrot, openedAt: daysAgo(30), severity: "HIGH", summary: "Late deliveries" } });

  const model = await createMatrixModel(db);
  const assess = (accountId: string, attractiveness: number, strength: number, ago: number) =>
    createAssessment(db, { accountId, modelId: model.id, assessorId: director.id, attractiveness, strength, assessedAt: daysAgo(ago) });
  await assess(alpha, 4, 4, 200);
  await assess(alpha, 8, 8, 10);
  await assess(bravo, 7, 7, 120);
  await assess(charlie, 3, 7, 30);
  await assess(delta, 7, 3, 30);
  await assess(echo, 2, 2, 30);

  await createCoverage(db, alpha, [
    { level: "BOARD", function: "MANAGEMENT", coveredBy: [m1.id] },
    { level: "MANAGER", function: "PURCHASING", coveredBy: [director.id] },
  ]);
  await createCoverage(db, delta, [{ level: "MANAGER", function: "PURCHASING", coveredBy: [m2.id] }]);
  await refreshAccountMetrics(db, { asOf: AS_OF });
}

function queryFor(viewer: { id: string }, filters: Partial<DashboardFilters> = {}) {
  return dashboardQuery(viewer, { scope: "all", period: "12m", ...filters }, AS_OF);
}

const names = (list: readonly { id: string }[]) => list.map((item) => Object.keys(ids).find((key) => ids[key] === item.id)).sort();

beforeAll(async () => {
  await resetDatabase();
  await buildPortfolio();
});

describe("dashboard data on a known portfolio", () => {
  it("places one bubble per assessed account, with its previous position and nine-box cell", async () => {
    const matrix = await getMatrixData(queryFor(users.director));
    expect(matrix.thresholds).toEqual({ attractiveness: 5, strength: 5 });
    expect(matrix.model?.thresholdMode).toBe("MIDPOINT");
    expect(names(matrix.bubbles)).toEqual(["Alpha", "Bravo", "Charlie", "Delta", "Echo"]);
    const alpha = matrix.bubbles.find((b) => b.id === ids.Alpha)!;
    expect(alpha).toMatchObject({ quadrant: "STAR", attractiveness: 8, strength: 8, revenue12m: 500_000 });
    expect(alpha.previous).toEqual({ attractiveness: 4, strength: 4, quadrant: "DOG" });
    const cellOf = (id: string) => matrix.nineBox.find((cell) => cell.accounts.some((account) => account.id === id));
    expect(cellOf(ids.Alpha)).toMatchObject({ attractiveness: "HIGH", strength: "HIGH" });
    expect(cellOf(ids.Charlie)).toMatchObject({ attractiveness: "LOW", strength: "HIGH" });
    expect(matrix.nineBox.reduce((sum, cell) => sum + cell.count, 0)).toBe(5);
    // Largest revenue first, so the smallest bubbles are drawn on top.
    expect(matrix.bubbles[0].id).toBe(ids.Alpha);
  });

  it("counts the KPIs: key accounts, revenue and margin shares, quadrants, stale, coverage", async () => {
    const kpis = await getKpis(queryFor(users.director));
    expect(kpis).toMatchObject({ accounts: 7, keyAccounts: 3, revenue: 1_000_000, keyRevenue: 860_000, assessed: 5, stale: 1 });
    expect(kpis.keyRevenueShare).toBeCloseTo(0.86, 10);
    // Margins: Alpha 40 %, the rest 25 % → 200k + 75k + 15k of 325k.
    expect(kpis.margin).toBeCloseTo(325_000, 6);
    expect(kpis.keyMarginShare).toBeCloseTo(290 / 325, 10);
    expect(kpis.quadrants).toEqual({
      STAR: { count: 2, revenue: 800_000 },
      CASH_COW: { count: 1, revenue: 100_000 },
      QUESTION: { count: 1, revenue: 60_000 },
      DOG: { count: 1, revenue: 30_000 },
    });
    // Alpha (diamond) and Delta (single-threaded) are key accounts at COOPERATIVE or above; Bravo is EXPLORATORY.
    expect(kpis).toMatchObject({ singleThreaded: 1, coverageChecked: 2 });
    expect(kpis.atRisk).toBe(await db.accountMetrics.count({ where: { riskLevel: "HIGH" } }));
  });

  it("classifies ABC on the period's revenue: A 80 %, B to 95 %, C the rest", async () => {
    const pareto = await getPareto(queryFor(users.director));
    expect(pareto.customers).toBe(6);
    expect(pareto.total).toBe(1_000_000);
    expect(pareto.summary.A).toMatchObject({ count: 2, value: 800_000 });
    expect(pareto.summary.B).toMatchObject({ count: 2, value: 160_000 });
    expect(pareto.summary.C).toMatchObject({ count: 2, value: 40_000 });
    expect(pareto.summary.A.countShare).toBeCloseTo(1 / 3, 10);
    expect(pareto.summary.A.valueShare).toBeCloseTo(0.8, 10);
    expect(pareto.points[0]).toEqual({ customerShare: 0, valueShare: 0 });
    expect(pareto.points.at(-1)).toEqual({ customerShare: 1, valueShare: 1 });
    expect(pareto.points).toHaveLength(7);
  });

  it("counts RFM segments and R × F cells as the engine scores the window's aggregates", async () => {
    const rfm = await getRfmGrid(queryFor(users.director));
    const expected = scoreRfm([
      { accountId: "Alpha", recencyDays: 10, frequency: 5, monetary: 500_000 },
      { accountId: "Bravo", recencyDays: 20, frequency: 3, monetary: 300_000 },
      { accountId: "Charlie", recencyDays: 60, frequency: 2, monetary: 100_000 },
      { accountId: "Delta", recencyDays: 150, frequency: 2, monetary: 60_000 },
      { accountId: "Echo", recencyDays: 250, frequency: 1, monetary: 30_000 },
      { accountId: "Foxtrot", recencyDays: 340, frequency: 1, monetary: 10_000 },
    ]);
    const counts: Record<string, number> = {};
    for (const row of expected) counts[row.segment] = (counts[row.segment] ?? 0) + 1;
    const actual = Object.fromEntries(rfm.segments.filter((s) => s.count > 0).map((s) => [s.key, s.count]));
    expect(actual).toEqual(counts);
    expect(rfm.customers).toBe(6);
    expect(rfm.cells).toHaveLength(25);
    expect(rfm.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(6);
    const alpha = expected.find((row) => row.accountId === "Alpha")!;
    const cell = rfm.cells.find((c) => c.r === alpha.r && c.f === alpha.f)!;
    expect(cell.count).toBeGreaterThanOrEqual(1);
    const segmentOfAlpha = rfm.segments.find((s) => s.key === alpha.segment)!;
    expect(segmentOfAlpha.revenue).toBeGreaterThanOrEqual(500_000);
  });

  it("counts stages and lists stage/quadrant mismatches, strong first", async () => {
    const stages = await getStageData(queryFor(users.director));
    expect(stages.total).toBe(7);
    expect(Object.fromEntries(stages.stages.map((s) => [s.stage, [s.count, s.keyCount]]))).toEqual({
      EXPLORATORY: [3, 1], BASIC: [1, 0], COOPERATIVE: [1, 1], INTERDEPENDENT: [1, 1], INTEGRATED: [1, 0], DISINTEGRATING: [0, 0],
    });
    expect(stages.mismatches.map((m) => [m.name, m.kind, m.severity])).toEqual([
      ["Bravo", "UNDER_SERVED", "STRONG"],
      ["Echo", "OVER_INVESTMENT", "STRONG"],
      ["Charlie", "UNDER_SERVED", "MILD"],
    ]);
    expect(stages.mismatchCount).toBe(3);
  });

  it("lists risks by cached risk score, highest first", async () => {
    const risks = await getRisks(queryFor(users.director));
    const metrics = await db.accountMetrics.findMany({
      where: { riskScore: { gt: 0 } },
      orderBy: [{ riskScore: "desc" }, { revenue12m: "desc" }],
      take: 10,
    });
    expect(risks.map((r) => r.id)).toEqual(metrics.map((m) => m.accountId));
    expect(risks.length).toBeGreaterThan(0);
    const foxtrot = risks.find((r) => r.id === ids.Foxtrot)!;
    expect(foxtrot.churnFlags).toContain("OPEN_COMPLAINTS");
    for (let i = 1; i < risks.length; i++) expect(risks[i - 1].riskScore).toBeGreaterThanOrEqual(risks[i].riskScore);
  });
});

describe("scope and filters", () => {
  it("a manager sees his own accounts (owned or team member) by default", async () => {
    const filters = parseDashboardFilters({}, { role: "MANAGER" });
    expect(filters).toEqual({ scope: "mine", period: "12m", owner: undefined, region: undefined, industry: undefined });
    expect(parseDashboardFilters({}, { role: "DIRECTOR" }).scope).toBe("all");
    const query = dashboardQuery(users.m1, filters, AS_OF);
    const [kpis, matrix, pareto, risks, stages] = await Promise.all([getKpis(query), getMatrixData(query), getPareto(query), getRisks(query), getStageData(query)]);
    expect(kpis).toMatchObject({ accounts: 4, keyAccounts: 2, revenue: 810_000, assessed: 2 });
    expect(names(matrix.bubbles)).toEqual(["Alpha", "Bravo"]);
    expect(pareto.customers).toBe(3);
    expect(stages.total).toBe(4);
    const mine = new Set([ids.Alpha, ids.Bravo, ids.Foxtrot, ids.Golf]);
    expect(risks.every((r) => mine.has(r.id))).toBe(true);
  });

  it("a manager can switch to the whole portfolio", async () => {
    const kpis = await getKpis(dashboardQuery(users.m1, parseDashboardFilters({ scope: "all" }, { role: "MANAGER" }), AS_OF));
    expect(kpis.accounts).toBe(7);
  });

  it("a manager without accounts gets empty panels, not errors", async () => {
    const loner = await createUser(db, { role: "MANAGER" });
    const query = dashboardQuery(loner, parseDashboardFilters({}, loner), AS_OF);
    const [kpis, matrix, pareto, rfm, risks] = await Promise.all([getKpis(query), getMatrixData(query), getPareto(query), getRfmGrid(query), getRisks(query)]);
    expect(kpis).toMatchObject({ accounts: 0, keyAccounts: 0, keyRevenueShare: null, assessed: 0 });
    expect(matrix.bubbles).toEqual([]);
    expect(pareto.customers).toBe(0);
    expect(rfm.customers).toBe(0);
    expect(risks).toEqual([]);
  });

  it("owner, region and industry filters apply to every panel", async () => {
    const byOwner = queryFor(users.director, { owner: users.m2.id });
    expect((await getKpis(byOwner)).accounts).toBe(4);
    expect(names((await getMatrixData(byOwner)).bubbles)).toEqual(["Charlie", "Delta", "Echo"]);
    const west = queryFor(users.director, { region: "West" });
    expect(names((await getMatrixData(west)).bubbles)).toEqual(["Delta"]);
    expect((await getPareto(west)).total).toBe(60_000);
    expect((await getStageData(west)).total).toBe(1);
    const energy = queryFor(users.director, { industry: "Energy" });
    expect((await getRfmGrid(energy)).customers).toBe(1);
    expect((await getKpis(energy)).keyRevenueShare).toBe(1);
  });

  it("the period widens the order window", async () => {
    const pareto = await getPareto(queryFor(users.director, { period: "24m" }));
    expect(pareto.total).toBe(1_999_000);
    // Echo's old order makes it the largest account of the 24 months.
    const kpis = await getKpis(queryFor(users.director, { period: "24m" }));
    expect(kpis.keyRevenueShare).toBeCloseTo(860 / 1999, 10);
  });

  it("FIXED thresholds come from the active model", async () => {
    await createMatrixModel(db, { thresholdMode: "FIXED", attractivenessThreshold: 7.5, strengthThreshold: 7.5 });
    const matrix = await getMatrixData(queryFor(users.director));
    expect(matrix.thresholds).toEqual({ attractiveness: 7.5, strength: 7.5 });
    expect(matrix.bubbles.find((b) => b.id === ids.Bravo)!.quadrant).toBe("DOG");
    expect(matrix.bubbles.find((b) => b.id === ids.Alpha)!.quadrant).toBe("STAR");
    await createMatrixModel(db, { thresholdMode: "MEDIAN" });
    const median = await getMatrixData(queryFor(users.director));
    // Median of attractiveness (8, 7, 3, 7, 2) and of strength (8, 7, 7, 3, 2).
    expect(median.thresholds).toEqual({ attractiveness: 7, strength: 7 });
  });
});
