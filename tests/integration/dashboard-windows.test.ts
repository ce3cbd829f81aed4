import { DAY_MS } from "@/lib/dates";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { refreshAccountMetrics } from "@/lib/metrics";
import { refreshHealth } from "@/lib/account-health";
import { healthMovers } from "@/lib/dashboard/health";
import { dashboardQuery, DASHBOARD_PERIODS, getMatrixData, type DashboardFilters } from "@/lib/dashboard";
import { binBubbles, MATRIX_BINS, matrixPoints, type MatrixBubble } from "@/lib/dashboard/matrix";
import { liveScopedWindow, scopedWindow } from "@/lib/dashboard/shared";
import { quadrantRevenue, storedWindowSummary, summarizeWindow, type WindowSummary } from "@/lib/dashboard/window-summary";
import { createAccount, createOrders } from "../factories/accounts";
import { createAssessment, createMatrixModel } from "../factories/dashboard";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2026-03-01T00:00:00Z");
const day = (ago: number) => new Date(AS_OF.getTime() - ago * DAY_MS).toISOString().slice(0, 10);

let director: { id: string };
let manager: { id: string };
const accountIds: string[] = [];

/** 60 accounts over two owners and regions with orders spread over four years (some only long ago, some none). */
async function buildPortfolio() {
  director = await createUser(db, { role: "DIRECTOR" });
  manager = await createUser(db, { role: "MANAGER" });
  const model = await createMatrixModel(db);
  for (let i = 0; i < 60; i++) {
    const account = await createAccount(db, {
      ownerId: i % 3 === 0 ? manager.id : director.id,
      name: `Account ${String(i).padStart(2, "0")}`,
      region: i % 2 === 0 ? "East" : "West",
      industry: "Manufacturing",
      isKeyAccount: i % 5 === 0,
    });
    accountIds.push(account.id);
    if (i % 11 === 10) continue;
    // Deterministic spread: order days from 0 to ~1,400 days ago, amounts with cents, equal amounts now and then.
    const orders = Array.from({ length: 1 + (i % 7) }, (_, k) => ({
      date: day(((i * 37 + k * 211) % 1400) + (i % 4 === 0 ? 400 : 0)),
      amount: ((i % 6) + 1) * 1000 + k * 0.25,
      margin: ((i % 6) + 1) * 300 + k * 0.1,
    }));
    await createOrders(db, account.id, orders);
    if (i % 2 === 0) {
      await createAssessment(db, { accountId: account.id, modelId: model.id, assessorId: director.id, attractiveness: 1 + (i % 9), strength: 1 + ((i * 7) % 9), assessedAt: new Date(AS_OF.getTime() - i * DAY_MS) });
    }
  }
}

const query = (filters: Partial<DashboardFilters>, viewer = director) =>
  dashboardQuery(viewer, { scope: "all", period: "12m", ...filters }, AS_OF);
const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

beforeAll(async () => {
  await resetDatabase();
  await buildPortfolio();
  await refreshAccountMetrics(db, { asOf: AS_OF });
});

