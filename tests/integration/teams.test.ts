import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/** The signed-in user re-read from the database on every call, as the real getCurrentUser does (director scope included). */
const session = vi.hoisted(() => ({ id: null as string | null }));
vi.mock("@/lib/auth/session", async () => {
  const { testDb: db } = await import("../support/db");
  const getCurrentUser = async () => {
    if (!session.id) return null;
    const user = await db().user.findUnique({ where: { id: session.id }, select: { id: true, email: true, name: true, role: true, active: true, directorScope: true } });
    return user?.active ? { id: user.id, email: user.email, name: user.name, role: user.role, directorScope: user.directorScope } : null;
  };
  return { getCurrentUser, requireUser: getCurrentUser };
});
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const { createTeamAction, deleteTeamAction, updateTeamAction } = await import("@/lib/sales-teams/actions");
const { setDirectorScopeAction, setUserTeamsAction } = await import("@/lib/users/actions");
const { updateAccountAction } = await import("@/lib/accounts/actions");
const { editableAccountSql, editableAccountWhere } = await import("@/lib/auth/account-access");
const { listAccounts } = await import("@/lib/accounts/queries");
const { getBoard } = await import("@/lib/board/queries");
const { dashboardQuery, scopeSql } = await import("@/lib/dashboard/query");
const { salesTeams } = await import("@/lib/lists/filter-options");
const { listTeams } = await import("@/lib/sales-teams/queries");

import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
type Account = Awaited<ReturnType<typeof createAccount>>;
const actAs = (user: { id: string } | null) => {
  session.id = user?.id ?? null;
};
const reload = (user: User) => db.user.findUniqueOrThrow({ where: { id: user.id } });
const teamAudits = (teamId: string) => db.auditLog.findMany({ where: { entityType: "SalesTeam", entityId: teamId }, orderBy: { at: "asc" } });

let admin: User, manager: User, director: User;

beforeAll(async () => {
  await resetDatabase();
  admin = await createUser(db, { role: "ADMIN", name: "Ada" });
  manager = await createUser(db, { role: "MANAGER", name: "Mia" });
  director = await createUser(db, { role: "DIRECTOR", name: "Dong" });
});

afterAll(() => actAs(null));

