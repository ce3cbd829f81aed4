import { beforeAll, describe, expect, it } from "vitest";
import { evaluateAlerts } from "@/lib/notifications/jobs";
import { alertCandidates } from "@/lib/notifications/evaluate";
import { loadAlertRules, ruleSetOf } from "@/lib/notifications/rules";
import { DEFAULT_ALERT_RULES } from "@/lib/alerts";
import { createAccount, createOrders } from "../factories/accounts";
import { createMatrixModel, createAssessment } from "../factories/assessments";
import { createContact } from "../factories/account-contents";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";
import { alertHistory, at, day, notifiedUsers, onlyRule, openAlerts } from "./alerts-support";

const db = testDb();
let owner: Awaited<ReturnType<typeof createUser>>;
let mate: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  await resetDatabase();
  owner = await createUser(db, { name: "Owner" });
  mate = await createUser(db, { name: "Mate" });
});

const evaluate = (n: number, hour = 6) => evaluateAlerts(db, { now: at(n, hour) });

/** Every 10 days from `from` days before day 0 down to `to` days before it. */
const orderRun = (from: number, to: number, amount = 1000) => {
  const orders = [];
  for (let d = from; d >= to; d -= 10) orders.push({ date: day(-d), amount });
  return orders;
};

describe("PLAN_TASK_OVERDUE", () => {
  it("fires once per task, not again while it holds, clears when done or snoozed, fires again after", async () => {
    await onlyRule(db, "PLAN_TASK_OVERDUE");
    const account = await createAccount(db, { ownerId: owner.id });
    const plan = await db.accountPlan.create({
      data: { accountId: account.id, title: "Plan", createdById: owner.id, objectives: { create: [{ title: "Grow", position: 0 }] } },
      include: { objectives: true },
    });
    const task = await db.planTask.create({ data: { objectiveId: plan.objectives[0].id, title: "Call the CFO", ownerId: mate.id, dueDate: day(1), position: 0 } });

    expect(await evaluate(1)).toMatchObject({ raised: 0 });
    const first = await evaluate(2);
    expect(first).toMatchObject({ raised: 1, cleared: 0, open: 1 });
    const [alert] = await openAlerts(db, "PLAN_TASK_OVERDUE");
    expect(alert).toMatchObject({
      accountId: account.id,
      subjectId: task.id,
      openKey: `PLAN_TASK_OVERDUE:${account.id}:${task.id}`,
      evidence: { title: "Call the CFO", dueDate: "2031-03-11", daysOverdue: 1, ownerId: mate.id, status: "OPEN" },
      raisedAt: at(2, 6),
    });
    // The task's owner is told besides the account's owner.
    expect(await notifiedUsers(db, alert.id)).toEqual([owner.id, mate.id].sort());

    expect(await evaluate(3)).toMatchObject({ raised: 0, cleared: 0, open: 1 });
    expect(await evaluate(9)).toMatchObject({ raised: 0, cleared: 0, open: 1 });
    expect(await db.notification.count({ where: { alertId: alert.id } })).toBe(2);

    await db.planTask.update({ where: { id: task.id }, data: { status: "DONE" } });
    expect(await evaluate(10)).toMatchObject({ raised: 0, cleared: 1, open: 0 });
    expect(await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({ openKey: null, clearedAt: at(10, 6) });

    await db.planTask.update({ where: { id: task.id }, data: { status: "IN_PROGRESS" } });
    expect(await evaluate(11)).toMatchObject({ raised: 1 });

    // Snoozed until day 15: quiet (cleared) before it, back on that day.
    await db.planTask.update({ where: { id: task.id }, data: { snoozedUntil: day(15) } });
    expect(await evaluate(12)).toMatchObject({ raised: 0, cleared: 1 });
    expect(await evaluate(14)).toMatchObject({ raised: 0, cleared: 0, open: 0 });
    expect(await evaluate(15)).toMatchObject({ raised: 1 });

    const history = await alertHistory(db, "PLAN_TASK_OVERDUE", account.id);
    expect(history.map((a) => [a.clearedAt === null, a.subjectId])).toEqual([[false, task.id], [false, task.id], [true, task.id]]);
  });

  it("leaves archived accounts out and clears their open alerts", async () => {
    const account = await createAccount(db, { ownerId: owner.id });
    const plan = await db.accountPlan.create({
      data: { accountId: account.id, title: "Plan", createdById: owner.id, objectives: { create: [{ title: "x", position: 0, tasks: { create: [{ title: "Late", position: 0, dueDate: day(0) }] } }] } },
    });
    expect(plan).toBeTruthy();
    await evaluate(20);
    expect((await openAlerts(db, "PLAN_TASK_OVERDUE")).some((a) => a.accountId === account.id)).toBe(true);
    await db.account.update({ where: { id: account.id }, data: { archived: true } });
    await evaluate(21);
    expect((await openAlerts(db, "PLAN_TASK_OVERDUE")).some((a) => a.accountId === account.id)).toBe(false);
  });
});

describe("CHURN_RISK_HIGH", () => {
  it("fires when the risk reaches the threshold, clears when it falls, fires again when it climbs back", async () => {
    await onlyRule(db, "CHURN_RISK_HIGH", { threshold: 60 });
    const account = await createAccount(db, { ownerId: owner.id });
    // Steady orders that stopped 200 days ago, nobody called: OVERDUE 35 + DECLINING 30 + NO_CONTACT 15 = 80.
    await createOrders(db, account.id, orderRun(730, 200));
    expect(await evaluate(0)).toMatchObject({ raised: 1 });
    const [alert] = (await openAlerts(db, "CHURN_RISK_HIGH")).filter((a) => a.accountId === account.id);
    expect(alert.evidence).toMatchObject({ riskScore: 80, riskLevel: "HIGH", threshold: 60 });
    expect((alert.evidence as { flags: { code: string }[] }).flags.map((f) => f.code)).toEqual(["OVERDUE", "DECLINING", "NO_CONTACT"]);
    expect(await evaluate(1)).toMatchObject({ raised: 0, cleared: 0 });

    // An order and a visit today: only DECLINING (30) is left.
    await createOrders(db, account.id, [{ date: day(2), amount: 500 }]);
    await db.activity.create({ data: { accountId: account.id, userId: owner.id, type: "VISIT", occurredAt: at(2), summary: "Visit" } });
    expect(await evaluate(2, 18)).toMatchObject({ raised: 0, cleared: 1 });

    // 120 quiet days later the order rhythm is broken again and nobody called: 80 again.
    expect(await evaluate(122)).toMatchObject({ raised: 1 });
    expect(await alertHistory(db, "CHURN_RISK_HIGH", account.id)).toHaveLength(2);
  });
});

describe("CHURN_RISK_RISE", () => {
  it("compares the score with the score a window earlier, from the same history", async () => {
    await onlyRule(db, "CHURN_RISK_RISE", { points: 25, windowDays: 30 });
    const account = await createAccount(db, { ownerId: owner.id });
    // Orders every 10 days until 50 days before day 200; last call 95 days before it.
    await createOrders(db, account.id, orderRun(-200 + 730, -200 + 50));
    await db.activity.create({ data: { accountId: account.id, userId: owner.id, type: "CALL", occurredAt: at(200 - 95), summary: "Call" } });
    const mine = async () => (await alertHistory(db, "CHURN_RISK_RISE", account.id)).map((a) => a.clearedAt === null);
    await evaluate(170);
    expect(await mine()).toEqual([]);
    await evaluate(200);
    expect(await mine()).toEqual([true]);
    const [alert] = await alertHistory(db, "CHURN_RISK_RISE", account.id);
    expect(alert.evidence).toMatchObject({ riskScore: 50, previousScore: 0, rise: 50, windowDays: 30, since: "2031-08-27", newFlags: ["OVERDUE", "NO_CONTACT"] });
    expect(await evaluate(201)).toMatchObject({ raised: 0, cleared: 0 });
    expect(await mine()).toEqual([true]);
    // Once the rise lies further back than the window, the score is as high as a window earlier: cleared.
    await evaluate(260);
    expect(await mine()).toEqual([false]);
  });
});

describe("history rules in batches", () => {
  it("finds the same conditions a batch of accounts at a time as in one pass over the portfolio", async () => {
    // Every rule on with its defaults (churn and revenue read histories, the others do not).
    for (const [kind, setting] of Object.entries(DEFAULT_ALERT_RULES)) {
      const data = { enabled: true, params: setting.params };
      await db.alertRule.upsert({ where: { kind: kind as keyof typeof DEFAULT_ALERT_RULES }, create: { kind: kind as keyof typeof DEFAULT_ALERT_RULES, ...data }, update: data });
    }
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const account = await createAccount(db, { ownerId: owner.id, isKeyAccount: i % 2 === 0 });
      ids.push(account.id);
      // Some stopped ordering (churn), some dropped against last year (revenue), some are fine.
      if (i % 3 === 0) await createOrders(db, account.id, orderRun(730, 200 + i));
      if (i % 3 === 1) await createOrders(db, account.id, [{ date: day(-375 - i), amount: 1000 }, { date: day(-10 - i), amount: 200 }]);
      if (i % 3 === 2) await createOrders(db, account.id, orderRun(400, 5));
    }
    const now = at(0);
    const [onePass, batched] = await db.$transaction(async (tx) => {
      const rules = ruleSetOf(await loadAlertRules(tx));
      return [await alertCandidates(tx, rules, now, 100_000), await alertCandidates(tx, rules, now, 2)];
    });
    const kinds = new Set(onePass.candidates.map((found) => found.kind));
    expect(kinds.has("CHURN_RISK_HIGH") && kinds.has("REVENUE_DROP")).toBe(true);
    expect(batched.candidates).toEqual(onePass.candidates);
    expect(batched.accounts).toEqual(onePass.accounts);
    // Nothing was raised; archived, these accounts stay out of the other rules' tests.
    await db.account.updateMany({ where: { id: { in: ids } }, data: { archived: true } });
  });
});

