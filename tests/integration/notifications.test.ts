import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import {
  evaluateAlertsNowAction,
  markAllNotificationsReadAction,
  markNotificationReadAction,
  updateAlertRuleAction,
  updateNotificationPreferencesAction,
} from "@/lib/notifications/actions";
import { cleanupNotifications, evaluateAlerts, sendDigests } from "@/lib/notifications/jobs";
import { loadNotifications, loadUnreadCount } from "@/lib/notifications/queries";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";
import { at, day, notifiedUsers, onlyRule } from "./alerts-support";
import { startSmtpServer } from "./notifications-smtp";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let owner: User, mate: User, stranger: User, dirAll: User, dirTeams: User, dirOther: User, dirGone: User, admin: User;
let keyAccount: Awaited<ReturnType<typeof createAccount>>;
let plainAccount: Awaited<ReturnType<typeof createAccount>>;
let objectiveOf: Record<string, string>;
let taskSeq = 0;

/** An open task on the account, due on `due`, so PLAN_TASK_OVERDUE fires for it the day after. */
async function lateTask(accountId: string, due: number, title = `Task ${++taskSeq}`) {
  return db.planTask.create({ data: { objectiveId: objectiveOf[accountId], title, dueDate: day(due), position: taskSeq } });
}

/** The alert of a task raised by the last evaluation. */
const alertOf = async (taskId: string) => db.alert.findFirstOrThrow({ where: { subjectId: taskId }, orderBy: { raisedAt: "desc" } });

beforeAll(async () => {
  await resetDatabase();
  [owner, mate, stranger, dirAll, dirTeams, dirOther, admin] = await Promise.all([
    createUser(db, { name: "Owner" }),
    createUser(db, { name: "Mate" }),
    createUser(db, { name: "Stranger" }),
    createUser(db, { role: "DIRECTOR", name: "Director of all" }),
    createUser(db, { role: "DIRECTOR", name: "Director of a team" }),
    createUser(db, { role: "DIRECTOR", name: "Director of another team" }),
    createUser(db, { role: "ADMIN", name: "Admin" }),
  ]);
  dirGone = await createUser(db, { role: "DIRECTOR", name: "Former director", active: false });
  await db.user.update({ where: { id: mate.id }, data: { locale: "zh" } });
  await db.user.updateMany({ where: { id: { in: [dirTeams.id, dirOther.id] } }, data: { directorScope: "TEAMS" } });
  await db.salesTeam.create({ data: { name: "East", leaderId: dirTeams.id, members: { create: [{ userId: owner.id }] } } });
  await db.salesTeam.create({ data: { name: "West", leaderId: dirOther.id, members: { create: [{ userId: stranger.id }, { userId: dirOther.id }] } } });
  keyAccount = await createAccount(db, { ownerId: owner.id, isKeyAccount: true, name: "Key Steel Ltd" });
  plainAccount = await createAccount(db, { ownerId: owner.id, name: "Plain Paper Co" });
  await db.accountTeamMember.create({ data: { accountId: keyAccount.id, userId: mate.id, teamRole: "FINANCE" } });
  objectiveOf = {};
  for (const account of [keyAccount, plainAccount]) {
    const plan = await db.accountPlan.create({
      data: { accountId: account.id, title: "Plan", createdById: owner.id, objectives: { create: [{ title: "Grow", position: 0 }] } },
      include: { objectives: true },
    });
    objectiveOf[account.id] = plan.objectives[0].id;
  }
  await onlyRule(db, "PLAN_TASK_OVERDUE");
});

beforeEach(() => actAs(owner));

