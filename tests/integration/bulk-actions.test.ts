import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actAs } from "../support/action-mocks";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const { bulkAddTeamMemberAction, bulkReassignOwnerAction } = await import("@/lib/accounts/bulk-actions");
const { GET: exportRoute } = await import("@/app/(app)/accounts/export/route");

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
type Account = Awaited<ReturnType<typeof createAccount>>;
let manager: User, other: User, helper: User, director: User, inactive: User;
let own: Account[], team: Account, others: Account[];

const NOT_YOURS = "You can only change accounts you own or are a team member of.";
const ids = (accounts: Account[]) => accounts.map((a) => a.id);

beforeAll(async () => {
  await resetDatabase();
  manager = await createUser(db, { role: "MANAGER", name: "Manager" });
  other = await createUser(db, { role: "MANAGER", name: "Other" });
  helper = await createUser(db, { role: "MANAGER", name: "Helper" });
  director = await createUser(db, { role: "DIRECTOR", name: "Director" });
  inactive = await createUser(db, { role: "MANAGER", name: "Gone", active: false });
  own = [await createAccount(db, { ownerId: manager.id, name: "Own A" }), await createAccount(db, { ownerId: manager.id, name: "Own B" })];
  team = await createAccount(db, { ownerId: other.id, name: "Team C" });
  await db.accountTeamMember.create({ data: { accountId: team.id, userId: manager.id, teamRole: "FINANCE" } });
  others = [await createAccount(db, { ownerId: other.id, name: "Others D" }), await createAccount(db, { ownerId: other.id, name: "Others E" })];
});
beforeEach(() => actAs(manager));

describe("bulk add team member", () => {
  it("a manager's selection: his own and his team's accounts change, others' are refused row by row", async () => {
    const result = await bulkAddTeamMemberAction({ ids: [...ids(own), team.id, ...ids(others)], userId: helper.id, teamRole: "IT", formal: true });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.done.map((d) => d.id).sort()).toEqual([...ids(own), team.id].sort());
    expect(result.data.refused).toEqual(
      others.map((a) => ({ id: a.id, name: a.name, code: "FORBIDDEN", error: NOT_YOURS })),
    );
    const members = await db.accountTeamMember.findMany({ where: { userId: helper.id }, select: { accountId: true, teamRole: true } });
    expect(members.map((m) => m.accountId).sort()).toEqual([...ids(own), team.id].sort());
    expect(await db.auditLog.count({ where: { entityType: "Account", action: "team.add", userId: manager.id, entityId: { in: ids(own) } } })).toBe(2);
  });

  it("a second time, every row is refused with its own reason (already a member, the owner) and nothing changes", async () => {
    const result = await bulkAddTeamMemberAction({ ids: ids(own), userId: helper.id, teamRole: "IT", formal: false });
    expect(result.ok && result.data).toEqual({
      done: [],
      refused: own.map((a) => ({ id: a.id, name: a.name, code: "CONFLICT", error: expect.stringContaining("already") })),
    });
    const owner = await bulkAddTeamMemberAction({ ids: [own[0].id], userId: manager.id, teamRole: "IT", formal: true });
    expect(owner.ok && owner.data.refused).toEqual([expect.objectContaining({ id: own[0].id, code: "CONFLICT" })]);
  });

  it("validates the selection: none, too many, an unknown account", async () => {
    expect(await bulkAddTeamMemberAction({ ids: [], userId: helper.id, teamRole: "IT", formal: true })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { ids: "Select at least one account." } });
    expect(await bulkAddTeamMemberAction({ ids: Array.from({ length: 51 }, (_, i) => `id${i}`), userId: helper.id, teamRole: "IT", formal: true })).toMatchObject({ ok: false, code: "INVALID" });
    const unknown = await bulkAddTeamMemberAction({ ids: ["no-such-account"], userId: helper.id, teamRole: "IT", formal: true });
    expect(unknown.ok && unknown.data.refused).toEqual([{ id: "no-such-account", name: null, code: "NOT_FOUND", error: expect.any(String) }]);
  });
});

describe("bulk reassign owner", () => {
  it("is refused to managers as a whole, as on the account page", async () => {
    expect(await bulkReassignOwnerAction({ ids: ids(own), ownerId: other.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.account.findUniqueOrThrow({ where: { id: own[0].id } })).ownerId).toBe(manager.id);
  });

  it("a director reassigns each account with a version bump and audit; the same owner counts as unchanged", async () => {
    actAs(director);
    const result = await bulkReassignOwnerAction({ ids: [...ids(others), team.id], ownerId: other.id });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.done.every((d) => !d.data.changed)).toBe(true);
    const moved = await bulkReassignOwnerAction({ ids: [...ids(others), own[0].id], ownerId: helper.id });
    if (!moved.ok) throw new Error(moved.error);
    expect(moved.data.done.map((d) => [d.id, d.data.changed])).toEqual([...ids(others), own[0].id].map((id) => [id, true]));
    expect(moved.data.refused).toEqual([]);
    const after = await db.account.findMany({ where: { id: { in: [...ids(others), own[0].id] } } });
    expect(after.every((a) => a.ownerId === helper.id && a.version === 2)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "reassign", userId: director.id } })).toBe(3);
  });

  it("an inactive owner refuses every row, changing nothing", async () => {
    actAs(director);
    const result = await bulkReassignOwnerAction({ ids: ids(own), ownerId: inactive.id });
    expect(result.ok && result.data.done).toEqual([]);
    expect(result.ok && result.data.refused.map((r) => r.error)).toEqual(["The owner must be an active user.", "The owner must be an active user."]);
  });
});

describe("export selected", () => {
  it("exports exactly the selected accounts, whatever the owner filter, in the list's order", async () => {
    const response = await exportRoute(new Request(`http://localhost/accounts/export?ids=${others[1].id},${own[1].id}&sort=name&dir=desc`));
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split(/\r?\n/);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(["Own B", "Others E"]);
  });

  it("ignores an ids value that is not a list of ids (the filters apply)", async () => {
    const response = await exportRoute(new Request(`http://localhost/accounts/export?ids=${encodeURIComponent("x' OR 1=1 --")}&owner=all`));
    const lines = (await response.text()).trim().split(/\r?\n/);
    expect(lines.length - 1).toBe(5);
  });
});