describe("STAGE_REGRESSION", () => {
  it("fires on a move down or to uncoupling, clears when the account moves up again", async () => {
    await onlyRule(db, "STAGE_REGRESSION", { lookbackDays: 30 });
    const account = await createAccount(db, { ownerId: owner.id, stage: "COOPERATIVE", isKeyAccount: true });
    const down = await db.stageTransition.create({ data: { accountId: account.id, fromStage: "INTERDEPENDENT", toStage: "COOPERATIVE", userId: owner.id, createdAt: at(-2) } });
    expect(await evaluate(0)).toMatchObject({ raised: 1 });
    expect((await openAlerts(db, "STAGE_REGRESSION"))[0]).toMatchObject({ subjectId: down.id, evidence: { fromStage: "INTERDEPENDENT", toStage: "COOPERATIVE", uncoupling: false, daysAgo: 2 } });
    expect(await evaluate(1)).toMatchObject({ raised: 0, cleared: 0 });

    await db.stageTransition.create({ data: { accountId: account.id, fromStage: "COOPERATIVE", toStage: "INTERDEPENDENT", userId: owner.id, createdAt: at(2) } });
    await db.account.update({ where: { id: account.id }, data: { stage: "INTERDEPENDENT" } });
    expect(await evaluate(2, 18)).toMatchObject({ raised: 0, cleared: 1 });

    const out = await db.stageTransition.create({
      data: { accountId: account.id, fromStage: "INTERDEPENDENT", toStage: "DISINTEGRATING", reasons: ["QUALITY_PROBLEMS"], userId: owner.id, createdAt: at(3) },
    });
    await db.account.update({ where: { id: account.id }, data: { stage: "DISINTEGRATING" } });
    expect(await evaluate(3, 18)).toMatchObject({ raised: 1 });
    expect((await openAlerts(db, "STAGE_REGRESSION"))[0]).toMatchObject({ subjectId: out.id, evidence: { uncoupling: true, reasons: ["QUALITY_PROBLEMS"] } });
    // Out of the look-back window: cleared.
    expect(await evaluate(33)).toMatchObject({ cleared: 1 });
  });
});

