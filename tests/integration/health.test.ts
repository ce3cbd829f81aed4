import { beforeAll, describe, expect, it } from "vitest";
import { activeHealthModel, loadHealthInputs, loadHealthInputsAt, previewHealthModel, refreshHealth } from "@/lib/account-health";
import { createJobHandlers } from "@/lib/automation/handlers";
import { DEFAULT_HEALTH_MODEL, type HealthComponentResult } from "@/lib/health";
import { createAccount } from "../factories/accounts";
import { createComplaint, createContact, createCoverage } from "../factories/account-contents";
import { createAssessment, createMatrixModel } from "../factories/assessments";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const NOW = new Date("2026-06-15T10:00:00Z");
const DAY = 86_400_000;
const ago = (days: number, from = NOW) => new Date(from.getTime() - days * DAY);
type Id = { id: string };
let owner: Id;
let colleague: Id;
let third: Id;
let account: Id;
let bare: Id;
let archived: Id;
const contacts: Record<string, Id> = {};

async function activity(accountId: string, occurredAt: Date, contactId: string | null, participants: string[] = []) {
  return db.activity.create({
    data: {
      accountId, contactId, userId: owner.id, type: "MEETING", occurredAt, summary: "Met",
      contacts: { create: participants.map((id) => ({ contactId: id })) },
    },
  });
}

/** Publishes a new version the way the admin page does: the old one retires and gives up `active`. */
async function publish(weights: Record<string, number>) {
  const previous = await db.healthModel.findUniqueOrThrow({ where: { active: true } });
  const last = await db.healthModel.aggregate({ _max: { version: true } });
  await db.healthModel.update({ where: { id: previous.id }, data: { status: "RETIRED", active: null } });
  return db.healthModel.create({
    data: { version: last._max.version! + 1, status: "ACTIVE", active: true, name: "Next", weights, healthyFrom: 70, watchFrom: 45, freshnessDays: 90, publishedAt: NOW },
  });
}

beforeAll(async () => {
  await resetDatabase(db);
  [owner, colleague, third] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  account = await createAccount(db, { ownerId: owner.id, stage: "COOPERATIVE", quadrant: "STAR", isKeyAccount: true });
  bare = await createAccount(db, { ownerId: owner.id, stage: "BASIC" });
  archived = await createAccount(db, { ownerId: owner.id, archived: true });
  // The decision maker: subject of an old meeting, participant of a recent one (whose subject is the buyer).
  contacts.dm = await createContact(db, account.id, { buyingRole: "DECISION_MAKER", level: "DIRECTOR", function: "MANAGEMENT", attitude: "SUPPORTER" });
  contacts.buyer = await createContact(db, account.id, { level: "MANAGER", function: "PURCHASING" });
  // Left the customer: neither his coverage nor his touches count. With him the pattern would be a diamond.
  contacts.gone = await createContact(db, account.id, { level: "BOARD", function: "FINANCE", buyingRole: "DECISION_MAKER", leftAt: ago(10) });
  await createCoverage(db, contacts.dm.id, owner.id);
  await createCoverage(db, contacts.gone.id, colleague.id);
  await createCoverage(db, contacts.gone.id, third.id);
  await activity(account.id, ago(40), contacts.dm.id);
  await activity(account.id, new Date(ago(5).getTime() + 3_600_000), contacts.buyer.id, [contacts.dm.id, contacts.gone.id]);
  await activity(account.id, ago(2), contacts.gone.id);
  await activity(account.id, new Date(NOW.getTime() + DAY), contacts.buyer.id, [contacts.dm.id]); // after now: ignored

  const plan = await db.accountPlan.create({ data: { accountId: account.id, title: "Plan", createdById: owner.id, createdAt: ago(100) } });
  await db.planObjective.create({
    data: {
      planId: plan.id, title: "Grow", position: 0, metric: "MANUAL", target: 100, currentValue: 25, periodStart: ago(50), dueDate: ago(-50),
      tasks: {
        create: [
          { title: "Overdue", position: 0, dueDate: ago(3), status: "OPEN" },
          { title: "Done", position: 1, dueDate: ago(10), status: "DONE" },
          { title: "Dropped", position: 2, dueDate: ago(30), status: "CANCELLED" },
        ],
      },
    },
  });
  await db.planObjective.create({ data: { planId: plan.id, title: "Unmeasured", position: 1, metric: "OFFERING_REVENUE", target: 5 } });
  await createComplaint(db, account.id, { severity: "HIGH", openedAt: ago(20) });
  await createComplaint(db, account.id, { severity: "LOW", openedAt: ago(60), closedAt: ago(30) });
  await createComplaint(db, account.id, { severity: "MEDIUM", openedAt: ago(-3) }); // opened after now
  const model = await createMatrixModel(db);
  for (const days of [400, 100, -5]) {
    await createAssessment(db, { accountId: account.id, modelId: model.id, assessorId: owner.id, assessedAt: ago(days), attractiveness: 7, strength: 7, quadrant: "STAR" });
  }
  await db.accountMetrics.create({ data: { accountId: account.id, riskScore: 35, riskLevel: "MEDIUM" } });
});

