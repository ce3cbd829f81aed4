import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actAs } from "../support/action-mocks";
import { createAccount, createOrders } from "../factories/accounts";
import { createComplaint, createContact, createCoverage, createPlan } from "../factories/account-contents";
import { createAssessment, createMatrixModel } from "../factories/assessments";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const { mergeAccountsAction, previewMergeAction, searchMergeTargetsAction } = await import("@/lib/duplicates/actions");

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
type Account = Awaited<ReturnType<typeof createAccount>>;
let owner: User, colleague: User, other: User, director: User, admin: User;

const merge = (survivor: Account, merged: Account, overrides: Record<string, unknown> = {}) =>
  mergeAccountsAction({ survivorId: survivor.id, survivorVersion: survivor.version, mergedId: merged.id, mergedVersion: merged.version, ...overrides } as never);
const reload = (id: string) => db.account.findUniqueOrThrow({ where: { id } });
const audits = (entityId: string) => db.auditLog.findMany({ where: { entityType: "Account", entityId }, orderBy: { at: "asc" } });

beforeAll(async () => {
  await resetDatabase();
  owner = await createUser(db, { role: "MANAGER", name: "Owner" });
  colleague = await createUser(db, { role: "MANAGER", name: "Colleague" });
  other = await createUser(db, { role: "MANAGER", name: "Other" });
  director = await createUser(db, { role: "DIRECTOR", name: "Director" });
  admin = await createUser(db, { role: "ADMIN", name: "Admin" });
});
beforeEach(() => actAs(director));

/** Two accounts of `ownerA`/`ownerB` with something of every kind on the second (the one merged). */
async function pair(ownerA: User, ownerB: User) {
  const survivor = await createAccount(db, { ownerId: ownerA.id, name: "Westfield Logistics", externalRef: null });
  const merged = await createAccount(db, { ownerId: ownerB.id, name: "Westfield Logistics Ltd", localName: "韦斯特菲尔德物流", externalRef: `ERP-${Date.now()}-${Math.random()}` });
  await createOrders(db, survivor.id, [{ date: "2025-01-10", amount: 100, externalRef: "SO-1" }]);
  await createOrders(db, merged.id, [
    { date: "2025-01-11", amount: 200, externalRef: "SO-1" },
    { date: "2025-02-01", amount: 300, externalRef: "SO-2" },
    { date: "2025-03-01", amount: 400, externalRef: "SO-3" },
  ]);
  const contact = await createContact(db, merged.id, { name: "Chen Jie" });
  await createCoverage(db, contact.id, ownerB.id);
  await db.activity.create({ data: { accountId: merged.id, contactId: contact.id, userId: ownerB.id, type: "CALL", occurredAt: new Date(), summary: "Call", participants: [] } });
  await createComplaint(db, merged.id);
  await createPlan(db, merged.id, ownerB.id);
  const model = await createMatrixModel(db);
  await createAssessment(db, { accountId: merged.id, modelId: model.id, assessorId: ownerB.id, assessedAt: new Date(), attractiveness: 6, strength: 7, quadrant: "STAR" });
  await db.stageTransition.create({ data: { accountId: merged.id, fromStage: "EXPLORATORY", toStage: "BASIC", userId: ownerB.id } });
  await db.alert.create({ data: { accountId: merged.id, kind: "SINGLE_THREADED", openKey: `SINGLE_THREADED:${merged.id}`, evidence: {} } });
  await db.fitInference.create({ data: { accountId: merged.id, userId: ownerB.id, industryNeed: 3, ourMatch: 3, customerNeed: 3, supplierCriteriaMatch: 3, fitScore: 60, recommendation: "DEVELOP" } });
  // Team: the colleague is on both teams (deduplicated); ownerA is on the merged team (he owns the survivor: dropped).
  await db.accountTeamMember.create({ data: { accountId: survivor.id, userId: colleague.id, teamRole: "FINANCE" } });
  await db.accountTeamMember.create({ data: { accountId: merged.id, userId: colleague.id, teamRole: "IT" } });
  if (ownerA.id !== ownerB.id) await db.accountTeamMember.create({ data: { accountId: merged.id, userId: ownerA.id, teamRole: "LOGISTICS" } });
  const child = await createAccount(db, { ownerId: ownerB.id, name: `Westfield Depot ${Math.random()}`, parentId: merged.id });
  return { survivor, merged, child };
}

