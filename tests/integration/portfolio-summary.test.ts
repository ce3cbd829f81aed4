import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DAY_MS } from "@/lib/dates";
import { refreshAccountMetrics } from "@/lib/metrics";
import { refreshHealth } from "@/lib/account-health";
import { computePanels, dashboardQuery, getDashboardPanels, type DashboardFilters, type DashboardPanels } from "@/lib/dashboard";
import { createHash } from "node:crypto";
import { PANELS_SUMMARY_VERSION, panelsSummaryKey } from "@/lib/dashboard/panels";
import { lookUpSummary, pruneSummaryChanges, storeSummary } from "@/lib/db/portfolio-summary";
import { createAccount, createOrders } from "../factories/accounts";
import { createAssessment, createMatrixModel } from "../factories/dashboard";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2026-03-01T00:00:00Z");
const day = (ago: number) => new Date(AS_OF.getTime() - ago * DAY_MS).toISOString().slice(0, 10);

let director: { id: string };
let manager: { id: string };
const [KEY_12M, KEY_24M, KEY_36M] = ["12m", "24m", "36m"].map((period) => `dashboard:v${PANELS_SUMMARY_VERSION}:${period}`);
const accountIds: string[] = [];

/** A fresh query object each time: the loaders cache per query object, and these tests must read again. */
const query = (filters: Partial<DashboardFilters> = {}) => dashboardQuery(director, { scope: "all", period: "12m", ...filters }, AS_OF);
const storedRows = () => db.$queryRaw<{ key: string }[]>`SELECT key FROM "PortfolioSummary" ORDER BY key`;
/** Long enough for a transaction of another test file in the cluster (a demo seed's runs about a minute) to end. */
const CLEAN_UP_WAIT_MS = 120_000;

/**
 * Repeats `prune` until the change rows are gone. A store or prune deletes the rows below every snapshot's xmin,
 * which a transaction running elsewhere in the cluster (another test file) holds back while it runs.
 */