describe("SINGLE_THREADED", () => {
  it("fires for a key account at Cooperative resting on one line, clears at diamond coverage, fires again when it thins", async () => {
    await onlyRule(db, "SINGLE_THREADED");
    const account = await createAccount(db, { ownerId: owner.id, stage: "COOPERATIVE", isKeyAccount: true });
    const buyer = await createContact(db, account.id, { level: "MANAGER", function: "PURCHASING" });
    await db.contactCoverage.create({ data: { contactId: buyer.id, userId: owner.id } });
    // Not a key account, or below Cooperative: nothing.
    const plain = await createAccount(db, { ownerId: owner.id, stage: "COOPERATIVE", isKeyAccount: false });
    await createContact(db, plain.id);
    expect(await evaluate(0)).toMatchObject({ raised: 1 });
    expect((await openAlerts(db, "SINGLE_THREADED"))[0]).toMatchObject({
      accountId: account.id,
      subjectId: null,
      evidence: { stage: "COOPERATIVE", pattern: "SINGLE_THREADED", requiredPattern: "DIAMOND", coveredContacts: 1, totalContacts: 1, ourPeople: 1 },
    });
    expect(await evaluate(1)).toMatchObject({ raised: 0 });

    const cfo = await createContact(db, account.id, { level: "DIRECTOR", function: "FINANCE" });
    const line = await db.contactCoverage.create({ data: { contactId: cfo.id, userId: mate.id } });
    expect(await evaluate(2)).toMatchObject({ cleared: 1 });
    await db.contactCoverage.delete({ where: { id: line.id } });
    expect(await evaluate(3)).toMatchObject({ raised: 1 });
  });
});