describe("previewMergeAction", () => {
  it("shows what each account holds, the order numbers both have and whether the user may merge", async () => {
    const { survivor, merged } = await pair(owner, other);
    const preview = await previewMergeAction({ accountId: survivor.id, otherId: merged.id });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data.allowed).toBe(true);
    expect(preview.data.conflictingOrderRefs).toEqual(["SO-1"]);
    const [a, b] = preview.data.accounts;
    expect([a.id, a.counts.orders, a.counts.team]).toEqual([survivor.id, 1, 1]);
    expect(b.counts).toEqual({ contacts: 1, orders: 3, activities: 1, complaints: 1, plans: 1, team: 2, assessments: 1, stageTransitions: 1, alerts: 1, fitInferences: 1, children: 1 });

    actAs(owner);
    const forManager = await previewMergeAction({ accountId: survivor.id, otherId: merged.id });
    expect(forManager.ok && forManager.data.allowed).toBe(false);
    expect(await previewMergeAction({ accountId: survivor.id, otherId: survivor.id })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await previewMergeAction({ accountId: survivor.id, otherId: "missing" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("finds the other account by name or local name, never the account itself", async () => {
    const { survivor, merged } = await pair(owner, other);
    const result = await searchMergeTargetsAction({ q: "韦斯特菲尔德", excludeId: survivor.id });
    expect(result.ok && result.data.map((a) => a.id)).toContain(merged.id);
    const self = await searchMergeTargetsAction({ q: "Westfield", excludeId: survivor.id });
    expect(self.ok && self.data.map((a) => a.id)).not.toContain(survivor.id);
  });
});

describe("mergeAccountsAction", () => {
  it("moves everything to the survivor, keeps its conflicting orders, dedupes the team and archives the other", async () => {
    const { survivor, merged, child } = await pair(owner, other);
    const result = await merge(survivor, merged);
    if (!result.ok) throw new Error(result.error);
    expect(result.data).toMatchObject({ survivorId: survivor.id, mergedId: merged.id, conflictingOrderRefs: ["SO-1"], teamDropped: 2 });
    expect(result.data.moved).toMatchObject({ contacts: 1, orders: 2, activities: 1, complaints: 1, plans: 1, team: 0, assessments: 1, stageTransitions: 1, alerts: 1 });

    const where = (accountId: string) => ({ where: { accountId } });
    const [contacts, orders, activities, complaints, plans, assessments, transitions, alerts, fits, team] = await Promise.all([
      db.contact.findMany({ ...where(survivor.id), include: { coverages: true } }),
      db.order.findMany({ ...where(survivor.id), orderBy: { externalRef: "asc" } }),
      db.activity.count(where(survivor.id)),
      db.complaint.count(where(survivor.id)),
      db.accountPlan.count(where(survivor.id)),
      db.assessment.count(where(survivor.id)),
      db.stageTransition.count(where(survivor.id)),
      db.alert.findMany(where(survivor.id)),
      db.fitInference.count(where(survivor.id)),
      db.accountTeamMember.findMany(where(survivor.id)),
    ]);
    expect(contacts.map((c) => [c.name, c.coverages.map((v) => v.userId)])).toEqual([["Chen Jie", [other.id]]]);
    // SO-1 of the survivor (amount 100) wins; the merged account's SO-1 stays with it.
    expect(orders.map((o) => [o.externalRef, o.amount.toString()])).toEqual([["SO-1", "100"], ["SO-2", "300"], ["SO-3", "400"]]);
    expect(await db.order.findMany({ where: { accountId: merged.id }, select: { externalRef: true } })).toEqual([{ externalRef: "SO-1" }]);
    expect([activities, complaints, plans, assessments, transitions, fits]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(alerts).toEqual([expect.objectContaining({ openKey: null, clearedAt: expect.any(Date) })]);
    expect(team.map((m) => [m.userId, m.teamRole])).toEqual([[colleague.id, "FINANCE"]]);
    expect(await db.accountTeamMember.count(where(merged.id))).toBe(0);
    expect((await reload(child.id)).parentId).toBe(survivor.id);

    const [after, gone] = await Promise.all([reload(survivor.id), reload(merged.id)]);
    // The survivor takes the local name and the ERP number it lacked.
    expect(after).toMatchObject({ archived: false, version: survivor.version + 1, localName: "韦斯特菲尔德物流", externalRef: merged.externalRef });
    expect(gone).toMatchObject({ archived: true, version: merged.version + 1, externalRef: null });

    const [survivorAudit] = (await audits(survivor.id)).filter((a) => a.action === "merge.survivor");
    expect(survivorAudit.userId).toBe(director.id);
    expect(survivorAudit.before).toMatchObject({ id: survivor.id, localName: null });
    expect(survivorAudit.after).toMatchObject({ mergedFrom: { id: merged.id, name: "Westfield Logistics Ltd" }, conflictingOrderRefs: ["SO-1"], moved: { orders: 2 } });
    const [mergedAudit] = (await audits(merged.id)).filter((a) => a.action === "merge.merged");
    expect(mergedAudit.before).toMatchObject({ archived: false });
    expect(mergedAudit.after).toMatchObject({ archived: true, mergedInto: { id: survivor.id }, ordersKept: ["SO-1"] });
  });

  it("a manager may merge two accounts he owns", async () => {
    actAs(owner);
    const { survivor, merged } = await pair(owner, owner);
    const result = await merge(survivor, merged);
    expect(result.ok).toBe(true);
    expect((await reload(merged.id)).archived).toBe(true);
  });

  it("refuses a manager who does not own both — even on the team of the other — and changes nothing", async () => {
    const { survivor, merged } = await pair(owner, other);
    actAs(owner);
    // On the merged account's team (pair() puts the survivor's owner there), so allowed to edit both, but not the owner.
    expect(await merge(survivor, merged)).toMatchObject({ ok: false, code: "FORBIDDEN", error: "A key account manager can only merge accounts he owns both of." });
    actAs(other);
    // Owns the merged account but may not edit the survivor.
    expect(await merge(survivor, merged)).toMatchObject({ ok: false, code: "FORBIDDEN", error: "You can only change accounts you own or are a team member of." });
    expect(await db.order.count({ where: { accountId: merged.id } })).toBe(3);
    expect((await reload(merged.id)).archived).toBe(false);
  });

  it("an admin may merge any two accounts", async () => {
    const { survivor, merged } = await pair(owner, other);
    actAs(admin);
    expect((await merge(survivor, merged)).ok).toBe(true);
  });

  it("refuses a stale preview, an archived survivor and the same account twice", async () => {
    const { survivor, merged } = await pair(owner, other);
    expect(await merge(survivor, merged, { survivorVersion: survivor.version + 5 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await merge(survivor, survivor)).toMatchObject({ ok: false, code: "INVALID" });
    await db.account.update({ where: { id: survivor.id }, data: { archived: true } });
    expect(await merge(survivor, merged)).toMatchObject({ ok: false, code: "CONFLICT", error: "An archived account cannot be the one that stays." });
    expect(await db.contact.count({ where: { accountId: merged.id } })).toBe(1);
  });

  it("two merges over the same accounts, started together, do not deadlock: one wins, the other is refused", async () => {
    const { survivor, merged } = await pair(owner, other);
    const [a, b] = await Promise.all([merge(survivor, merged), merge(merged, survivor)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});