async function untilNoChanges(prune: () => Promise<unknown>) {
  const until = Date.now() + CLEAN_UP_WAIT_MS;
  while ((await changeRows()) > 0 && Date.now() < until) {
    await prune();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(await changeRows()).toBe(0);
}

/** Stores a probe summary under a fresh snapshot (the probe stored before may still be current) until no change rows are left. */
const cleanUpChanges = () =>
  untilNoChanges(async () => {
    const [{ snapshot }] = await db.$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`;
    await storeSummary(db, { key: "test:probe", asOf: AS_OF, snapshot, data: {} });
  });
const changeRows = async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "PortfolioChange"`)[0].n;

beforeAll(async () => {
  await resetDatabase();
  director = await createUser(db, { role: "DIRECTOR" });
  manager = await createUser(db, { role: "MANAGER" });
  const model = await createMatrixModel(db);
  for (let i = 0; i < 24; i++) {
    const account = await createAccount(db, {
      ownerId: i % 3 === 0 ? manager.id : director.id,
      name: `Account ${String(i).padStart(2, "0")}`,
      region: i % 2 === 0 ? "East" : "West",
      isKeyAccount: i % 4 === 0,
    });
    accountIds.push(account.id);
    await createOrders(db, account.id, Array.from({ length: 1 + (i % 5) }, (_, k) => ({ date: day((i * 41 + k * 97) % 900), amount: 1000 + i * 10 + k, margin: 200 + k })));
    if (i % 2 === 0) {
      await createAssessment(db, { accountId: account.id, modelId: model.id, assessorId: director.id, attractiveness: 1 + (i % 9), strength: 1 + ((i * 5) % 9), assessedAt: new Date(AS_OF.getTime() - i * DAY_MS) });
    }
  }
  await refreshAccountMetrics(db, { asOf: AS_OF });
  await refreshHealth(db, { now: AS_OF });
  // A lifetime-value fit gives the CLV panel its figures and the summary a date to keep.
  const fit = await db.clvFit.create({
    data: { asOf: AS_OF, unit: "week", basis: "revenue", customers: 2, repeatCustomers: 1, r: 1, alpha: 1, a: 1, b: 1, bgLogLikelihood: -1, bgConverged: true, durationMs: 5 },
  });
  for (const [i, accountId] of accountIds.slice(0, 3).entries()) {
    await db.accountClv.create({
      data: { accountId, fitId: fit.id, frequency: 1, recency: 13, T: 30, monetaryValue: "1500", pAlive: 0.8 - i / 10, expectedPurchases12m: 1.5, expectedAverageValue: "1400.25", clv12m: `${2100 + i}`, clv36m: "5000" },
    });
  }
});

beforeEach(async () => {
  await db.$executeRaw`DELETE FROM "PortfolioSummary"`;
});

describe("the whole-portfolio dashboard's stored summary", () => {
  it("is stored by the first request and read back equal to the panels computed afresh, dates as dates", async () => {
    const first = await getDashboardPanels(query());
    expect(await storedRows()).toEqual([{ key: KEY_12M }]);
    const stored = await lookUpSummary<DashboardPanels>(db, KEY_12M, AS_OF);
    expect(stored.data).not.toBeNull();
    const fresh = await computePanels(query());
    expect(stored.data).toEqual(fresh);
    expect(await getDashboardPanels(query())).toEqual(first);
    // The figures are not empty, so the equality says something.
    expect(fresh.stages.total).toBe(accountIds.length);
    expect(fresh.matrix.assessed).toBeGreaterThan(0);
    expect(stored.data!.clv.fittedAt).toBeInstanceOf(Date);
    expect(stored.data!.clv.fittedAt).toEqual(fresh.clv.fittedAt);
  });

  it("goes stale with any committed change to what the panels read, and the next request stores the new figures", async () => {
    await getDashboardPanels(query());
    await db.account.update({ where: { id: accountIds[1] }, data: { stage: "INTEGRATED" } });
    expect((await lookUpSummary(db, KEY_12M, AS_OF)).data).toBeNull();
    const after = await getDashboardPanels(query());
    expect(after.stages.stages.find((s) => s.stage === "INTEGRATED")?.count).toBeGreaterThan(0);
    expect(after).toEqual(await computePanels(query()));
    expect((await lookUpSummary<DashboardPanels>(db, KEY_12M, AS_OF)).data).toEqual(after);
  });

  it("stays current through sign-ins, ended sessions and new passwords, and goes stale when an owner is renamed", async () => {
    const stored = await getDashboardPanels(query());
    await db.user.update({ where: { id: director.id }, data: { lastSignInAt: new Date() } });
    await db.user.update({ where: { id: director.id }, data: { sessionVersion: { increment: 1 }, passwordHash: "not a real hash" } });
    expect((await lookUpSummary<DashboardPanels>(db, KEY_12M, AS_OF)).data).toEqual(stored);
    await db.user.update({ where: { id: manager.id }, data: { name: "Renamed owner" } });
    expect((await lookUpSummary(db, KEY_12M, AS_OF)).data).toBeNull();
    expect(JSON.stringify(await getDashboardPanels(query()))).toContain("Renamed owner");
  });

  it("is stale when a transaction that was open while it was computed commits afterwards", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const open = db.$transaction(async (tx) => {
      await tx.account.update({ where: { id: accountIds[2] }, data: { name: "Renamed while summarised" } });
      written();
      await released;
    });
    await wrote;
    await getDashboardPanels(query());
    // Stored: the open transaction's change row is not committed yet, so nothing says the summary is stale.
    expect((await lookUpSummary(db, KEY_12M, AS_OF)).data).not.toBeNull();
    release();
    await open;
    expect((await lookUpSummary(db, KEY_12M, AS_OF)).data).toBeNull();
  });

  it("refuses a summary computed under a snapshot older than the change rows already cleaned up", async () => {
    const old = await lookUpSummary(db, KEY_24M, AS_OF);
    expect(old.data).toBeNull();
    const oldSnapshot = (old as { snapshot: string }).snapshot;
    await db.account.update({ where: { id: accountIds[3] }, data: { name: "Changed after the old snapshot" } });
    // Stores under newer snapshots clean up the change row above (once no older transaction of the cluster runs):
    // then nothing is left to say the old snapshot missed it but the horizon.
    await cleanUpChanges();
    expect(await storeSummary(db, { key: KEY_24M, asOf: AS_OF, snapshot: oldSnapshot, data: { stale: true } })).toBe(false);
    expect((await storedRows()).map((r) => r.key)).not.toContain(KEY_24M);
  }, CLEAN_UP_WAIT_MS * 2);

  it("keeps a summary computed while another was stored, when nothing either read has changed", async () => {
    await cleanUpChanges();
    const older = await lookUpSummary(db, KEY_24M, AS_OF);
    expect(older.data).toBeNull();
    // Writing transactions that change nothing a summary reads: the cluster's oldest running transaction moves on.
    for (let i = 0; i < 3; i++) await db.$transaction(async (tx) => tx.$queryRaw`SELECT pg_current_xact_id()::text`);
    // Another summary stored under a newer snapshot (its store prunes).
    await getDashboardPanels(query());
    const data = await computePanels(query({ period: "24m" }));
    expect(await storeSummary(db, { key: KEY_24M, asOf: AS_OF, snapshot: (older as { snapshot: string }).snapshot, data })).toBe(true);
    expect((await lookUpSummary<DashboardPanels>(db, KEY_24M, AS_OF)).data).toEqual(data);
  }, CLEAN_UP_WAIT_MS * 2);

  it("is of one day: another day's lookup computes again", async () => {
    await getDashboardPanels(query());
    expect((await lookUpSummary(db, KEY_12M, new Date(AS_OF.getTime() + DAY_MS))).data).toBeNull();
  });

  it("keeps one summary per period, one per viewer of their own accounts, and never stores a filtered view", async () => {
    for (const filters of [{ region: "East" }, { owner: "me" }, { scope: "mine" as const, region: "East" }]) {
      const scoped = await getDashboardPanels(query(filters));
      expect(scoped).toEqual(await computePanels(query(filters)));
      expect(panelsSummaryKey(query(filters))).toBeNull();
    }
    expect(await storedRows()).toEqual([]);
    await getDashboardPanels(query({ period: "24m" }));
    await getDashboardPanels(query());
    expect(await storedRows()).toEqual([{ key: KEY_12M }, { key: KEY_24M }]);
    expect(panelsSummaryKey(query({ period: "36m" }))).toBe(KEY_36M);
    // Each viewer's own accounts under a key of their own.
    const mine = await getDashboardPanels(query({ scope: "mine" }));
    const managersMine = await getDashboardPanels(dashboardQuery(manager, { scope: "mine", period: "12m" }, AS_OF));
    expect(await storedRows()).toEqual([{ key: KEY_12M }, { key: `${KEY_12M}:mine:${director.id}` }, { key: `${KEY_12M}:mine:${manager.id}` }, { key: KEY_24M }]);
    expect(mine.stages.total).toBe(16);
    expect(managersMine.stages.total).toBe(8);
    expect(await getDashboardPanels(query({ scope: "mine" }))).toEqual(await computePanels(query({ scope: "mine" })));
  });

  it("of a viewer's own accounts goes stale when they join an account's team, and then counts that account", async () => {
    const managersMine = () => dashboardQuery(manager, { scope: "mine", period: "12m" }, AS_OF);
    const before = await getDashboardPanels(managersMine());
    expect(await storedRows()).toEqual([{ key: `${KEY_12M}:mine:${manager.id}` }]);
    const joined = accountIds.find((_, i) => i % 3 !== 0)!;
    await db.accountTeamMember.create({ data: { accountId: joined, userId: manager.id, teamRole: "FINANCE" } });
    try {
      const after = await getDashboardPanels(managersMine());
      expect(after.stages.total).toBe(before.stages.total + 1);
      expect(after).toEqual(await computePanels(managersMine()));
      expect(await getDashboardPanels(managersMine())).toEqual(after);
    } finally {
      await db.accountTeamMember.deleteMany({ where: { accountId: joined, userId: manager.id } });
    }
  });

  it("has the shape of its version: a changed shape needs PANELS_SUMMARY_VERSION bumped, so old summaries go unread", async () => {
    const paths = new Set<string>();
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((item) => walk(item, `${path}[]`));
      else if (value && typeof value === "object" && !(value instanceof Date)) for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      else paths.add(path);
    };
    walk(await computePanels(query()), "");
    const fingerprint = createHash("sha256").update([...paths].sort().join("\n")).digest("hex").slice(0, 16);
    // On a change of DashboardPanels: bump PANELS_SUMMARY_VERSION, then record the new pair here.
    expect({ version: PANELS_SUMMARY_VERSION, fingerprint }).toEqual({ version: 1, fingerprint: "bd09a210111e1255" });
  });

  it("notes each writing transaction once, and a store deletes the notes every summary has seen", async () => {
    await cleanUpChanges();
    await db.$transaction(async (tx) => {
      for (const id of accountIds.slice(0, 5)) await tx.account.update({ where: { id }, data: { region: "North" } });
    });
    await db.account.update({ where: { id: accountIds[6] }, data: { region: "North" } });
    expect(await changeRows()).toBe(2);
    await cleanUpChanges();
    expect(await changeRows()).toBe(0);
  }, CLEAN_UP_WAIT_MS * 2);
  it("is pruned with the change notes by the nightly refresh when stale or of another day; a current one stays", async () => {
    await getDashboardPanels(query());
    await getDashboardPanels(query({ period: "24m" }));
    // Pruning on the same day keeps current summaries.
    await pruneSummaryChanges(db, AS_OF);
    expect(await storedRows()).toEqual([{ key: KEY_12M }, { key: KEY_24M }]);
    await db.account.update({ where: { id: accountIds[7] }, data: { name: "Pruned" } });
    expect(await changeRows()).toBeGreaterThan(0);
    // Like a store, a prune waits for transactions still running elsewhere in the cluster before dropping notes.
    await untilNoChanges(() => pruneSummaryChanges(db, AS_OF));
    expect(await storedRows()).toEqual([]);
    // A current summary of the day before goes too.
    await getDashboardPanels(query());
    await pruneSummaryChanges(db, new Date(AS_OF.getTime() + DAY_MS));
    expect(await storedRows()).toEqual([]);
  }, CLEAN_UP_WAIT_MS * 2);
});