describe("STALE_ASSESSMENT", () => {
  it("fires when the latest assessment is too old, clears with a new one, fires again when that one ages", async () => {
    await onlyRule(db, "STALE_ASSESSMENT", { maxAgeDays: 90 });
    const model = await createMatrixModel(db);
    const account = await createAccount(db, { ownerId: owner.id, isKeyAccount: true });
    const base = { accountId: account.id, modelId: model.id, assessorId: owner.id, attractiveness: 5, strength: 5, quadrant: "STAR" as const };
    const old = await createAssessment(db, { ...base, assessedAt: at(-91) });
    expect(await evaluate(0)).toMatchObject({ raised: 1 });
    expect((await openAlerts(db, "STALE_ASSESSMENT"))[0]).toMatchObject({ subjectId: old.id, evidence: { ageDays: 91, maxAgeDays: 90 } });
    expect(await evaluate(1)).toMatchObject({ raised: 0 });
    const fresh = await createAssessment(db, { ...base, assessedAt: at(2) });
    expect(await evaluate(2, 18)).toMatchObject({ cleared: 1 });
    expect(await evaluate(92)).toMatchObject({ raised: 0 });
    expect(await evaluate(93)).toMatchObject({ raised: 1 });
    expect((await openAlerts(db, "STALE_ASSESSMENT"))[0]).toMatchObject({ subjectId: fresh.id });
  });
});

