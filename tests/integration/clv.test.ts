import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import { listAccounts } from "@/lib/accounts/queries";
import type { TAccountListQuery } from "@/lib/accounts/schemas";
import { createJobHandlers } from "@/lib/automation/handlers";
import { seededRandom } from "@/lib/clv/simulate";
import { dashboardQuery } from "@/lib/dashboard";
import type { JobName } from "@/lib/jobs/definitions";
import { rankAccounts } from "@/lib/key-accounts/ranking";
import { AT_RISK_THRESHOLD, getClvDashboard } from "@/lib/lifetime-value/queries";
import { refreshLifetimeValues } from "@/lib/lifetime-value/refresh";
import { loadActiveModel } from "@/lib/scoring-models/queries";
import { createAccount, createOrders, type OrderSpec } from "../factories/accounts";
import { createActiveSelectionModel } from "../factories/scoring";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2026-06-30T00:00:00Z");
const DAY = 86_400_000;
const day = (offset: number) => new Date(AS_OF.getTime() - offset * DAY).toISOString().slice(0, 10);
type User = Awaited<ReturnType<typeof createUser>>;
let director: User;
let manager: User;
const ids: Record<string, string> = {};

/**
 * A portfolio of 40 accounts with different rhythms: steady buyers (every 2–6 weeks until now), buyers who
 * stopped a year ago, one-time buyers and a big spender. Deterministic (seeded).
 */
async function buildPortfolio() {
  const random = seededRandom(1616);
  for (let i = 0; i < 40; i += 1) {
    const kind = i < 20 ? "steady" : i < 30 ? "stopped" : i < 37 ? "once" : "big";
    const account = await createAccount(db, { ownerId: i % 2 === 0 ? manager.id : director.id, name: `CLV ${kind} ${String(i).padStart(2, "0")}` });
    ids[account.name] = account.id;
    const orders: OrderSpec[] = [];
    const start = 500 + Math.floor(random() * 200);
    if (kind === "once") orders.push({ date: day(start), amount: 1000 + Math.round(random() * 500) });
    else {
      const gap = 14 + Math.floor(random() * 28);
      const end = kind === "stopped" ? 365 : Math.floor(random() * gap);
      for (let t = start; t >= end; t -= gap + Math.floor(random() * 7)) {
        orders.push({ date: day(t), amount: (kind === "big" ? 40_000 : 2_000) * (0.5 + random()) });
      }
    }
    await createOrders(db, account.id, orders);
  }
}

beforeAll(async () => {
  await resetDatabase();
  director = await createUser(db, { role: "DIRECTOR" });
  manager = await createUser(db, { role: "MANAGER" });
  await buildPortfolio();
});

describe("refreshLifetimeValues", () => {
  it("writes nothing and reports the reason when there is nothing to fit", async () => {
    const empty = await refreshLifetimeValues(db, { asOf: new Date("2024-01-01T00:00:00Z") });
    expect(empty).toMatchObject({ status: "skipped", reason: "NO_CUSTOMERS" });
    expect(await db.clvFit.count()).toBe(0);
  });

  it("stores a fit and every ordering account's figures", async () => {
    const result = await refreshLifetimeValues(db, { asOf: AS_OF });
    expect(result).toMatchObject({ status: "fitted", customers: 40, repeatCustomers: 33 });
    const fit = await db.clvFit.findFirstOrThrow();
    expect(fit).toMatchObject({ unit: "day", basis: "revenue", customers: 40, repeatCustomers: 33, bgConverged: true, ggConverged: true });
    expect(fit.asOf.toISOString().slice(0, 10)).toBe("2026-06-30");
    for (const value of [fit.r, fit.alpha, fit.a, fit.b, fit.p!, fit.q!, fit.v!]) expect(value).toBeGreaterThan(0);
    const rows = await db.accountClv.findMany();
    expect(rows).toHaveLength(40);
    const byName = async (name: string) => (await db.accountClv.findUniqueOrThrow({ where: { accountId: ids[name] } }));
    const steady = await byName("CLV steady 00");
    const stopped = await byName("CLV stopped 20");
    const once = await byName("CLV once 30");
    const big = await byName("CLV big 37");
    expect(once.pAlive).toBe(1);
    expect(once.frequency).toBe(0);
    expect(steady.pAlive).toBeGreaterThan(0.8);
    expect(stopped.pAlive).toBeLessThan(0.2);
    expect(steady.clv12m.toNumber()).toBeGreaterThan(stopped.clv12m.toNumber());
    expect(big.clv12m.toNumber()).toBeGreaterThan(steady.clv12m.toNumber());
    expect(steady.clv36m.toNumber()).toBeGreaterThan(steady.clv12m.toNumber());
    expect(steady.previousPAlive).toBeNull();
    expect(steady.fitId).toBe(fit.id);
  });

  it("keeps the previous P(alive) at the next fit and drops accounts that left the portfolio", async () => {
    const before = await db.accountClv.findUniqueOrThrow({ where: { accountId: ids["CLV steady 01"] } });
    await db.account.update({ where: { id: ids["CLV once 36"] }, data: { archived: true } });
    const result = await refreshLifetimeValues(db, { asOf: new Date(AS_OF.getTime() + 120 * DAY) });
    expect(result.status).toBe("fitted");
    const after = await db.accountClv.findUniqueOrThrow({ where: { accountId: ids["CLV steady 01"] } });
    expect(after.previousPAlive).toBeCloseTo(before.pAlive, 12);
    expect(after.pAlive).toBeLessThan(before.pAlive);
    expect(await db.accountClv.findUnique({ where: { accountId: ids["CLV once 36"] } })).toBeNull();
    expect(await db.clvFit.count()).toBe(2);
    await db.account.update({ where: { id: ids["CLV once 36"] }, data: { archived: false } });
  });
});

