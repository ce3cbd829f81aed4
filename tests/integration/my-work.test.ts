import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import { completeFollowUpAction, logActivityAction, snoozeFollowUpAction } from "@/lib/activities/actions";
import { loadTimeline } from "@/lib/activities/queries";
import { ZActivityInput } from "@/lib/activities/schemas";
import { addDays, startOfUtcDay, utcDayString } from "@/lib/dates";
import { completePlanTaskAction, snoozePlanTaskAction } from "@/lib/my-work/actions";
import { loadMyWork, WORK_LIST_LIMIT } from "@/lib/my-work/queries";
import { evaluateAlerts } from "@/lib/notifications/jobs";
import { createAccount } from "../factories/accounts";
import { createAccountFixture } from "../factories/account-contents";
import { createAssessment, createMatrixModel } from "../factories/assessments";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";
import { onlyRule } from "./alerts-support";

const db = testDb();
let f: Awaited<ReturnType<typeof createAccountFixture>>;
let objectiveId: string;
let theirObjectiveId: string;
/** The real clock: the actions check snooze days against today. */
const now = new Date();
const today = startOfUtcDay(now);
const inDays = (n: number) => addDays(today, n);
const dayText = (n: number) => utcDayString(inDays(n));

async function task(title: string, due: number | null, over: { ownerId?: string | null; status?: "OPEN" | "DONE"; objective?: string; snoozedUntil?: Date } = {}) {
  return db.planTask.create({
    data: {
      objectiveId: over.objective ?? objectiveId, title, ownerId: over.ownerId === undefined ? f.owner.id : over.ownerId,
      dueDate: due === null ? null : inDays(due), status: over.status ?? "OPEN", position: 0, snoozedUntil: over.snoozedUntil,
    },
  });
}

async function followUp(summary: string, due: number, over: { userId?: string; accountId?: string; done?: boolean } = {}) {
  return db.activity.create({
    data: {
      accountId: over.accountId ?? f.mine.id, userId: over.userId ?? f.owner.id, type: "CALL", occurredAt: addDays(now, -1), summary,
      followUpAt: inDays(due), followUpNote: `Next: ${summary}`, followUpDoneAt: over.done ? now : null,
    },
  });
}

const titles = (items: { title: string }[]) => items.map((item) => item.title);

beforeAll(async () => {
  await resetDatabase();
  f = await createAccountFixture(db);
  const plan = await db.accountPlan.create({
    data: { accountId: f.mine.id, title: "Plan", createdById: f.owner.id, objectives: { create: [{ title: "Widen contacts", position: 0 }] } },
    include: { objectives: true },
  });
  objectiveId = plan.objectives[0].id;
  const theirs = await db.accountPlan.create({
    data: { accountId: f.theirs.id, title: "Their plan", createdById: f.other.id, objectives: { create: [{ title: "Theirs", position: 0 }] } },
    include: { objectives: true },
  });
  theirObjectiveId = theirs.objectives[0].id;
  await onlyRule(db, "PLAN_TASK_OVERDUE");
});

beforeEach(() => actAs(f.owner));

