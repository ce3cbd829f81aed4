import { beforeAll, describe, expect, test } from "vitest";
import { listAccounts } from "@/lib/accounts/queries";
import { ZAccountListQuery } from "@/lib/accounts/schemas";
import { getAccountHealth } from "@/lib/account-page/health";
import { dashboardQuery, getHealthDashboard, type DashboardFilters } from "@/lib/dashboard";
import { DAY_MS } from "@/lib/dates";
import type { HealthBand } from "@/lib/generated/prisma/enums";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2026-03-20T00:00:00Z");
const dayAgo = (days: number) => new Date(AS_OF.getTime() - days * DAY_MS);
type U = Awaited<ReturnType<typeof createUser>>;
let director: U;
let m1: U;
let m2: U;
let modelId: string;
const ids: Record<string, string> = {};
const nameOf = (id: string) => Object.keys(ids).find((key) => ids[key] === id);
const COMPONENTS = [
  { component: "COVERAGE", status: "SCORED", value: 0.5, weight: 20, points: 10, evidence: [{ key: "healthEvidence.coverage.pattern", values: { pattern: "DIAMOND" } }] },
  { component: "PLAN", status: "MISSING", weight: 15, reason: { key: "healthEvidence.plan.none" } },
  { component: "FIT", status: "OFF", weight: 0 },
];

async function account(name: string, ownerId: string, health: { score: number | null; band: HealthBand | null } | null, extra: { isKeyAccount?: boolean; archived?: boolean } = {}) {
  const row = await createAccount(db, { name, ownerId, ...extra });
  ids[name] = row.id;
  if (health) await db.accountHealth.create({ data: { accountId: row.id, modelId, ...health, components: COMPONENTS, computedAt: AS_OF } });
  return row.id;
}

async function snapshots(name: string, readings: [daysAgo: number, score: number | null][]) {
  await db.healthSnapshot.createMany({
    data: readings.map(([days, score]) => ({ accountId: ids[name], day: dayAgo(days), modelId, score, band: score === null ? null : score >= 70 ? "HEALTHY" : score >= 45 ? "WATCH" : "AT_RISK", components: [] })),
  });
}

beforeAll(async () => {
  await resetDatabase(db);
  [director, m1, m2] = await Promise.all([createUser(db, { role: "DIRECTOR" }), createUser(db), createUser(db)]);
  const model = await db.healthModel.create({
    data: { version: 4, status: "ACTIVE", active: true, name: "Test", weights: { COVERAGE: 100 }, healthyFrom: 70, watchFrom: 45, freshnessDays: 90, publishedAt: AS_OF },
  });
  modelId = model.id;
  await account("Alpha", m1.id, { score: 85, band: "HEALTHY" }, { isKeyAccount: true });
  await account("Bravo", m1.id, { score: 60, band: "WATCH" }, { isKeyAccount: true });
  await account("Charlie", m1.id, { score: 30, band: "AT_RISK" });
  await account("Delta", m1.id, null);
  await account("Echo", m1.id, { score: null, band: null });
  await account("Foxtrot", m2.id, { score: 50, band: "WATCH" });
  await account("Golf", m2.id, { score: 90, band: "HEALTHY" }, { archived: true });
  // Alpha: the reading on the cut-off day (30 days ago) is the baseline, not the older or newer ones.
  await snapshots("Alpha", [[100, 10], [45, 60], [30, 70], [10, 80]]);
  // Bravo: younger than 30 days — its oldest reading is the baseline.
  await snapshots("Bravo", [[20, 80], [5, 70]]);
  // Charlie: unchanged; Foxtrot: only an old reading (a null score after the cut-off is skipped).
  await snapshots("Charlie", [[31, 30]]);
  await snapshots("Foxtrot", [[60, 40], [3, null]]);
  await snapshots("Golf", [[40, 10]]);
});