describe("KEY_CONTACT_UNTOUCHED", () => {
  it("fires per key contact without activity, clears when someone talks to them, fires again after the period", async () => {
    await onlyRule(db, "KEY_CONTACT_UNTOUCHED", { maxDays: 90 });
    const account = await createAccount(db, { ownerId: owner.id, isKeyAccount: true });
    const chair = await createContact(db, account.id, { name: "Chair Li", level: "BOARD", function: "MANAGEMENT", createdAt: at(-200) });
    await createContact(db, account.id, { name: "Clerk", level: "STAFF", createdAt: at(-200) });
    expect(await evaluate(0)).toMatchObject({ raised: 1 });
    expect((await openAlerts(db, "KEY_CONTACT_UNTOUCHED"))[0]).toMatchObject({
      subjectId: chair.id,
      evidence: { contactName: "Chair Li", level: "BOARD", lastTouchedAt: null, daysSince: 200, maxDays: 90 },
    });
    expect(await evaluate(1)).toMatchObject({ raised: 0 });
    await db.activity.create({ data: { accountId: account.id, contactId: chair.id, userId: owner.id, type: "MEETING", occurredAt: at(2), summary: "Lunch" } });
    expect(await evaluate(2, 18)).toMatchObject({ cleared: 1 });
    expect(await evaluate(91)).toMatchObject({ raised: 0 });
    expect(await evaluate(92)).toMatchObject({ raised: 1 });
  });
});

describe("REVENUE_DROP", () => {
  it("compares the last 90 days with the same days a year earlier", async () => {
    await onlyRule(db, "REVENUE_DROP", { thresholdPercent: 70 });
    const account = await createAccount(db, { ownerId: owner.id, isKeyAccount: true });
    await createOrders(db, account.id, [{ date: day(-375), amount: 1000 }, { date: day(-10), amount: 500 }]);
    expect(await evaluate(0)).toMatchObject({ raised: 1 });
    expect((await openAlerts(db, "REVENUE_DROP"))[0]).toMatchObject({
      accountId: account.id,
      evidence: { recentRevenue: 500, previousRevenue: 1000, ratio: 0.5, thresholdPercent: 70, windowDays: 90 },
    });
    expect(await evaluate(0, 20)).toMatchObject({ raised: 0 });
    await createOrders(db, account.id, [{ date: day(1), amount: 300, externalRef: "LATE" }]);
    expect(await evaluate(1)).toMatchObject({ cleared: 1 });
    await db.order.deleteMany({ where: { accountId: account.id, externalRef: "LATE" } });
    expect(await evaluate(2)).toMatchObject({ raised: 1 });
  });
});

describe("switching rules", () => {
  it("clears the open alerts of a rule that is switched off, and raises them again when it is back on", async () => {
    await onlyRule(db, "REVENUE_DROP");
    await evaluate(3);
    const open = (await openAlerts(db, "REVENUE_DROP")).length;
    expect(open).toBeGreaterThan(0);
    await onlyRule(db);
    expect(await evaluate(4)).toMatchObject({ cleared: open, open: 0 });
    await onlyRule(db, "REVENUE_DROP");
    expect(await evaluate(5)).toMatchObject({ raised: open });
  });

  it("applies the defaults to rules never saved, and audits every run", async () => {
    await db.alertRule.deleteMany();
    const summary = await evaluate(6);
    expect(summary.open).toBeGreaterThan(0);
    const audit = await db.auditLog.findFirst({ where: { entityType: "AlertEvaluation", entityId: at(6, 6).toISOString() } });
    expect(audit).toMatchObject({ action: "evaluate", userId: null, after: expect.objectContaining({ raised: summary.raised, cleared: summary.cleared }) });
  });

  it("two evaluations at once raise each alert once", async () => {
    await onlyRule(db, "PLAN_TASK_OVERDUE");
    await evaluate(40);
    await db.alert.updateMany({ where: { clearedAt: null }, data: { clearedAt: at(40), openKey: null } });
    const before = await db.alert.count();
    const [a, b] = await Promise.all([evaluate(41), evaluate(41)]);
    expect(a.raised + b.raised).toBe(await db.alert.count() - before);
    expect(Math.min(a.raised, b.raised)).toBe(0);
  });
});