describe("loadMyWork", () => {
  it("lists my overdue and coming tasks and follow-ups, my stale assessments, open alerts and accounts at risk", async () => {
    await task("Overdue task", -3);
    await task("Due today", 0);
    await task("Next week", 5);
    await task("Far away", 30);
    await task("No date", null);
    await task("Done already", -2, { status: "DONE" });
    await task("Someone else's", -2, { ownerId: f.teamMate.id });
    await task("Snoozed", -4, { snoozedUntil: inDays(2) });
    // A task of mine on an account I cannot change: listed, but read-only.
    await task("On their account", -1, { objective: theirObjectiveId });
    await followUp("Send samples", -1);
    await followUp("Check the offer", 3);
    await followUp("Done call", -5, { done: true });
    await followUp("Mate's call", -1, { userId: f.teamMate.id });

    const model = await createMatrixModel(db);
    const staleAccount = await createAccount(db, { ownerId: f.owner.id, name: "Stale Corp", isKeyAccount: true });
    const freshAccount = await createAccount(db, { ownerId: f.owner.id, name: "Fresh Corp" });
    const base = { modelId: model.id, assessorId: f.owner.id, attractiveness: 5, strength: 5, quadrant: "STAR" as const };
    await createAssessment(db, { ...base, accountId: staleAccount.id, assessedAt: addDays(now, -120) });
    await createAssessment(db, { ...base, accountId: freshAccount.id, assessedAt: addDays(now, -10) });
    await db.accountMetrics.create({ data: { accountId: f.mine.id, riskScore: 80, riskLevel: "HIGH", churnFlags: ["OVERDUE", "DECLINING"] } });
    await db.accountMetrics.create({ data: { accountId: freshAccount.id, riskScore: 30, riskLevel: "MEDIUM" } });
    await evaluateAlerts(db, { now });

    const work = await loadMyWork(db, f.owner, { now });
    expect(titles(work.overdue)).toEqual(["Overdue task", "Next: Send samples", "On their account"]);
    expect(work.overdue.map((item) => [item.kind, item.canEdit, item.daysOverdue])).toEqual([["task", true, 3], ["followUp", true, 1], ["task", false, 1]]);
    expect(work.overdue[0]).toMatchObject({ accountId: f.mine.id, accountName: f.mine.name, context: "Widen contacts", due: dayText(-3) });
    expect(titles(work.upcoming)).toEqual(["Due today", "Next: Check the offer", "Next week"]);
    expect(work.counts).toEqual({ overdue: 3, upcoming: 3 });
    expect(work.snoozed).toBe(1);
    expect(work.stale.map((row) => row.name)).toEqual(["Stale Corp"]);
    expect(work.stale[0].ageDays).toBe(120);
    expect(work.atRisk.map((row) => row.id)).toEqual([f.mine.id]);
    expect(work.atRisk[0].metrics).toEqual({ riskScore: 80, riskLevel: "HIGH", churnFlags: ["OVERDUE", "DECLINING"] });
    expect(work.alerts.rows.map((row) => (row.evidence as { title: string }).title).sort()).toEqual(["On their account", "Overdue task", "Someone else's"]);

    const mate = await loadMyWork(db, f.teamMate, { now });
    // On the account's team, not its owner: the account is theirs to watch too.
    expect(mate.atRisk.map((row) => row.id)).toEqual([f.mine.id]);
    expect((await loadMyWork(db, f.other, { now })).atRisk).toEqual([]);
    expect(titles(mate.overdue)).toEqual(["Someone else's", "Next: Mate's call"]);
  });

  it("lists the earliest items of each section up to the limit and counts them all, the coming ones too", async () => {
    const busy = await db.user.create({ data: { email: "busy@example.com", name: "Busy Director", role: "DIRECTOR" } });
    const objective = (await db.accountPlan.create({
      data: { accountId: f.mine.id, title: "Busy plan", createdById: busy.id, objectives: { create: [{ title: "Lots", position: 0 }] } },
      include: { objectives: true },
    })).objectives[0].id;
    const extra = 7;
    for (let i = 0; i < WORK_LIST_LIMIT + extra; i++) await task(`Late ${String(i).padStart(3, "0")}`, -1 - (i % 40), { ownerId: busy.id, objective });
    for (let i = 0; i < 4; i++) await followUp(`Late call ${i}`, -50 - i, { userId: busy.id });
    await task("Coming", 2, { ownerId: busy.id, objective });
    await task("Snoozed late", -3, { ownerId: busy.id, objective, snoozedUntil: inDays(1) });
    const work = await loadMyWork(db, busy, { now });
    expect(work.counts).toEqual({ overdue: WORK_LIST_LIMIT + extra + 4, upcoming: 1 });
    expect(work.snoozed).toBe(1);
    expect(work.overdue).toHaveLength(WORK_LIST_LIMIT);
    // The most overdue first: the four follow-ups 50–53 days late, then tasks from 40 days late on.
    expect(titles(work.overdue.slice(0, 4))).toEqual(["Next: Late call 3", "Next: Late call 2", "Next: Late call 1", "Next: Late call 0"]);
    expect(work.overdue.map((item) => item.daysOverdue)).toEqual([...work.overdue.map((item) => item.daysOverdue)].sort((a, b) => b - a));
    expect(titles(work.upcoming)).toEqual(["Coming"]);
  });
});