describe("loadHealthInputs", () => {
  it("builds each live account's input from its live contacts, exact touches and open items", async () => {
    const inputs = await loadHealthInputs(db, { now: NOW });
    expect([...inputs.keys()].sort()).toEqual([account.id, bare.id].sort());
    const input = inputs.get(account.id)!;
    expect(input).toMatchObject({ stage: "COOPERATIVE", quadrant: "STAR", isKeyAccount: true, hasPlan: true });
    const byId = new Map(input.contacts.map((c) => [c.id, c]));
    expect([...byId.keys()].sort()).toEqual([contacts.dm.id, contacts.buyer.id].sort());
    // The participant row gives the decision maker his latest touch, to the hour.
    expect(byId.get(contacts.dm.id)).toEqual({
      id: contacts.dm.id, buyingRole: "DECISION_MAKER", attitude: "SUPPORTER", key: true, coveredBy: 1,
      lastTouchedAt: new Date(ago(5).getTime() + 3_600_000),
    });
    expect(byId.get(contacts.buyer.id)).toMatchObject({ key: false, coveredBy: 0, lastTouchedAt: new Date(ago(5).getTime() + 3_600_000) });
    // Only the decision maker's line is left: the departed contact's two lines would have made a diamond.
    expect(input.coveragePattern).toBe("SINGLE_THREADED");
    expect(input.planItems).toHaveLength(2);
    expect(input.planItems.filter((item) => !item.done)).toEqual([{ dueDate: new Date(`${ago(3).toISOString().slice(0, 10)}T00:00:00Z`), done: false }]);
    expect(input.objectives).toEqual([{ progress: 0.25, elapsed: 0.5 }]);
    expect(input.churn).toEqual({ score: 35, level: "MEDIUM" });
    expect(input.lastAssessedAt).toEqual(ago(100));
    expect(input.openComplaints).toEqual([{ severity: "HIGH", openedAt: ago(20) }]);
  });

  it("reports what an account lacks as empty or null, and loads only the accounts asked for", async () => {
    const inputs = await loadHealthInputs(db, { now: NOW, accountIds: [bare.id, archived.id] });
    expect([...inputs.keys()]).toEqual([bare.id]);
    expect(inputs.get(bare.id)).toEqual({
      stage: "BASIC", quadrant: null, isKeyAccount: false, coveragePattern: "NONE", contacts: [], planItems: [], hasPlan: false,
      objectives: [], churn: null, lastAssessedAt: null, openComplaints: [],
    });
  });

  it("reads the past as it was: a contact who had not left yet counts at an earlier day", async () => {
    const inputs = await loadHealthInputs(db, { now: ago(35), accountIds: [account.id] });
    const input = inputs.get(account.id)!;
    expect(input.contacts.map((c) => c.id)).toContain(contacts.gone.id);
    expect(input.coveragePattern).toBe("DIAMOND");
    expect(input.contacts.find((c) => c.id === contacts.dm.id)?.lastTouchedAt).toEqual(ago(40));
    expect(input.openComplaints).toEqual([{ severity: "LOW", openedAt: ago(60) }]);
  });

  it("loads several instants at once exactly as one at a time", async () => {
    const instants = [ago(35), ago(3), NOW];
    const together = await loadHealthInputsAt(db, { instants });
    for (const [i, now] of instants.entries()) expect(together[i]).toEqual(await loadHealthInputs(db, { now }));
    expect(together[0].get(account.id)).not.toEqual(together[2].get(account.id));
  });
});

