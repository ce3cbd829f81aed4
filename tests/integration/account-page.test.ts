import { DAY_MS } from "@/lib/dates";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import { addTeamMemberAction, removeTeamMemberAction, updateTeamMemberAction } from "@/lib/team/actions";
import { getAccountHeader, getAccountHistory, getAccountOrders, getAccountOverview } from "@/lib/account-page";
import { getAccountTeam } from "@/lib/team/queries";
import { refreshAccountMetrics } from "@/lib/metrics";
import { createAssessment, createMatrixModel } from "../factories/assessments";
import { createAccount, createOrders } from "../factories/accounts";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2026-01-15T00:00:00Z");
const daysAgo = (days: number) => new Date(AS_OF.getTime() - days * DAY_MS);

type Users = Record<"owner" | "colleague" | "stranger" | "director", Awaited<ReturnType<typeof createUser>>>;
let users: Users;
let parentId: string;
let childIds: string[];

beforeAll(async () => {
  await resetDatabase();
  users = {
    owner: await createUser(db, { role: "MANAGER", name: "Owner Olga" }),
    colleague: await createUser(db, { role: "MANAGER", name: "Colleague Chen" }),
    stranger: await createUser(db, { role: "MANAGER", name: "Stranger Sam" }),
    director: await createUser(db, { role: "DIRECTOR", name: "Director Dora" }),
  };
  const parent = await createAccount(db, { ownerId: users.owner.id, isKeyAccount: true, stage: "INTERDEPENDENT", quadrant: "STAR" });
  parentId = parent.id;
  const c1 = await createAccount(db, { ownerId: users.owner.id, parentId });
  const c2 = await createAccount(db, { ownerId: users.stranger.id, parentId });
  childIds = [c1.id, c2.id];

  // The parent ordered every 30 days until 200 days ago, then stopped: overdue and declining.
  await createOrders(db, parentId, Array.from({ length: 18 }, (_, i) => ({ date: daysAgo(200 + 30 * i), amount: 1000 })));
  await createOrders(db, c1.id, [{ date: daysAgo(10), amount: 500 }, { date: daysAgo(40), amount: 500 }]);
  await createOrders(db, c2.id, [{ date: daysAgo(100), amount: 2000 }]);
  await db.activity.create({ data: { accountId: parentId, userId: users.owner.id, type: "CALL", occurredAt: daysAgo(100), summary: "Last call" } });
  await db.complaint.create({ data: { accountId: parentId, openedAt: daysAgo(10), severity: "HIGH", summary: "Late delivery" } });
  await db.complaint.create({ data: { accountId: parentId, openedAt: daysAgo(60), closedAt: daysAgo(30), severity: "LOW", summary: "Closed" } });

  const model = await createMatrixModel(db);
  await createAssessment(db, { accountId: parentId, modelId: model.id, assessorId: users.owner.id, assessedAt: daysAgo(400), attractiveness: 3, strength: 2, quadrant: "DOG" });
  await createAssessment(db, { accountId: parentId, modelId: model.id, assessorId: users.director.id, assessedAt: daysAgo(20), attractiveness: 7.5, strength: 6.25, quadrant: "STAR", completeness: 0.8 });
  await refreshAccountMetrics(db, { asOf: AS_OF });
});

afterAll(() => resetDatabase());

describe("account page loaders", () => {
  it("tells who may edit: owner and director yes, another manager reads only; unknown ids are null", async () => {
    expect((await getAccountHeader(db, users.owner, parentId))?.canEdit).toBe(true);
    expect((await getAccountHeader(db, users.director, parentId))?.canEdit).toBe(true);
    const readOnly = await getAccountHeader(db, users.colleague, parentId);
    expect(readOnly?.canEdit).toBe(false);
    expect(readOnly?.owner.name).toBe("Owner Olga");
    expect(await getAccountHeader(db, users.owner, "no-such-account")).toBeNull();
  });

  it("rolls up the group's 12-month revenue from the parent and its subsidiaries", async () => {
    for (const id of [parentId, childIds[0]]) {
      const overview = await getAccountOverview(db, { id, parentId: id === parentId ? null : parentId }, AS_OF);
      expect(overview.group?.members.map((m) => m.id).sort()).toEqual([parentId, ...childIds].sort());
      // Parent: 6 orders within 365 days (200…350 days ago); subsidiaries 1,000 and 2,000.
      expect(overview.group?.revenue12m).toBe(9000);
      expect(overview.group?.members.find((m) => m.isParent)?.id).toBe(parentId);
    }
  });

  it("computes the churn signals live with their evidence", async () => {
    const { churn, metrics } = await getAccountOverview(db, { id: parentId, parentId: null }, AS_OF);
    expect(churn.flags).toEqual([
      { code: "OVERDUE", evidence: { daysSinceLastOrder: 200, medianIntervalDays: 30, thresholdDays: 60, orderDays: 18 } },
      { code: "DECLINING", evidence: { recentRevenue: 0, previousRevenue: 6000, ratio: 0 } },
      { code: "NO_CONTACT", evidence: { daysSinceLastActivity: 100 } },
      { code: "OPEN_COMPLAINTS", evidence: { open: 1, high: 1, medium: 0, low: 0, oldestOpenDays: 10, points: 20 } },
    ]);
    expect(churn).toMatchObject({ riskScore: 100, riskLevel: "HIGH" });
    expect(metrics).toMatchObject({ revenue12m: 6000, orderCount: 18, recencyDays: 200 });
  });

  it("returns the latest matrix assessment with its assessor and model version", async () => {
    const { latestAssessment } = await getAccountOverview(db, { id: parentId, parentId: null }, AS_OF);
    expect(latestAssessment).toMatchObject({
      attractiveness: 7.5,
      strength: 6.25,
      quadrant: "STAR",
      attractivenessCompleteness: 0.8,
      assessorName: "Director Dora",
    });
    expect(latestAssessment?.assessedAt).toEqual(daysAgo(20));
  });

  it("aggregates 36 months of revenue and pages the orders newest first", async () => {
    const result = await getAccountOrders(db, parentId, { page: 1, asOf: AS_OF });
    expect(result.monthly).toHaveLength(36);
    expect(result.monthly.at(-1)?.month).toBe("2026-01");
    expect(result.monthly.reduce((sum, m) => sum + m.revenue, 0)).toBe(18_000);
    expect(result.total).toBe(18);
    expect(result.orders).toHaveLength(18);
    expect(result.orders[0].orderDate).toEqual(daysAgo(200));
    expect(result.rfm).toMatchObject({ frequency: 18, monetary: 18_000, recencyDays: 200 });
    expect((await getAccountOrders(db, parentId, { page: 2, asOf: AS_OF })).orders).toHaveLength(0);
  });
});