describe("departed and participating contacts", () => {
  it("counts an activity's participants as a touch and leaves contacts who left out of the key-contact rule", async () => {
    await onlyRule(db, "KEY_CONTACT_UNTOUCHED", { maxDays: 90 });
    const account = await createAccount(db, { ownerId: owner.id, isKeyAccount: true });
    const chair = await createContact(db, account.id, { name: "Chair Wu", level: "BOARD", createdAt: at(-200) });
    const gone = await createContact(db, account.id, { name: "Gone Board", level: "BOARD", createdAt: at(-200), leftAt: day(-150) });
    const activity = await db.activity.create({
      data: { accountId: account.id, userId: owner.id, type: "MEETING", occurredAt: at(-5), summary: "Steering committee" },
    });
    await db.activityParticipant.create({ data: { activityId: activity.id, contactId: chair.id } });
    await evaluate(0);
    const open = (await openAlerts(db, "KEY_CONTACT_UNTOUCHED")).filter((a) => a.accountId === account.id);
    expect(open).toEqual([]);
    expect(gone.leftAt).not.toBeNull();
  });
});

describe("SPONSOR_LOST", () => {
  it("fires when a decision maker or supporter leaves, not for others, and clears after the look-back", async () => {
    await onlyRule(db, "SPONSOR_LOST", { lookbackDays: 30 });
    const account = await createAccount(db, { ownerId: owner.id });
    const champion = await createContact(db, account.id, { name: "Champion", attitude: "SUPPORTER" });
    const clerk = await createContact(db, account.id, { name: "Clerk", attitude: "NEUTRAL", buyingRole: "USER" });
    await db.contact.updateMany({ where: { id: { in: [champion.id, clerk.id] } }, data: { leftAt: day(-3), newEmployer: "Rival" } });
    expect(await evaluate(0)).toMatchObject({ raised: 1 });
    const [alert] = await openAlerts(db, "SPONSOR_LOST");
    expect(alert).toMatchObject({ accountId: account.id, subjectId: champion.id, evidence: { contactName: "Champion", newEmployer: "Rival", daysAgo: 3 } });
    expect(await notifiedUsers(db, alert.id)).toEqual([owner.id]);
    expect(await evaluate(28)).toMatchObject({ raised: 0, cleared: 1 });
  });
});

describe("HEALTH_DROP", () => {
  it("compares the current health with the oldest reading in the window", async () => {
    await onlyRule(db, "HEALTH_DROP", { points: 15, windowDays: 30, keyAccountsOnly: false });
    const account = await createAccount(db, { ownerId: owner.id });
    const model = await db.healthModel.create({
      data: { version: 9001, name: "Alert test", weights: {}, healthyFrom: 70, watchFrom: 40 },
    });
    await db.healthSnapshot.createMany({
      data: [
        { accountId: account.id, day: day(-40), modelId: model.id, score: 20, components: [] },
        { accountId: account.id, day: day(-25), modelId: model.id, score: 80, components: [] },
        { accountId: account.id, day: day(-10), modelId: model.id, score: 70, components: [] },
      ],
    });
    await db.accountHealth.create({ data: { accountId: account.id, modelId: model.id, score: 60, band: "WATCH", components: [] } });
    expect(await evaluate(0)).toMatchObject({ raised: 1 });
    expect((await openAlerts(db, "HEALTH_DROP"))[0]).toMatchObject({
      accountId: account.id,
      evidence: { score: 60, previousScore: 80, drop: 20, since: day(-25).toISOString().slice(0, 10) },
    });
    await db.accountHealth.update({ where: { accountId: account.id }, data: { score: 75 } });
    expect(await evaluate(0, 12)).toMatchObject({ cleared: 1 });
  });
});