describe("refreshHealth", () => {
  const snapshots = (accountId: string) => db.healthSnapshot.findMany({ where: { accountId }, orderBy: { day: "asc" } });

  it("writes the current health and the day's snapshot for every live account", async () => {
    const result = await refreshHealth(db, { now: NOW });
    expect(result).toMatchObject({ accounts: 2, changed: 2, snapshots: 2 });
    const current = await db.accountHealth.findUniqueOrThrow({ where: { accountId: account.id } });
    expect(current.modelId).toBe(result.modelId);
    expect(current.score).not.toBeNull();
    const components = current.components as HealthComponentResult[];
    expect(components.map((c) => c.status)).toEqual(["SCORED", "SCORED", "SCORED", "SCORED", "SCORED", "SCORED", "SCORED"]);
    expect(await db.accountHealth.count({ where: { accountId: archived.id } })).toBe(0);
    const bareHealth = await db.accountHealth.findUniqueOrThrow({ where: { accountId: bare.id } });
    // Only COMPLAINTS (none open) is scored for the bare account: missing data is not a zero.
    expect(bareHealth).toMatchObject({ score: 100, band: "HEALTHY" });
    const [snapshot] = await snapshots(account.id);
    expect(snapshot).toMatchObject({ day: new Date("2026-06-15T00:00:00Z"), score: current.score, band: current.band, modelId: result.modelId });
  });

  it("re-run the same day: one snapshot per day, unchanged rows not rewritten", async () => {
    const before = await db.accountHealth.findUniqueOrThrow({ where: { accountId: account.id } });
    const later = new Date(NOW.getTime() + 5 * 3_600_000);
    const again = await refreshHealth(db, { now: later });
    expect(again).toMatchObject({ accounts: 2, changed: 0, snapshots: 0 });
    expect((await db.accountHealth.findUniqueOrThrow({ where: { accountId: account.id } })).computedAt).toEqual(before.computedAt);

    // A change today: the current row and the day's snapshot are overwritten, still one snapshot for the day.
    await db.complaint.updateMany({ where: { accountId: account.id, closedAt: null, severity: "HIGH" }, data: { closedAt: ago(0) } });
    const changed = await refreshHealth(db, { now: later, accountIds: [account.id] });
    expect(changed).toMatchObject({ accounts: 1, changed: 1, snapshots: 1 });
    const after = await db.accountHealth.findUniqueOrThrow({ where: { accountId: account.id } });
    expect(after.score!).toBeGreaterThan(before.score!);
    expect(after.computedAt).toEqual(later);
    const rows = await snapshots(account.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].score).toBe(after.score);
  });

  it("a published model change: new snapshots carry the new version, earlier ones keep theirs", async () => {
    const first = await activeHealthModel(db);
    const next = await publish({ ...DEFAULT_HEALTH_MODEL.weights, FIT: 0, COVERAGE: 30 });
    const tomorrow = new Date(NOW.getTime() + DAY);
    const result = await refreshHealth(db, { now: tomorrow });
    expect(result.modelId).toBe(next.id);
    const rows = await snapshots(account.id);
    expect(rows.map((r) => [r.day.toISOString().slice(0, 10), r.modelId])).toEqual([
      ["2026-06-15", first.id],
      ["2026-06-16", next.id],
    ]);
    expect((await db.accountHealth.findUniqueOrThrow({ where: { accountId: account.id } })).modelId).toBe(next.id);
    const fit = (rows[1].components as HealthComponentResult[]).find((c) => c.component === "FIT");
    expect(fit).toEqual({ component: "FIT", status: "OFF", weight: 0 });
  });

  it("drops the current row of an account once archived, keeping its history", async () => {
    await db.account.update({ where: { id: bare.id }, data: { archived: true } });
    await refreshHealth(db, { now: new Date(NOW.getTime() + DAY), accountIds: [bare.id] });
    expect(await db.accountHealth.count({ where: { accountId: bare.id } })).toBe(0);
    expect(await db.healthSnapshot.count({ where: { accountId: bare.id } })).toBeGreaterThan(0);
    await db.account.update({ where: { id: bare.id }, data: { archived: false } });
  });

  it("runs in the per-account and the nightly jobs, right after the metrics", async () => {
    const handlers = createJobHandlers({ db, send: async () => "queued" });
    const day = new Date(NOW.getTime() + 2 * DAY);
    await handlers["metrics.refresh-account"]!([{ id: "a", name: "metrics.refresh-account", payload: { accountId: bare.id, now: day.toISOString() }, now: day }]);
    expect((await snapshots(bare.id)).at(-1)?.day).toEqual(new Date("2026-06-17T00:00:00Z"));
    expect((await snapshots(account.id)).at(-1)?.day).toEqual(new Date("2026-06-16T00:00:00Z"));
    const night = new Date(NOW.getTime() + 3 * DAY);
    await handlers["metrics.refresh-all"]!([{ id: "n", name: "metrics.refresh-all", payload: { now: night.toISOString() }, now: night }]);
    expect((await snapshots(account.id)).at(-1)?.day).toEqual(new Date("2026-06-18T00:00:00Z"));
    // The nightly metrics recomputed the churn risk, which health then read.
    const metrics = await db.accountMetrics.findUniqueOrThrow({ where: { accountId: account.id } });
    const churn = ((await db.accountHealth.findUniqueOrThrow({ where: { accountId: account.id } })).components as HealthComponentResult[])
      .find((c) => c.component === "CHURN");
    expect(churn).toMatchObject({ status: "SCORED", value: 1 - metrics.riskScore / 100 });
  });
});