describe("who is notified", () => {
  it("tells the owner and team, and for key accounts the directors who manage it; nobody inactive or unrelated", async () => {
    const onKey = await lateTask(keyAccount.id, 0);
    const onPlain = await lateTask(plainAccount.id, 0);
    await evaluateAlerts(db, { now: at(1) });
    expect(await notifiedUsers(db, (await alertOf(onKey.id)).id)).toEqual([owner.id, mate.id, dirAll.id, dirTeams.id].sort());
    expect(await notifiedUsers(db, (await alertOf(onPlain.id)).id)).toEqual([owner.id]);
    expect(await db.notification.count({ where: { userId: { in: [stranger.id, dirOther.id, dirGone.id, admin.id] } } })).toBe(0);
    expect(await db.notification.findFirst({ where: { userId: owner.id } })).toMatchObject({ createdAt: at(1), readAt: null, emailedAt: null });
  });

  it("respects muted kinds and users who want neither the bell nor e-mail", async () => {
    await db.notificationPreference.create({ data: { userId: mate.id, mutedKinds: ["PLAN_TASK_OVERDUE"] } });
    await db.notificationPreference.create({ data: { userId: owner.id, inApp: false, digest: "NONE" } });
    await db.notificationPreference.create({ data: { userId: dirAll.id, mutedKinds: ["STALE_ASSESSMENT"] } });
    const task = await lateTask(keyAccount.id, 1);
    await evaluateAlerts(db, { now: at(2) });
    expect(await notifiedUsers(db, (await alertOf(task.id)).id)).toEqual([dirAll.id, dirTeams.id].sort());

    // No bell but a daily digest: the notification is kept for the e-mail.
    await db.notificationPreference.update({ where: { userId: owner.id }, data: { digest: "DAILY" } });
    const next = await lateTask(keyAccount.id, 2);
    await evaluateAlerts(db, { now: at(3) });
    expect(await notifiedUsers(db, (await alertOf(next.id)).id)).toEqual([owner.id, dirAll.id, dirTeams.id].sort());
    expect(await loadUnreadCount(db, owner.id)).toBeNull();
    await db.notificationPreference.deleteMany({ where: { userId: { in: [owner.id, mate.id, dirAll.id] } } });
  });
});