describe("team actions", () => {
  const add = (userId: string, teamRole = "FINANCE", accountId = parentId) =>
    addTeamMemberAction({ accountId, userId, teamRole: teamRole as "FINANCE", formal: true });

  it("adds a member and writes an audit row on the account", async () => {
    actAs(users.owner);
    const result = await add(users.colleague.id);
    expect(result.ok).toBe(true);
    const { members, candidates } = await getAccountTeam(db, { id: parentId, ownerId: users.owner.id });
    expect(members.map((m) => [m.user.name, m.teamRole, m.formal])).toEqual([["Colleague Chen", "FINANCE", true]]);
    expect(candidates.map((c) => c.id)).not.toContain(users.colleague.id);
    expect(candidates.map((c) => c.id)).not.toContain(users.owner.id);
    const audit = await db.auditLog.findFirst({ where: { entityType: "Account", entityId: parentId, action: "team.add" } });
    expect(audit).toMatchObject({ userId: users.owner.id, after: { member: "Colleague Chen", teamRole: "FINANCE", formal: true } });
  });

  it("rejects invalid input with field errors and changes nothing", async () => {
    actAs(users.owner);
    const result = await addTeamMemberAction({ accountId: parentId, userId: "", teamRole: "JUGGLER" as "FINANCE", formal: true });
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["teamRole", "userId"]);
    expect(await db.accountTeamMember.count({ where: { accountId: parentId } })).toBe(1);
  });

  it("refuses duplicates and the owner as a member", async () => {
    actAs(users.owner);
    expect(await add(users.colleague.id)).toMatchObject({ ok: false, code: "CONFLICT", error: "This person is on the team already." });
    expect(await add(users.owner.id)).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("denies a manager on someone else's account and changes nothing", async () => {
    actAs(users.stranger);
    const before = await db.auditLog.count();
    expect(await add(users.stranger.id)).toMatchObject({ ok: false, code: "FORBIDDEN", error: "You can only change accounts you own or are a team member of." });
    const member = await db.accountTeamMember.findFirstOrThrow({ where: { accountId: parentId } });
    expect(await removeTeamMemberAction({ accountId: parentId, memberId: member.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.accountTeamMember.count({ where: { accountId: parentId } })).toBe(1);
    expect(await db.auditLog.count()).toBe(before);
  });

  it("lets a team member and a director change the team; changes and removals are audited", async () => {
    const member = await db.accountTeamMember.findFirstOrThrow({ where: { accountId: parentId } });
    actAs(users.colleague);
    expect(await updateTeamMemberAction({ accountId: parentId, memberId: member.id, teamRole: "LOGISTICS", formal: false })).toEqual({ ok: true, data: undefined });
    expect(await db.accountTeamMember.findUnique({ where: { id: member.id } })).toMatchObject({ teamRole: "LOGISTICS", formal: false });

    actAs(users.director);
    expect((await add(users.stranger.id, "IT", childIds[0])).ok).toBe(true);
    expect((await removeTeamMemberAction({ accountId: parentId, memberId: member.id })).ok).toBe(true);
    expect(await db.accountTeamMember.count({ where: { accountId: parentId } })).toBe(0);
    // A member of another account's team is not found through this account.
    const other = await db.accountTeamMember.findFirstOrThrow({ where: { accountId: childIds[0] } });
    expect(await removeTeamMemberAction({ accountId: parentId, memberId: other.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const history = await getAccountHistory(db, parentId, 50);
    expect(history.audit.map((row) => row.action)).toEqual(["team.remove", "team.update", "team.add"]);
    expect(history.audit[1]).toMatchObject({ user: { name: "Colleague Chen" }, changes: ["formal", "teamRole"] });
    expect(history.assessments.map((a) => a.quadrant)).toEqual(["STAR", "DOG"]);
    expect((await getAccountHistory(db, parentId, 1)).hasMore).toBe(true);
  });
});