describe("the clv.fit job", () => {
  it("fits through its handler, and the full metrics refresh sends it", async () => {
    const sent: { name: JobName; payload: unknown }[] = [];
    const handlers = createJobHandlers({
      db,
      send: async (name, payload) => {
        sent.push({ name, payload });
        return "queued" as const;
      },
    });
    const fitsBefore = await db.clvFit.count();
    const now = AS_OF;
    const result = await handlers["clv.fit"]!([{ id: "j1", name: "clv.fit", payload: {}, now }]);
    expect(result).toMatchObject({ status: "fitted", customers: 40 });
    expect(await db.clvFit.count()).toBe(fitsBefore + 1);
    await handlers["metrics.refresh-all"]!([{ id: "j2", name: "metrics.refresh-all", payload: {}, now }]);
    expect(sent.map((s) => s.name)).toContain("clv.fit");
    expect(sent.find((s) => s.name === "clv.fit")!.payload).toEqual({ now: now.toISOString() });
  });
});

describe("accounts list", () => {
  const all = { owner: "all" } as TAccountListQuery;

  it("sorts by 12-month CLV and by P(alive), accounts without figures last", async () => {
    const extra = await createAccount(db, { ownerId: manager.id, name: "CLV none" });
    const rows = (await listAccounts(director, { ...all, sort: "clv12m", dir: "desc" }, db)).rows;
    const values = rows.filter((r) => r.clv12m !== null).map((r) => Number(r.clv12m));
    expect(values).toEqual([...values].sort((x, y) => y - x));
    expect(rows[0].name).toMatch(/^CLV big/);
    expect(rows.at(-1)!.id).toBe(extra.id);
    const byAlive = (await listAccounts(director, { ...all, sort: "pAlive", dir: "asc" }, db)).rows;
    expect(byAlive[0].name).toMatch(/^CLV stopped/);
    await db.account.delete({ where: { id: extra.id } });
  });

  it("filters by minimum CLV and by P(alive) below a cut", async () => {
    const rich = (await listAccounts(director, { ...all, minClv: 50_000 }, db)).rows;
    expect(rich.length).toBeGreaterThan(0);
    expect(rich.every((r) => Number(r.clv12m) >= 50_000)).toBe(true);
    expect(rich.every((r) => r.name.startsWith("CLV big"))).toBe(true);
    const fading = (await listAccounts(director, { ...all, maxPAlive: "0.25" }, db)).rows;
    expect(fading.length).toBeGreaterThanOrEqual(10);
    expect(fading.every((r) => r.pAlive! < 0.25)).toBe(true);
  });
});