describe("managing sales teams", () => {
  it("only admins create, change and delete teams", async () => {
    const team = await db.salesTeam.create({ data: { name: "Untouchable" } });
    for (const who of [manager, director]) {
      actAs(who);
      expect(await createTeamAction({ name: "Mine", leaderId: null, memberIds: [who.id] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await updateTeamAction({ teamId: team.id, name: "Taken over", leaderId: who.id, memberIds: [who.id] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await deleteTeamAction({ teamId: team.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.salesTeam.findMany({ select: { name: true, leaderId: true } })).toEqual([{ name: "Untouchable", leaderId: null }]);
    expect(await db.salesTeamMember.count()).toBe(0);
    await db.salesTeam.delete({ where: { id: team.id } });
  });

  it("creates, changes and deletes a team, auditing names of leader and members", async () => {
    const [ann, ben, cao] = await Promise.all(["Ann", "Ben", "Cao"].map((name) => createUser(db, { name })));
    actAs(admin);
    const created = await createTeamAction({ name: " South China ", leaderId: director.id, memberIds: [ann.id, ben.id, ann.id] });
    if (!created.ok) throw new Error(created.error);
    const { teamId } = created.data;
    expect(await db.salesTeam.findUniqueOrThrow({ where: { id: teamId } })).toMatchObject({ name: "South China", leaderId: director.id });

    expect(await updateTeamAction({ teamId, name: "South China", leaderId: "", memberIds: [ben.id, cao.id] })).toMatchObject({ ok: true });
    expect((await db.salesTeamMember.findMany({ where: { teamId }, select: { userId: true } })).map((m) => m.userId).sort()).toEqual([ben.id, cao.id].sort());
    expect((await db.salesTeam.findUniqueOrThrow({ where: { id: teamId } })).leaderId).toBeNull();
    // Saving without a change writes no audit row.
    expect(await updateTeamAction({ teamId, name: "South China", leaderId: null, memberIds: [cao.id, ben.id] })).toMatchObject({ ok: true });

    const [teams] = await Promise.all([listTeams(db)]);
    expect(teams.find((t) => t.id === teamId)).toMatchObject({ name: "South China", leader: null, members: [{ name: "Ben" }, { name: "Cao" }] });

    expect(await deleteTeamAction({ teamId })).toMatchObject({ ok: true });
    expect(await db.salesTeam.count({ where: { id: teamId } })).toBe(0);
    expect(await db.user.count({ where: { id: { in: [ann.id, ben.id, cao.id] } } })).toBe(3);
    expect((await teamAudits(teamId)).map((e) => [e.userId, e.action, e.before, e.after])).toEqual([
      [admin.id, "create", null, { name: "South China", leader: "Dong", members: ["Ann", "Ben"] }],
      [admin.id, "update", { name: "South China", leader: "Dong", members: ["Ann", "Ben"] }, { name: "South China", leader: null, members: ["Ben", "Cao"] }],
      [admin.id, "delete", { name: "South China", leader: null, members: ["Ben", "Cao"] }, null],
    ]);
  });

  it("refuses a taken name (any case), a deactivated new member and unknown people", async () => {
    const gone = await createUser(db, { name: "Gone", active: false });
    const stays = await createUser(db, { name: "Stays" });
    actAs(admin);
    const first = await createTeamAction({ name: "West", leaderId: null, memberIds: [stays.id] });
    if (!first.ok) throw new Error(first.error);
    expect(await createTeamAction({ name: "WEST", leaderId: null, memberIds: [] })).toMatchObject({ ok: false, code: "CONFLICT", error: "A team with this name already exists." });
    expect(await createTeamAction({ name: "North-west", leaderId: null, memberIds: [gone.id] })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await createTeamAction({ name: "North-west", leaderId: "no-such-user", memberIds: [] })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await createTeamAction({ name: "", leaderId: null, memberIds: [] })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: expect.any(String) } });
    // A member deactivated after joining may stay when the team is saved again.
    await db.user.update({ where: { id: stays.id }, data: { active: false } });
    expect(await updateTeamAction({ teamId: first.data.teamId, name: "West", leaderId: null, memberIds: [stays.id] })).toMatchObject({ ok: true });
    expect(await updateTeamAction({ teamId: first.data.teamId, name: "West", leaderId: stays.id, memberIds: [stays.id] })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await updateTeamAction({ teamId: "no-such-team", name: "X", leaderId: null, memberIds: [] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("a director limited to his sales teams (directorScope TEAMS)", () => {
  let lead: User, member: User, m1: User, m2: User, m3: User, outsider: User, lonely: User;
  let team1: string, team2: string;
  const acc: Record<string, Account> = {};

  beforeAll(async () => {
    lead = await createUser(db, { role: "DIRECTOR", name: "Lead Director" });
    member = await createUser(db, { role: "DIRECTOR", name: "Member Director" });
    lonely = await createUser(db, { role: "DIRECTOR", name: "Teamless Director" });
    [m1, m2, m3, outsider] = await Promise.all(["M1", "M2", "M3", "Outsider"].map((name) => createUser(db, { name })));
    await db.user.updateMany({ where: { id: { in: [lead.id, member.id, lonely.id] } }, data: { directorScope: "TEAMS" } });
    team1 = (await db.salesTeam.create({ data: { name: "Team One", leaderId: lead.id, members: { create: [{ userId: m1.id }, { userId: m2.id }] } } })).id;
    team2 = (await db.salesTeam.create({ data: { name: "Team Two", members: { create: [{ userId: m3.id }, { userId: member.id }] } } })).id;
    acc.m1 = await createAccount(db, { ownerId: m1.id, region: "Team filter" });
    acc.m2 = await createAccount(db, { ownerId: m2.id, region: "Team filter" });
    acc.m3 = await createAccount(db, { ownerId: m3.id, region: "Team filter" });
    acc.outsider = await createAccount(db, { ownerId: outsider.id, region: "Team filter" });
    acc.leadOwn = await createAccount(db, { ownerId: lead.id, region: "Team filter" });
    acc.onTeam = await createAccount(db, { ownerId: outsider.id, region: "Team filter" });
    acc.archived = await createAccount(db, { ownerId: m1.id, region: "Team filter", archived: true });
    await db.accountTeamMember.create({ data: { accountId: acc.onTeam.id, userId: lonely.id, teamRole: "FINANCE" } });
  });

  const editable = async (user: User) => {
    const ids = Object.values(acc).map((a) => a.id);
    const session = await reload(user);
    const viaWhere = await db.account.findMany({ where: { id: { in: ids }, ...editableAccountWhere(session) }, select: { id: true }, orderBy: { id: "asc" } });
    const viaSql = await db.$queryRaw<{ id: string }[]>`SELECT a.id FROM "Account" a WHERE a.id = ANY(${ids}::text[]) AND ${editableAccountSql(session)} ORDER BY a.id`;
    expect(viaSql.map((r) => r.id)).toEqual(viaWhere.map((r) => r.id));
    const names = Object.fromEntries(Object.entries(acc).map(([key, a]) => [a.id, key]));
    return viaWhere.map((r) => names[r.id]).sort();
  };

  it("may change the accounts of the members of the teams he leads or belongs to, and his own — where and SQL agree", async () => {
    expect(await editable(lead)).toEqual(["archived", "leadOwn", "m1", "m2"]);
    expect(await editable(member)).toEqual(["m3"]);
    expect(await editable(lonely)).toEqual(["onTeam"]);
    expect(await editable(m1)).toEqual(["archived", "m1"]);
    expect(await editable(director)).toEqual(Object.keys(acc).sort());
  });

  const update = async (user: User, account: Account) => {
    const current = await db.account.findUniqueOrThrow({ where: { id: account.id } });
    actAs(user);
    return updateAccountAction({
      id: current.id,
      version: current.version,
      name: current.name,
      industry: current.industry,
      region: current.region,
      country: current.country,
      size: current.size,
      annualRevenue: null,
      creditRating: null,
      lifecyclePhase: current.lifecyclePhase,
      salesScenario: null,
      parentId: null,
      strategy: `Changed by ${user.name}`,
      products: null,
      operatingStatus: null,
      growthBottleneck: null,
    } as Parameters<typeof updateAccountAction>[0]);
  };

  it("writes through a real action follow the rule, and follow scope and membership changes at once", async () => {
    expect(await update(lead, acc.m1)).toMatchObject({ ok: true });
    expect(await update(lead, acc.leadOwn)).toMatchObject({ ok: true });
    const refused = await update(lead, acc.m3);
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN", error: "You can only change the accounts of your sales teams and your own." });
    expect((await db.account.findUniqueOrThrow({ where: { id: acc.m3.id } })).strategy).toBeNull();
    expect(await update(member, acc.m3)).toMatchObject({ ok: true });
    expect(await update(member, acc.m1)).toMatchObject({ ok: false, code: "FORBIDDEN" });

    // The admin moves m3 into team one: the lead director may now change m3's account, the member director not.
    actAs(admin);
    expect(await setUserTeamsAction({ userId: m3.id, teamIds: [team1] })).toMatchObject({ ok: true });
    expect(await update(lead, acc.m3)).toMatchObject({ ok: true });
    expect(await update(member, acc.m3)).toMatchObject({ ok: false, code: "FORBIDDEN" });

    // Back to the whole portfolio.
    actAs(admin);
    expect(await setDirectorScopeAction({ userId: member.id, scope: "ALL" })).toMatchObject({ ok: true });
    expect(await update(member, acc.outsider)).toMatchObject({ ok: true });
    expect(await update(lead, acc.outsider)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await db.user.update({ where: { id: member.id }, data: { directorScope: "TEAMS" } });
    await db.salesTeamMember.deleteMany({ where: { userId: m3.id } });
    await db.salesTeamMember.create({ data: { teamId: team2, userId: m3.id } });
  });

  it("the team filter of the accounts list, the board and the dashboard keeps the accounts the team's members own", async () => {
    const viewer = { id: director.id, email: director.email, name: director.name, role: director.role };
    const listed = async (team?: string) =>
      (await listAccounts(viewer, { owner: "all", region: "Team filter", team } as never, db)).rows.map((r) => r.id).sort();
    expect(await listed(team1)).toEqual([acc.m1.id, acc.m2.id].sort());
    expect(await listed(team2)).toEqual([acc.m3.id]);
    expect(await listed()).toHaveLength(6);

    const board = await getBoard(db, viewer, { owner: "all", team: team1 });
    expect(board.columns.flatMap((c) => c.cards.map((card) => card.id)).sort()).toEqual([acc.m1.id, acc.m2.id].sort());

    const scoped = async (team?: string) => {
      const query = dashboardQuery(viewer, { scope: "all", team, region: "Team filter", period: "12m" });
      return (await db.$queryRaw<{ id: string }[]>`SELECT a.id FROM "Account" a WHERE ${scopeSql(query)} ORDER BY a.id`).map((r) => r.id);
    };
    expect(await scoped(team2)).toEqual([acc.m3.id]);
    expect(await scoped(team1)).toEqual([acc.m1.id, acc.m2.id].sort());

    // Teams whose members own no (non-archived) account are not offered.
    const empty = await db.salesTeam.create({ data: { name: "Empty team", members: { create: [{ userId: lonely.id }] } } });
    expect((await salesTeams(db)).map((t) => t.name)).toEqual(["Team One", "Team Two"]);
    await db.salesTeam.delete({ where: { id: empty.id } });
  });
});