describe("previewHealthModel", () => {
  it("compares the bands of the active model and a draft on the same data", async () => {
    const active = await activeHealthModel(db);
    const same = await previewHealthModel(db, active, NOW);
    expect(same.accounts).toBe(2);
    expect(same.now).toEqual(same.draft);
    expect(same).toMatchObject({ changed: 0, improved: 0, worsened: 0, activeVersion: active.version });
    // Only FIT weighs: the Star at the cooperative stage scores 75 (WATCH below 80); the bare account has no score.
    const strict = await previewHealthModel(
      db,
      { weights: { COVERAGE: 0, FRESHNESS: 0, PLAN: 0, CHURN: 0, ASSESSMENT: 0, COMPLAINTS: 0, FIT: 100 }, healthyFrom: 80, watchFrom: 50, freshnessDays: 90 },
      NOW,
    );
    expect(strict.draft).toEqual({ HEALTHY: 0, WATCH: 1, AT_RISK: 0, NONE: 1 });
    expect(strict.changed).toBe(2);
    expect(await db.healthSnapshot.count({ where: { day: new Date("2026-06-15T00:00:00Z") } })).toBe(2);
  });
});

describe("activeHealthModel", () => {
  it("publishes the default as version 1 once, however many callers race for it", async () => {
    await db.accountHealth.deleteMany();
    await db.healthSnapshot.deleteMany();
    await db.healthModel.deleteMany();
    const models = await Promise.all(Array.from({ length: 8 }, () => activeHealthModel(db)));
    expect(new Set(models.map((m) => m.id)).size).toBe(1);
    expect(models[0]).toMatchObject({ version: 1, ...DEFAULT_HEALTH_MODEL });
    const rows = await db.healthModel.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "ACTIVE", active: true, version: 1 });
    expect((await activeHealthModel(db)).id).toBe(models[0].id);
  });
});