describe("completing and snoozing plan tasks", () => {
  it("completes my task in place, clears its alert at once, audited", async () => {
    const late = await task("Complete me", -2);
    await evaluateAlerts(db, { now });
    const alert = await db.alert.findFirstOrThrow({ where: { subjectId: late.id, clearedAt: null } });
    expect(await completePlanTaskAction({ accountId: f.mine.id, taskId: late.id })).toEqual({ ok: true, data: undefined });
    expect(await db.planTask.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ status: "DONE" });
    expect(await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({ openKey: null, clearedAt: expect.any(Date) });
    expect(await db.auditLog.findFirst({ where: { entityType: "PlanTask", entityId: late.id } })).toMatchObject({ action: "status", userId: f.owner.id });
    expect(titles((await loadMyWork(db, f.owner, { now })).overdue)).not.toContain("Complete me");
    expect(await completePlanTaskAction({ accountId: f.mine.id, taskId: late.id })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses accounts the user cannot change, and tasks of another account", async () => {
    const late = await task("Not yours", -2);
    actAs(f.other);
    expect(await completePlanTaskAction({ accountId: f.mine.id, taskId: late.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snoozePlanTaskAction({ accountId: f.mine.id, taskId: late.id, until: dayText(3) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Naming an account he may change does not reach a task of another account.
    expect(await completePlanTaskAction({ accountId: f.theirs.id, taskId: late.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.planTask.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ status: "OPEN", snoozedUntil: null });
    // A director may change every account.
    actAs(f.director);
    expect(await completePlanTaskAction({ accountId: f.mine.id, taskId: late.id })).toMatchObject({ ok: true });
  });

  it("snoozes a task to a later day: it leaves my work and its alert clears until then", async () => {
    const late = await task("Snooze me", -1);
    await evaluateAlerts(db, { now });
    expect(await snoozePlanTaskAction({ accountId: f.mine.id, taskId: late.id, until: dayText(0) })).toMatchObject({ ok: false, code: "INVALID", error: "Pick a day after today." });
    expect(await snoozePlanTaskAction({ accountId: f.mine.id, taskId: late.id, until: "2026-02-30" })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { until: "Enter a valid date." } });
    const before = await loadMyWork(db, f.owner, { now });
    expect(await snoozePlanTaskAction({ accountId: f.mine.id, taskId: late.id, until: dayText(2) })).toEqual({ ok: true, data: { until: dayText(2) } });
    expect(await db.planTask.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ snoozedUntil: inDays(2), status: "OPEN" });
    expect(await db.alert.count({ where: { subjectId: late.id, clearedAt: null } })).toBe(0);
    const after = await loadMyWork(db, f.owner, { now });
    expect(titles(after.overdue)).not.toContain("Snooze me");
    expect(after.snoozed).toBe(before.snoozed + 1);
    // The day it comes back it is listed again and raises its alert again.
    expect(titles((await loadMyWork(db, f.owner, { now: inDays(2) })).overdue)).toContain("Snooze me");
    await evaluateAlerts(db, { now: addDays(now, 2) });
    expect(await db.alert.count({ where: { subjectId: late.id, clearedAt: null } })).toBe(1);
  });
});

describe("activity follow-ups", () => {
  it("logs an activity with a follow-up day and note, shown on the timeline", async () => {
    const result = await logActivityAction({ accountId: f.mine.id, type: "MEETING", summary: "Quarterly review", followUpAt: dayText(4), followUpNote: " Send the minutes " });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(await db.activity.findUniqueOrThrow({ where: { id: result.data.id } })).toMatchObject({ followUpAt: inDays(4), followUpNote: "Send the minutes", followUpDoneAt: null });
    const timeline = await loadTimeline(db, f.mine.id);
    expect(timeline.entries.find((entry) => entry.id === result.data.id)).toMatchObject({ followUp: { at: dayText(4), note: "Send the minutes", doneAt: null } });
    expect(titles((await loadMyWork(db, f.owner, { now })).upcoming)).toContain("Send the minutes");
    // The quick form sends its own parsed input (the day already a Date): the server reads the same day.
    const parsed = ZActivityInput.parse({ accountId: f.mine.id, type: "CALL", summary: "Form call", followUpAt: dayText(2), followUpNote: "Call back" });
    const again = await logActivityAction(parsed);
    expect(again).toMatchObject({ ok: true });
    if (again.ok) expect(await db.activity.findUniqueOrThrow({ where: { id: again.data.id } })).toMatchObject({ followUpAt: inDays(2), followUpNote: "Call back" });
  });

  it("refuses a note without a day, and a day that does not exist", async () => {
    expect(await logActivityAction({ accountId: f.mine.id, type: "CALL", summary: "x", followUpNote: "Call back" })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { followUpAt: "Give the follow-up a date." },
    });
    expect(await logActivityAction({ accountId: f.mine.id, type: "CALL", summary: "x", followUpAt: "2026-13-01" })).toMatchObject({ ok: false, fieldErrors: { followUpAt: "Enter a valid date." } });
    // Without follow-up fields an activity logs as before.
    expect(await logActivityAction({ accountId: f.mine.id, type: "CALL", summary: "Plain call" })).toMatchObject({ ok: true });
  });

  it("completes and snoozes follow-ups on editable accounts only", async () => {
    const open = await followUp("Ask for feedback", -2);
    actAs(f.other);
    expect(await completeFollowUpAction({ accountId: f.mine.id, activityId: open.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snoozeFollowUpAction({ accountId: f.mine.id, activityId: open.id, until: dayText(1) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(f.owner);
    expect(await snoozeFollowUpAction({ accountId: f.mine.id, activityId: open.id, until: dayText(1) })).toEqual({ ok: true, data: { until: dayText(1) } });
    expect(titles((await loadMyWork(db, f.owner, { now })).overdue)).not.toContain("Next: Ask for feedback");
    expect(await completeFollowUpAction({ accountId: f.mine.id, activityId: open.id })).toEqual({ ok: true, data: undefined });
    expect(await db.activity.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ followUpDoneAt: expect.any(Date), snoozedUntil: null });
    expect(await completeFollowUpAction({ accountId: f.mine.id, activityId: open.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.auditLog.count({ where: { entityType: "Activity", entityId: open.id } })).toBe(2);
    // An activity without a follow-up has nothing to complete.
    const plain = await db.activity.create({ data: { accountId: f.mine.id, userId: f.owner.id, type: "CALL", occurredAt: now, summary: "No follow-up" } });
    expect(await completeFollowUpAction({ accountId: f.mine.id, activityId: plain.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