describe("accounts list by health", () => {
  const names = async (query: Record<string, string>) => (await listAccounts(director, ZAccountListQuery.parse({ owner: "all", ...query }), db)).rows.map((r) => r.name);

  test("sorts by the current score either way, accounts without a score last", async () => {
    expect(await names({ sort: "health", dir: "desc" })).toEqual(["Alpha", "Bravo", "Foxtrot", "Charlie", "Delta", "Echo"]);
    expect(await names({ sort: "health", dir: "asc" })).toEqual(["Charlie", "Foxtrot", "Bravo", "Alpha", "Delta", "Echo"]);
  });

  test("filters by band or by no health, and carries score and band in the rows", async () => {
    expect(await names({ health: "WATCH" })).toEqual(["Bravo", "Foxtrot"]);
    expect(await names({ health: "none" })).toEqual(["Delta", "Echo"]);
    expect(await names({ health: "HEALTHY", archived: "1" })).toEqual(["Golf"]);
    // An unknown value is dropped, like the other filters.
    expect(await names({ health: "GREAT" })).toHaveLength(6);
    const [alpha] = (await listAccounts(director, ZAccountListQuery.parse({ owner: "all", q: "Alpha" }), db)).rows;
    expect(alpha).toMatchObject({ healthScore: 85, healthBand: "HEALTHY" });
  });
});

describe("dashboard health", () => {
  const query = (viewer: U, filters: Partial<DashboardFilters> = {}) => dashboardQuery(viewer, { scope: "all", period: "12m", ...filters }, AS_OF);

  test("counts the bands and the healthy key accounts in scope, archived accounts left out", async () => {
    const all = await getHealthDashboard(query(director));
    expect(all.bands).toEqual({ HEALTHY: 1, WATCH: 2, AT_RISK: 1, none: 2 });
    expect([all.keyAccounts, all.healthyKeyAccounts]).toEqual([2, 1]);
    const mine = await getHealthDashboard(query(m2, { scope: "mine" }));
    expect(mine.bands).toEqual({ HEALTHY: 0, WATCH: 1, AT_RISK: 0, none: 0 });
    expect(mine.keyAccounts).toBe(0);
  });

  test("over the whole portfolio the counts equal those of every owner's accounts added up", async () => {
    // Whole portfolio: health rows without a join of every account; an owner filter: the join. Both must agree.
    const all = await getHealthDashboard(query(director));
    const perOwner = await Promise.all([director, m1, m2].map((owner) => getHealthDashboard(query(director, { owner: owner.id }))));
    const added = { HEALTHY: 0, WATCH: 0, AT_RISK: 0, none: 0 };
    for (const { bands } of perOwner) for (const band of Object.keys(added) as (keyof typeof added)[]) added[band] += bands[band];
    expect(all.bands).toEqual(added);
    expect(all.keyAccounts).toBe(perOwner.reduce((total, owner) => total + owner.keyAccounts, 0));
    expect(all.healthyKeyAccounts).toBe(perOwner.reduce((total, owner) => total + owner.healthyKeyAccounts, 0));
  });

  test("ranks movers against the reading 30 days ago, or the oldest within 30 days", async () => {
    const all = await getHealthDashboard(query(director));
    expect(all.up.map((m) => [nameOf(m.id), m.from, m.to, m.delta])).toEqual([
      ["Alpha", 70, 85, 15],
      ["Foxtrot", 40, 50, 10],
    ]);
    expect(all.down.map((m) => [nameOf(m.id), m.from, m.to, m.delta])).toEqual([["Bravo", 80, 60, -20]]);
    const m2Only = await getHealthDashboard(query(director, { owner: m2.id }));
    expect(m2Only.up.map((m) => nameOf(m.id))).toEqual(["Foxtrot"]);
    expect(m2Only.down).toEqual([]);
  });
});

describe("account page health", () => {
  test("the current reading with its model version and the last 90 days of readings, oldest first", async () => {
    const health = await getAccountHealth(db, ids.Alpha, AS_OF);
    expect(health).toMatchObject({ score: 85, band: "HEALTHY", modelVersion: 4, components: COMPONENTS });
    expect(health!.trend).toEqual([
      { day: dayAgo(45).toISOString().slice(0, 10), score: 60, band: "WATCH" },
      { day: dayAgo(30).toISOString().slice(0, 10), score: 70, band: "HEALTHY" },
      { day: dayAgo(10).toISOString().slice(0, 10), score: 80, band: "HEALTHY" },
    ]);
    expect(await getAccountHealth(db, ids.Delta, AS_OF)).toBeNull();
  });
});