describe("reading notifications", () => {
  it("counts unread notifications of open alerts only", async () => {
    const before = await loadUnreadCount(db, owner.id);
    const task = await lateTask(plainAccount.id, 3);
    await evaluateAlerts(db, { now: at(4) });
    expect(await loadUnreadCount(db, owner.id)).toBe(before! + 1);
    await db.planTask.update({ where: { id: task.id }, data: { status: "CANCELLED" } });
    await evaluateAlerts(db, { now: at(4, 12) });
    expect(await loadUnreadCount(db, owner.id)).toBe(before);
    // The page's "all" view still lists it, marked resolved.
    const all = await loadNotifications(db, owner.id, { show: "all", page: 1 });
    expect(all.rows.find((row) => row.alert?.subjectId === task.id)?.alert?.clearedAt).toEqual(at(4, 12));
  });

  it("lets a user mark only his own notifications read", async () => {
    const mine = await db.notification.findFirstOrThrow({ where: { userId: owner.id, readAt: null } });
    actAs(stranger);
    expect(await markNotificationReadAction({ id: mine.id })).toMatchObject({ ok: false, code: "NOT_FOUND", error: "This notification does not exist or is not yours." });
    expect(await markAllNotificationsReadAction({})).toMatchObject({ ok: true, data: { count: 0 } });
    expect(await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ readAt: null });
    const theirs = await loadNotifications(db, stranger.id, { show: "all", page: 1 });
    expect(theirs.total).toBe(0);

    actAs(owner);
    expect(await markNotificationReadAction({ id: mine.id })).toEqual({ ok: true, data: undefined });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).not.toBeNull();
    expect(await markNotificationReadAction({ id: mine.id })).toMatchObject({ ok: true });

    const unreadOfOthers = await db.notification.count({ where: { userId: { not: owner.id }, readAt: null } });
    const result = await markAllNotificationsReadAction({});
    expect(result.ok && result.data.count).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { userId: owner.id, readAt: null } })).toBe(0);
    expect(await db.notification.count({ where: { userId: { not: owner.id }, readAt: null } })).toBe(unreadOfOthers);
    expect(await loadUnreadCount(db, owner.id)).toBe(0);
  });

  it("refuses reading without a session", async () => {
    actAs(null);
    expect(await markAllNotificationsReadAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("preferences", () => {
  it("saves the user's own settings, listing the kinds to hear about, with an audit row", async () => {
    actAs(mate);
    const kinds = ["CHURN_RISK_HIGH", "PLAN_TASK_OVERDUE"] as const;
    expect(await updateNotificationPreferencesAction({ inApp: "on", digest: "WEEKLY", kinds: [...kinds] })).toEqual({ ok: true, data: undefined });
    const row = await db.notificationPreference.findUniqueOrThrow({ where: { userId: mate.id } });
    expect(row).toMatchObject({ inApp: true, digest: "WEEKLY" });
    expect(row.mutedKinds.sort()).toEqual(["CHURN_RISK_RISE", "HEALTH_DROP", "KEY_CONTACT_UNTOUCHED", "REVENUE_DROP", "SINGLE_THREADED", "SPONSOR_LOST", "STAGE_REGRESSION", "STALE_ASSESSMENT"]);
    expect(await db.auditLog.findFirst({ where: { entityType: "NotificationPreference", entityId: mate.id } })).toMatchObject({ action: "create", userId: mate.id });

    expect(await updateNotificationPreferencesAction({ inApp: false, digest: "HOURLY" as never, kinds: [] })).toMatchObject({ ok: false, code: "INVALID" });
    expect((await db.notificationPreference.findUniqueOrThrow({ where: { userId: mate.id } })).digest).toBe("WEEKLY");
  });
});

describe("alert rules (admin)", () => {
  it("refuses managers and directors", async () => {
    for (const user of [owner, dirAll]) {
      actAs(user);
      expect(await updateAlertRuleAction({ kind: "CHURN_RISK_HIGH", enabled: true, params: { threshold: 50, keyAccountsOnly: false } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await evaluateAlertsNowAction({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect((await db.alertRule.findUniqueOrThrow({ where: { kind: "CHURN_RISK_HIGH" } })).enabled).toBe(false);
  });

  it("validates each rule's settings field by field", async () => {
    actAs(admin);
    const result = await updateAlertRuleAction({ kind: "CHURN_RISK_HIGH", enabled: true, params: { threshold: 0, keyAccountsOnly: false } });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { "params.threshold": "Must be at least 1." } });
    const noKey = await updateAlertRuleAction({ kind: "KEY_CONTACT_UNTOUCHED", enabled: true, params: { maxDays: 90, levels: [], buyingRoles: [], keyAccountsOnly: true } });
    expect(noKey).toMatchObject({ ok: false, fieldErrors: { "params.levels": "Pick at least one level or buying role." } });
    const text = await updateAlertRuleAction({ kind: "REVENUE_DROP", enabled: true, params: { windowDays: "ninety", thresholdPercent: 70, minPreviousRevenue: 0, keyAccountsOnly: true } as never });
    expect(text).toMatchObject({ ok: false, fieldErrors: { "params.windowDays": "Enter a number." } });
  });

  it("lets an admin switch a rule and tune it (form values accepted), audited", async () => {
    actAs(admin);
    const saved = await updateAlertRuleAction({ kind: "STALE_ASSESSMENT", enabled: "on" as never, params: { maxAgeDays: "120", keyAccountsOnly: "on" } as never });
    expect(saved).toEqual({ ok: true, data: undefined });
    expect(await db.alertRule.findUniqueOrThrow({ where: { kind: "STALE_ASSESSMENT" } })).toMatchObject({
      enabled: true, params: { maxAgeDays: 120, keyAccountsOnly: true }, updatedById: admin.id,
    });
    const audit = await db.auditLog.findFirst({ where: { entityType: "AlertRule", entityId: "STALE_ASSESSMENT" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ action: "update", userId: admin.id, before: expect.objectContaining({ enabled: false }), after: expect.objectContaining({ enabled: true }) });
    await onlyRule(db, "PLAN_TASK_OVERDUE");
  });

  it("lets an admin evaluate now", async () => {
    actAs(admin);
    await lateTask(plainAccount.id, 0);
    const result = await evaluateAlertsNowAction({});
    expect(result).toMatchObject({ ok: true, data: { raised: expect.any(Number), open: expect.any(Number) } });
    expect(await db.auditLog.findFirst({ where: { entityType: "AlertEvaluation", userId: admin.id } })).toBeTruthy();
  });
});

describe("e-mail digests", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const saved = { SMTP_URL: process.env.SMTP_URL, SMTP_HOST: process.env.SMTP_HOST, MAIL_FROM: process.env.MAIL_FROM, APP_URL: process.env.APP_URL };

  beforeAll(async () => {
    // A clean slate: no notifications yet, the owner wants a daily digest, his team mate (Chinese) a weekly one.
    await db.notification.deleteMany();
    await db.alert.deleteMany();
    await db.planTask.deleteMany();
    await db.notificationPreference.deleteMany();
    await db.notificationPreference.create({ data: { userId: owner.id, digest: "DAILY" } });
    await db.notificationPreference.create({ data: { userId: mate.id, digest: "WEEKLY" } });
    await db.notificationPreference.create({ data: { userId: dirAll.id, digest: "DAILY", mutedKinds: ["PLAN_TASK_OVERDUE"] } });
    smtp = await startSmtpServer();
  });

  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await smtp.close();
  });

  it("sends nothing and marks nothing while SMTP is not configured", async () => {
    delete process.env.SMTP_URL;
    delete process.env.SMTP_HOST;
    await lateTask(keyAccount.id, 20, "Send the offer");
    await evaluateAlerts(db, { now: at(21, 5) });
    expect(await sendDigests(db, { now: at(21, 6) })).toEqual({ mailConfigured: false, due: 0, sent: 0, failed: 0, notifications: 0 });
    expect(await db.notification.count({ where: { emailedAt: { not: null } } })).toBe(0);
    expect(await db.notificationPreference.count({ where: { lastDigestAt: { not: null } } })).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it("sends each subscriber one digest per period, in his language, of unread alerts not yet e-mailed", async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.MAIL_FROM = "KAM <kam@test.kam>";
    process.env.APP_URL = "https://kam.example";
    // Day 21 is a Monday: the daily and the weekly digest are both due.
    const first = await sendDigests(db, { now: at(21, 6) });
    expect(first).toEqual({ mailConfigured: true, due: 2, sent: 2, failed: 0, notifications: 2 });
    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual([owner.email, mate.email].sort());

    const toOwner = smtp.received.find((mail) => mail.to[0] === owner.email)!;
    expect(toOwner.from).toBe("kam@test.kam");
    expect(toOwner.subject).toBe("KAM daily digest: 1 new alerts");
    expect(toOwner.text).toContain(`Hello ${owner.name},`);
    expect(toOwner.text).toContain("Key Steel Ltd — Overdue: Send the offer");
    expect(toOwner.text).toContain("Due on 30 Mar 2031, 1 days overdue.");
    expect(toOwner.text).toContain(`https://kam.example/accounts/${keyAccount.id}?tab=plan`);
    expect(toOwner.html).toContain("Send the offer");

    const toMate = smtp.received.find((mail) => mail.to[0] === mate.email)!;
    expect(toMate.subject).toBe("KAM 每周摘要:1 条新提醒");
    expect(toMate.text).toContain("逾期:Send the offer");
    expect(toMate.text).toContain(`${mate.name},您好:`);

    expect(await db.notification.count({ where: { emailedAt: at(21, 6) } })).toBe(2);
    expect(await db.notificationPreference.findUniqueOrThrow({ where: { userId: owner.id } })).toMatchObject({ lastDigestAt: at(21, 6) });

    // Later the same day, with a new alert: no second daily digest.
    await lateTask(keyAccount.id, 20, "Book the plant visit");
    await evaluateAlerts(db, { now: at(21, 12) });
    expect(await sendDigests(db, { now: at(21, 18) })).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(2);

    // Tuesday: the daily digest brings only the new alert; the weekly one waits for next Monday.
    expect(await sendDigests(db, { now: at(22, 6) })).toMatchObject({ sent: 1, notifications: 1 });
    expect(smtp.received).toHaveLength(3);
    expect(smtp.received[2]).toMatchObject({ to: [owner.email], subject: "KAM daily digest: 1 new alerts" });
    expect(smtp.received[2].text).toContain("Book the plant visit");
    expect(smtp.received[2].text).not.toContain("Send the offer");

    // Read notifications are not e-mailed; with nothing left, nobody gets an e-mail.
    await db.notification.updateMany({ where: { userId: mate.id }, data: { readAt: at(23) } });
    expect(await sendDigests(db, { now: at(28, 6) })).toMatchObject({ due: 0, sent: 0 });
    const unread = await lateTask(plainAccount.id, 27, "Renew the contract");
    await evaluateAlerts(db, { now: at(28, 7) });
    expect(await sendDigests(db, { now: at(28, 8) })).toMatchObject({ sent: 1 });
    expect(smtp.received.at(-1)).toMatchObject({ to: [owner.email] });
    expect(unread).toBeTruthy();
    // The director muted the kind after being notified: never e-mailed about it.
    expect(smtp.received.some((mail) => mail.to.includes(dirAll.email))).toBe(false);
  });

  it("gives the period back when sending fails, so the next run tries again", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    await lateTask(keyAccount.id, 28, "Call back");
    await evaluateAlerts(db, { now: at(29, 5) });
    // Day 29 (Tuesday): the owner's daily digest and his team mate's weekly one (nothing sent to him this week) are due.
    const failing = await sendDigests(db, { now: at(29, 6) });
    expect(failing).toMatchObject({ mailConfigured: true, due: 2, sent: 0, failed: 2 });
    expect((await db.notificationPreference.findUniqueOrThrow({ where: { userId: owner.id } })).lastDigestAt).toEqual(at(28, 8));
    expect((await db.notificationPreference.findUniqueOrThrow({ where: { userId: mate.id } })).lastDigestAt).toEqual(at(21, 6));
    expect(await db.notification.count({ where: { emailedAt: at(29, 6) } })).toBe(0);
    process.env.SMTP_URL = smtp.url;
    expect(await sendDigests(db, { now: at(29, 7) })).toMatchObject({ sent: 2, failed: 0 });
  });
});

describe("clean-up", () => {
  it("deletes read notifications older than 90 days and keeps unread or recent ones", async () => {
    const alert = await db.alert.create({ data: { kind: "REVENUE_DROP", accountId: keyAccount.id, evidence: {}, raisedAt: at(0) } });
    await db.notification.deleteMany();
    const [oldRead, oldUnread, recentRead] = await Promise.all([
      db.notification.create({ data: { userId: owner.id, alertId: alert.id, createdAt: at(0), readAt: at(1) } }),
      db.notification.create({ data: { userId: mate.id, alertId: alert.id, createdAt: at(0) } }),
      db.notification.create({ data: { userId: dirAll.id, alertId: alert.id, createdAt: at(50), readAt: at(51) } }),
    ]);
    expect(await cleanupNotifications(db, { now: at(120) })).toEqual({ deleted: 1 });
    const left = (await db.notification.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(left).toEqual([oldUnread.id, recentRead.id].sort());
    expect(oldRead).toBeTruthy();
  });
});