describe("the dashboard's stored order windows", () => {
  const filterSets: Partial<DashboardFilters>[] = [{}, { region: "West" }, { owner: "me" }, { scope: "mine" }];

  it("equal the figures aggregated from the orders, for every period and filter", async () => {
    for (const period of DASHBOARD_PERIODS) {
      for (const filters of filterSets) {
        for (const viewer of [director, manager]) {
          const q = query({ ...filters, period }, viewer);
          const [stored, live] = await Promise.all([scopedWindow(q), liveScopedWindow(q)]);
          expect(byId(stored), `${period} ${JSON.stringify(filters)}`).toEqual(byId(live));
        }
      }
    }
    // The windows really differ, so equality above is not equality of three copies.
    const sizes = await Promise.all(DASHBOARD_PERIODS.map(async (period) => (await scopedWindow(query({ period }))).length));
    expect(new Set(sizes).size).toBeGreaterThan(1);
  });

  it("give each quadrant of the matrix exactly the window revenue of its accounts", async () => {
    for (const period of DASHBOARD_PERIODS) {
      for (const filters of filterSets) {
        const q = query({ ...filters, period }, manager);
        const { bubbles } = await matrixPoints(q);
        const revenueOf = new Map((await liveScopedWindow(q)).map((row) => [row.id, Math.round(row.revenue * 100)]));
        const expected = new Map<string, number>();
        for (const bubble of bubbles) expected.set(bubble.quadrant, (expected.get(bubble.quadrant) ?? 0) + (revenueOf.get(bubble.id) ?? 0));
        const label = `${period} ${JSON.stringify(filters)}`;
        expect(Object.fromEntries(await quadrantRevenue(q, bubbles)), label).toEqual(Object.fromEntries([...expected].map(([k, v]) => [k, v / 100])));
      }
    }
  });

  it("are summed in Postgres to exactly the totals, cells and segments of the per-account figures", async () => {
    const normal = (summary: WindowSummary) => ({
      ...summary,
      // In no particular order: the Pareto curve sorts them.
      revenues: [...summary.revenues].sort((a, b) => b - a),
      cells: [...summary.cells].sort((a, b) => a.r - b.r || a.f - b.f),
      segments: [...summary.segments].sort((a, b) => a.segment.localeCompare(b.segment)),
    });
    for (const period of DASHBOARD_PERIODS) {
      for (const filters of filterSets) {
        const q = query({ ...filters, period }, manager);
        const stored = normal(await storedWindowSummary(q));
        expect(stored, `${period} ${JSON.stringify(filters)}`).toEqual(normal(summarizeWindow(await liveScopedWindow(q))));
        if (filters.scope !== "mine") expect(stored.cells.length).toBeGreaterThan(0);
      }
    }
    // An archived key account with orders in the window leaves the whole portfolio's sums (an anti-join with the
    // archived accounts there) exactly as it leaves a filtered scope (a join): every account is in Manufacturing.
    const archived = accountIds[5];
    const before = await storedWindowSummary(query({}));
    const own = (await scopedWindow(query({}))).find((row) => row.id === archived)!;
    await db.account.update({ where: { id: archived }, data: { archived: true } });
    try {
      const whole = await storedWindowSummary(query({}));
      expect(normal(whole)).toEqual(normal(await storedWindowSummary(query({ industry: "Manufacturing" }))));
      expect(whole.revenue).toBeCloseTo(before.revenue - own.revenue, 2);
      expect(whole.keyRevenue).toBeCloseTo(before.keyRevenue - own.revenue, 2);
      expect(whole.revenues.length).toBe(before.revenues.length - 1);
    } finally {
      await db.account.update({ where: { id: archived }, data: { archived: false } });
    }
  });

  it("are read from the refresh (not from the orders) and fall back to the orders on another day", async () => {
    const target = accountIds[1];
    const before = (await scopedWindow(query({}))).find((row) => row.id === target)!;
    await createOrders(db, target, [{ date: day(1), amount: 5000, externalRef: "late-order" }]);
    expect((await scopedWindow(query({}))).find((row) => row.id === target)!.revenue).toBe(before.revenue);
    expect((await liveScopedWindow(query({}))).find((row) => row.id === target)!.revenue).toBe(before.revenue + 5000);
    // A day the refresh has not covered: aggregated from the orders.
    const tomorrow = dashboardQuery(director, { scope: "all", period: "12m" }, new Date(AS_OF.getTime() + DAY_MS));
    expect(byId(await scopedWindow(tomorrow))).toEqual(byId(await liveScopedWindow(tomorrow)));
    // The per-account refresh brings the account's own figures in; its ranks wait for the next full run.
    await refreshAccountMetrics(db, { asOf: AS_OF, accountIds: [target] });
    const after = (await scopedWindow(query({}))).find((row) => row.id === target)!;
    expect(after.revenue).toBe(before.revenue + 5000);
    expect([after.r, after.f, after.m]).toEqual([before.r, before.f, before.m]);
  });

  it("per-account and full refresh give identical own figures", async () => {
    const changed = [accountIds[2], accountIds[10], accountIds[21]];
    for (const id of changed) await createOrders(db, id, [{ date: day(3), amount: 777.77, margin: 100, externalRef: `more-${id}` }]);
    await db.order.deleteMany({ where: { accountId: accountIds[4] } });
    await refreshAccountMetrics(db, { asOf: AS_OF, accountIds: [...changed, accountIds[4]] });
    const own = async () => ({
      metrics: await db.accountMetrics.findMany({
        select: { accountId: true, revenue12m: true, margin12m: true, orderCount: true, lastOrderAt: true, recencyDays: true, riskScore: true, riskLevel: true, churnFlags: true },
        orderBy: { accountId: "asc" },
      }),
      windows: await db.accountWindow.findMany({
        select: { accountId: true, days: true, revenue: true, margin: true, orders: true, recencyDays: true },
        orderBy: [{ accountId: "asc" }, { days: "asc" }],
      }),
    });
    const incremental = await own();
    await refreshAccountMetrics(db, { asOf: AS_OF });
    expect(await own()).toEqual(incremental);
    expect(incremental.windows.some((w) => w.accountId === accountIds[4])).toBe(false);
  });

  it("a refresh over unchanged data rewrites no row", async () => {
    await refreshAccountMetrics(db, { asOf: AS_OF });
    const versions = async () => ({
      metrics: await db.$queryRaw<{ id: string; v: string }[]>`SELECT "accountId" AS id, xmin::text AS v FROM "AccountMetrics" ORDER BY 1`,
      windows: await db.$queryRaw<{ id: string; v: string }[]>`SELECT "accountId" || days AS id, xmin::text AS v FROM "AccountWindow" ORDER BY 1`,
    });
    const first = await versions();
    await refreshAccountMetrics(db, { asOf: AS_OF });
    expect(await versions()).toEqual(first);
    // The churn pass in batches of 7 accounts (crossing many batch boundaries) computes exactly the same rows.
    await refreshAccountMetrics(db, { asOf: AS_OF, batchAccounts: 7 });
    expect(await versions()).toEqual(first);
    // A changed account is rewritten, and only it.
    await createOrders(db, accountIds[5], [{ date: day(2), amount: 10, externalRef: "tiny" }]);
    await refreshAccountMetrics(db, { asOf: AS_OF });
    const after = await versions();
    const changed = after.metrics.filter((row, i) => row.v !== first.metrics[i].v).map((row) => row.id);
    expect(changed).toContain(accountIds[5]);
    expect(changed.length).toBeLessThan(first.metrics.length);
  });
});