describe("dashboard", () => {
  it("shows the distribution, the top accounts and the CLV at risk in the viewer's scope", async () => {
    // Two accounts were above the threshold at the previous fit and are below it now; one stays above.
    const [a, b, c] = ["CLV stopped 21", "CLV stopped 22", "CLV steady 02"].map((name) => ids[name]);
    await db.accountClv.update({ where: { accountId: a }, data: { previousPAlive: 0.9, pAlive: 0.2, clv12m: 5000 } });
    await db.accountClv.update({ where: { accountId: b }, data: { previousPAlive: 0.6, pAlive: 0.4, clv12m: 3000 } });
    await db.accountClv.update({ where: { accountId: c }, data: { previousPAlive: 0.9, pAlive: 0.7 } });
    const query = dashboardQuery(director, { scope: "all", period: "12m" }, AS_OF);
    const data = await getClvDashboard(query);
    expect(data.fittedAt).not.toBeNull();
    expect(data.accounts).toBe(40);
    expect(data.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(40);
    expect(data.top[0].name).toMatch(/^CLV big/);
    expect(data.top.map((r) => r.clv12m)).toEqual([...data.top.map((r) => r.clv12m)].sort((x, y) => y - x));
    const risky = data.atRisk.rows.filter((r) => r.id === a || r.id === b);
    expect(risky.map((r) => r.id)).toEqual([a, b]);
    expect(data.atRisk.rows.every((r) => r.previousPAlive! >= AT_RISK_THRESHOLD && r.pAlive < AT_RISK_THRESHOLD)).toBe(true);
    expect(data.atRisk.rows.some((r) => r.id === c)).toBe(false);
    expect(data.atRisk.total).toBeCloseTo(data.atRisk.rows.reduce((sum, r) => sum + r.clv12m, 0), 2);

    const mine = await getClvDashboard(dashboardQuery(manager, { scope: "mine", period: "12m" }, AS_OF));
    expect(mine.accounts).toBe(20);

    // An archived account leaves the whole portfolio's buckets (an anti-join there) and the filtered ones alike.
    await db.account.update({ where: { id: a }, data: { archived: true } });
    try {
      const whole = await getClvDashboard(dashboardQuery(director, { scope: "all", period: "12m" }, AS_OF));
      expect(whole.accounts).toBe(39);
      expect(whole.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(39);
      // Not one of the manager's accounts: the manager's scope does not change.
      expect((await getClvDashboard(dashboardQuery(manager, { scope: "mine", period: "12m" }, AS_OF))).accounts).toBe(mine.accounts);
    } finally {
      await db.account.update({ where: { id: a }, data: { archived: false } });
    }
    expect(mine.atRisk.rows.some((r) => r.id === a)).toBe(false);
  });
});

describe("key-account identification", () => {
  it("scores POTENTIAL from the CLV percentile when the selection model says so", async () => {
    await createActiveSelectionModel(db);
    const model = (await loadActiveModel(db, "KEY_ACCOUNT_SELECTION"))!;
    expect(model.potentialFromClv).toBe(false);
    const manual = await rankAccounts(db, model);
    // Without assessments there is no potential input at all.
    expect(manual.every((r) => r.criteria.POTENTIAL === null)).toBe(true);

    await db.scoringModel.update({ where: { id: model.id }, data: { potentialFromClv: true } });
    const withClv = (await loadActiveModel(db, "KEY_ACCOUNT_SELECTION"))!;
    const ranked = await rankAccounts(db, withClv);
    const clv = new Map((await db.accountClv.findMany()).map((row) => [row.accountId, row.clv36m.toNumber()]));
    const scored = ranked.filter((r) => clv.has(r.id));
    expect(scored.every((r) => r.criteria.POTENTIAL !== null)).toBe(true);
    const highest = scored.reduce((best, r) => (clv.get(r.id)! > clv.get(best.id)! ? r : best));
    const lowest = scored.reduce((worst, r) => (clv.get(r.id)! < clv.get(worst.id)! ? r : worst));
    expect(highest.criteria.POTENTIAL).toBe(withClv.scale.max);
    expect(lowest.criteria.POTENTIAL).toBe(withClv.scale.min);
    // Higher CLV never scores lower.
    for (const r of scored) for (const s of scored) if (clv.get(r.id)! > clv.get(s.id)!) expect(r.criteria.POTENTIAL!).toBeGreaterThanOrEqual(s.criteria.POTENTIAL!);
  });
});

describe("the lifetime-value refresh in batches", () => {
  /** What a fit stores, without what differs between two runs (ids, times). */
  async function stored() {
    const fit = await db.clvFit.findFirstOrThrow({ orderBy: { fittedAt: "desc" } });
    const rows = await db.accountClv.findMany({ orderBy: { accountId: "asc" } });
    return {
      fit: { customers: fit.customers, repeatCustomers: fit.repeatCustomers, r: fit.r, alpha: fit.alpha, a: fit.a, b: fit.b, p: fit.p, q: fit.q, v: fit.v },
      rows: rows.map((row) => ({
        accountId: row.accountId, frequency: row.frequency, recency: row.recency, T: row.T, monetaryValue: row.monetaryValue.toString(),
        pAlive: row.pAlive, expectedPurchases12m: row.expectedPurchases12m, expectedAverageValue: row.expectedAverageValue.toString(),
        clv12m: row.clv12m.toString(), clv36m: row.clv36m.toString(),
      })),
    };
  }

  it("stores exactly the fit and the figures of one pass, whatever the batch size", async () => {
    // An account with two orders on one day: the day is one purchase of their sum, also across a batch boundary.
    const account = await createAccount(db, { ownerId: manager.id, name: "CLV same day" });
    await createOrders(db, account.id, [{ date: day(40), amount: 100 }, { date: day(40), amount: 250 }, { date: day(10), amount: 300 }]);
    await refreshLifetimeValues(db, { asOf: AS_OF, batchAccounts: 10_000 });
    const onePass = await stored();
    expect(onePass.rows).toHaveLength(41);
    expect(onePass.rows.find((row) => row.accountId === account.id)).toMatchObject({ frequency: 1, monetaryValue: expect.anything() });
    expect(Number(onePass.rows.find((row) => row.accountId === account.id)!.monetaryValue)).toBe(300);
    for (const batchAccounts of [1, 3]) {
      await refreshLifetimeValues(db, { asOf: AS_OF, batchAccounts });
      expect(await stored(), `batches of ${batchAccounts}`).toEqual(onePass);
    }
  });
});