describe("health movers from the day's snapshots", () => {
  it("equal the movers looked up from each account's history", async () => {
    // Readings on several days: scores move as assessments and the last orders age.
    for (const ago of [75, 45, 31, 30, 12, 0]) await refreshHealth(db, { now: new Date(AS_OF.getTime() - ago * DAY_MS) });
    let movers = 0;
    for (const filters of [{}, { region: "West" }, { scope: "mine" as const }]) {
      for (const viewer of [director, manager]) {
        const q = query(filters, viewer);
        const stored = await healthMovers(q, "stored");
        expect(stored, JSON.stringify(filters)).toEqual(await healthMovers(q, "live"));
        movers += stored.up.length + stored.down.length;
      }
    }
    expect(movers).toBeGreaterThan(0);
    // The dashboard uses the snapshots only on the day the full refresh covered.
    expect(await db.metricsRefresh.findUnique({ where: { id: 1 } })).toMatchObject({ healthAsOf: AS_OF });
  });
});

describe("the matrix the page gets", () => {
  it("counts every assessed account in scope exactly in the nine-box, whatever is drawn", async () => {
    const matrix = await getMatrixData(query({}));
    // Every even account is assessed, except those without orders (10, 32, 54), which the fixture skips.
    expect(matrix.assessed).toBe(27);
    expect(matrix.bubbles.length + matrix.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(matrix.assessed);
    expect(matrix.nineBox.reduce((sum, cell) => sum + cell.count, 0)).toBe(matrix.assessed);
    const west = await getMatrixData(query({ region: "West" }));
    expect(west.assessed).toBe(0);
    expect(west.nineBox.every((cell) => cell.count === 0)).toBe(true);
  });

  it("bins keep every account's count and revenue, each in the square around its position", () => {
    const scale = { min: 1, max: 10 };
    const point = fc.double({ min: 1, max: 10, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.record({ attractiveness: point, strength: point, revenue12m: fc.integer({ min: 0, max: 1e6 }) }), { maxLength: 200 }), (points) => {
        const bubbles = points.map((p, i) => ({ ...p, id: String(i) }) as unknown as MatrixBubble);
        const bins = binBubbles(bubbles, scale);
        expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(points.length);
        expect(bins.reduce((sum, bin) => sum + bin.revenue12m, 0)).toBe(points.reduce((sum, p) => sum + p.revenue12m, 0));
        const half = (scale.max - scale.min) / MATRIX_BINS / 2 + 1e-9;
        for (const p of points) {
          expect(bins.some((bin) => Math.abs(bin.strength - p.strength) <= half && Math.abs(bin.attractiveness - p.attractiveness) <= half)).toBe(true);
        }
        expect(bins.length).toBeLessThanOrEqual(MATRIX_BINS * MATRIX_BINS);
      }),
    );
  });
});
