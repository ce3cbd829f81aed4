import bcrypt from "bcryptjs";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * The signed-in user as the real getCurrentUser sees him: re-read from the database on every call (so role,
 * director scope and deactivation count at once). `session.id` is who is signed in.
 */
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
/** E-mail: off unless a test switches it on; what would have been sent is kept in `mail.sent`. */
const mail = vi.hoisted(() => ({ configured: false, fail: false, sent: [] as { to: string; subject: string; text: string }[] }));
vi.mock("@/lib/mail", () => ({
  isMailConfigured: () => mail.configured,
  sendMail: async (message: { to: string; subject: string; text: string }) => {
    if (!mail.configured) return { sent: false, reason: "not-configured" };
    if (mail.fail) throw new Error("SMTP server unreachable");
    mail.sent.push(message);
    return { sent: true, messageId: `<${mail.sent.length}@test>` };
  },
}));

const {
  changeRoleAction,
  createUserAction,
  deactivateUserAction,
  issuePasswordLinkAction,
  reactivateUserAction,
  setDirectorScopeAction,
  setUserTeamsAction,
} = await import("@/lib/users/actions");
const { setPasswordWithLinkAction } = await import("@/lib/users/link-actions");
const { changePasswordAction, updateProfileAction } = await import("@/lib/users/profile-actions");
const { passwordProblem, ZPasswordChoice } = await import("@/lib/users/schemas");
const { listUsers } = await import("@/lib/users/queries");

import { createUser, FACTORY_PASSWORD } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let admin: User, manager: User, director: User;

const actAs = (user: { id: string } | null) => {
  session.id = user?.id ?? null;
};
const secretOf = (path: string) => path.split("/").pop()!;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const versionOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;
const audits = (entityId: string) => db.auditLog.findMany({ where: { entityType: "User", entityId }, orderBy: { at: "asc" } });
const GOOD_PASSWORD = "Orchid-harbour-7";

async function invite(input: Partial<{ name: string; email: string; role: "ADMIN" | "DIRECTOR" | "MANAGER"; locale: "en" | "zh"; teamIds: string[] }> = {}) {
  actAs(admin);
  const result = await createUserAction({
    name: input.name ?? "Lin Wei",
    email: input.email ?? `lin.wei.${Math.random().toString(36).slice(2)}@example.com`,
    role: input.role ?? "MANAGER",
    locale: input.locale ?? "en",
    teamIds: input.teamIds ?? [],
  });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

beforeAll(async () => {
  await resetDatabase();
  admin = await createUser(db, { role: "ADMIN", name: "Ada Admin" });
  manager = await createUser(db, { role: "MANAGER" });
  director = await createUser(db, { role: "DIRECTOR" });
});

beforeEach(() => {
  mail.configured = false;
  mail.fail = false;
  mail.sent = [];
});

const appUrl = process.env.NEXTAUTH_URL;
afterAll(() => {
  actAs(null);
  if (appUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = appUrl;
});

describe("only admins manage users", () => {
  it("refuses every user action to managers and directors, and to no session, changing nothing", async () => {
    const target = await createUser(db);
    const before = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    const calls = [
      () => createUserAction({ name: "X", email: "x-denied@example.com", role: "ADMIN", locale: "en", teamIds: [] }),
      () => changeRoleAction({ userId: target.id, role: "ADMIN" }),
      () => setDirectorScopeAction({ userId: target.id, scope: "TEAMS" }),
      () => deactivateUserAction({ userId: target.id }),
      () => reactivateUserAction({ userId: target.id }),
      () => issuePasswordLinkAction({ userId: target.id }),
      () => setUserTeamsAction({ userId: target.id, teamIds: [] }),
    ];
    for (const who of [manager, director]) {
      actAs(who);
      for (const call of calls) expect(await call()).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(null);
    for (const call of calls) expect(await call()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toEqual(before);
    expect(await db.user.count({ where: { email: "x-denied@example.com" } })).toBe(0);
    expect(await db.userToken.count({ where: { userId: target.id } })).toBe(0);
    expect(await audits(target.id)).toEqual([]);
  });
});

describe("creating a user with an invitation", () => {
  it("creates the user without a password, in his teams, and stores only the SHA-256 of the link's secret", async () => {
    const team = await db.salesTeam.create({ data: { name: "East" } });
    const handout = await invite({ name: "Zhang Min", email: "  Zhang.Min@Example.com ", role: "DIRECTOR", locale: "zh", teamIds: [team.id, team.id] });
    expect(handout).toMatchObject({ purpose: "INVITATION", mail: "off" });
    expect(handout.path).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
    const created = await db.user.findUniqueOrThrow({ where: { id: handout.userId }, omit: { passwordHash: false } });
    expect(created).toMatchObject({ email: "zhang.min@example.com", name: "Zhang Min", role: "DIRECTOR", locale: "zh", active: true, passwordHash: null });
    expect(await db.salesTeamMember.findMany({ where: { userId: created.id }, select: { teamId: true } })).toEqual([{ teamId: team.id }]);

    const secret = secretOf(handout.path);
    const [token] = await db.userToken.findMany({ where: { userId: created.id } });
    expect(token).toMatchObject({ purpose: "INVITATION", tokenHash: sha256(secret), usedAt: null, createdById: admin.id });
    expect(JSON.stringify(token)).not.toContain(secret);
    const days = (token.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const [entry] = await audits(created.id);
    expect(entry).toMatchObject({ userId: admin.id, action: "create", after: { email: "zhang.min@example.com", role: "DIRECTOR", teams: ["East"] } });
    expect(JSON.stringify(await db.auditLog.findMany())).not.toContain(secret);
  });

  it("refuses an e-mail address that is taken (whatever its case) and invalid input, creating nothing", async () => {
    actAs(admin);
    const count = await db.user.count();
    expect(await createUserAction({ name: "Dup", email: admin.email.toUpperCase(), role: "MANAGER", locale: "en", teamIds: [] })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "A user with this e-mail address already exists.",
    });
    const invalid = await createUserAction({ name: "", email: "not-an-address", role: "KING" as never, locale: "en", teamIds: [] });
    expect(invalid).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: expect.any(String), email: expect.any(String), role: expect.any(String) } });
    expect(await createUserAction({ name: "Ghost team", email: "ghost-team@example.com", role: "MANAGER", locale: "en", teamIds: ["no-such-team"] })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.user.count()).toBe(count);
  });

  it("e-mails the link in the user's language after the user exists, and reports when mail is off or fails", async () => {
    process.env.NEXTAUTH_URL = "https://kam.example.com/";
    mail.configured = true;
    const sent = await invite({ name: "王芳", email: "wang.fang@example.com", locale: "zh" });
    expect(sent.mail).toBe("sent");
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0].to).toBe("wang.fang@example.com");
    expect(mail.sent[0].subject).toBe("您受邀使用 KAM");
    expect(mail.sent[0].text).toContain(`https://kam.example.com${sent.path}`);
    expect(mail.sent[0].text).toContain("王芳，您好");

    const english = await invite({ name: "Tom Reed", locale: "en" });
    expect(mail.sent[1].subject).toBe("Your invitation to KAM");
    expect(mail.sent[1].text).toContain(`https://kam.example.com${english.path}`);

    mail.fail = true;
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await invite({ name: "Mail Fails" });
    spy.mockRestore();
    expect(failed.mail).toBe("failed");
    expect(await db.user.count({ where: { id: failed.userId } })).toBe(1);
  });
});

describe("the last active admin", () => {
  it("cannot be demoted or deactivated; with a second admin he can", async () => {
    await db.user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { role: "MANAGER" } });
    actAs(admin);
    expect(await changeRoleAction({ userId: admin.id, role: "MANAGER" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "This is the last active admin: make someone else an admin first.",
    });
    expect(await deactivateUserAction({ userId: admin.id })).toMatchObject({ ok: false, code: "CONFLICT" });

    const second = await createUser(db, { role: "ADMIN" });
    expect(await deactivateUserAction({ userId: second.id })).toMatchObject({ ok: true });
    // A deactivated admin does not count: the first is again the last active one.
    expect(await changeRoleAction({ userId: admin.id, role: "DIRECTOR" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await reactivateUserAction({ userId: second.id })).toMatchObject({ ok: true });
    expect(await changeRoleAction({ userId: second.id, role: "MANAGER" })).toMatchObject({ ok: true, data: { changed: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("survives two admins demoting each other at the same moment: exactly one change goes through", async () => {
    await db.user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { role: "MANAGER" } });
    const other = await createUser(db, { role: "ADMIN" });
    for (let round = 0; round < 3; round += 1) {
      await db.user.updateMany({ where: { id: { in: [admin.id, other.id] } }, data: { role: "ADMIN", active: true } });
      actAs(admin);
      const [a, b] = await Promise.all([changeRoleAction({ userId: other.id, role: "MANAGER" }), changeRoleAction({ userId: admin.id, role: "MANAGER" })]);
      expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
      expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    }
    await db.user.updateMany({ where: { id: admin.id }, data: { role: "ADMIN", active: true } });
  });

  it("an admin cannot deactivate himself", async () => {
    await createUser(db, { role: "ADMIN" });
    actAs(admin);
    expect(await deactivateUserAction({ userId: admin.id })).toMatchObject({ ok: false, code: "CONFLICT", error: "You cannot deactivate yourself." });
  });
});

describe("role, scope, teams and status changes", () => {
  it("changes the role, ends the user's sessions and audits old → new", async () => {
    const user = await createUser(db);
    const version = await versionOf(user.id);
    actAs(admin);
    expect(await changeRoleAction({ userId: user.id, role: "DIRECTOR" })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await versionOf(user.id)).toBe(version + 1);
    expect(await changeRoleAction({ userId: user.id, role: "DIRECTOR" })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await setDirectorScopeAction({ userId: user.id, scope: "TEAMS" })).toMatchObject({ ok: true, data: { changed: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).directorScope).toBe("TEAMS");
    const log = await audits(user.id);
    expect(log.map((e) => [e.action, e.before, e.after])).toEqual([
      ["role.change", { role: "MANAGER" }, { role: "DIRECTOR" }],
      ["scope.change", { directorScope: "ALL" }, { directorScope: "TEAMS" }],
    ]);
    expect(await changeRoleAction({ userId: "no-such-user", role: "ADMIN" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("sets a user's teams as a whole and audits the team names", async () => {
    const [north, south] = await Promise.all([db.salesTeam.create({ data: { name: "North" } }), db.salesTeam.create({ data: { name: "South" } })]);
    const user = await createUser(db);
    actAs(admin);
    expect(await setUserTeamsAction({ userId: user.id, teamIds: [south.id, north.id] })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await setUserTeamsAction({ userId: user.id, teamIds: [north.id] })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await setUserTeamsAction({ userId: user.id, teamIds: [north.id] })).toMatchObject({ ok: true, data: { changed: false } });
    expect((await db.salesTeamMember.findMany({ where: { userId: user.id } })).map((m) => m.teamId)).toEqual([north.id]);
    expect((await audits(user.id)).map((e) => [e.before, e.after])).toEqual([
      [{ teams: [] }, { teams: ["North", "South"] }],
      [{ teams: ["North", "South"] }, { teams: ["North"] }],
    ]);
  });

  it("deactivation ends the sessions at once and withdraws open links; reactivation lets the user sign in again", async () => {
    const handout = await invite({ name: "Soon Gone" });
    const version = await versionOf(handout.userId);
    actAs(admin);
    expect(await deactivateUserAction({ userId: handout.userId })).toMatchObject({ ok: true, data: { changed: true } });
    const after = await db.user.findUniqueOrThrow({ where: { id: handout.userId } });
    expect(after).toMatchObject({ active: false, sessionVersion: version + 1 });
    expect(await db.userToken.count({ where: { userId: handout.userId, usedAt: null } })).toBe(0);
    expect(await issuePasswordLinkAction({ userId: handout.userId })).toMatchObject({ ok: false, code: "CONFLICT" });

    // The deactivated user's own session is refused from the next request on.
    actAs({ id: handout.userId });
    expect(await updateProfileAction({ name: "Still here?", locale: "en" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    actAs(admin);
    expect(await reactivateUserAction({ userId: handout.userId })).toMatchObject({ ok: true, data: { changed: true } });
    expect((await audits(handout.userId)).map((e) => [e.action, e.after])).toEqual([
      ["create", expect.anything()],
      ["deactivate", { active: false }],
      ["reactivate", { active: true }],
    ]);
  });
});

describe("one-time links", () => {
  const choose = (path: string, password = GOOD_PASSWORD, purpose: "INVITATION" | "PASSWORD_RESET" = "INVITATION") =>
    setPasswordWithLinkAction({ token: secretOf(path), purpose, password, confirm: password });

  it("an invitation sets the password once; the second use is refused", async () => {
    const handout = await invite({ name: "Once Only", email: "once.only@example.com" });
    const version = await versionOf(handout.userId);
    actAs(null);
    expect(await choose(handout.path)).toEqual({ ok: true, data: { email: "once.only@example.com" } });
    const user = await db.user.findUniqueOrThrow({ where: { id: handout.userId }, omit: { passwordHash: false } });
    expect(await bcrypt.compare(GOOD_PASSWORD, user.passwordHash!)).toBe(true);
    expect(user.sessionVersion).toBe(version + 1);
    expect(await choose(handout.path, "Another-password-9")).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("already been used") });
    expect(await bcrypt.compare(GOOD_PASSWORD, (await db.user.findUniqueOrThrow({ where: { id: handout.userId }, omit: { passwordHash: false } })).passwordHash!)).toBe(true);
    expect((await audits(handout.userId)).map((e) => [e.userId, e.action])).toContainEqual([handout.userId, "invitation.accept"]);
  });

  it("two submissions racing each other: exactly one sets the password", async () => {
    const handout = await invite({ name: "Racer" });
    actAs(null);
    const results = await Promise.all([choose(handout.path, "First-password-1"), choose(handout.path, "Second-password-2")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.userToken.count({ where: { userId: handout.userId, usedAt: { not: null } } })).toBe(1);
  });

  it("refuses an expired link, a link for the other page, an unknown secret and a deactivated user's link", async () => {
    const expired = await invite({ name: "Too Late" });
    await db.userToken.updateMany({ where: { userId: expired.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    actAs(null);
    expect(await choose(expired.path)).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("expired") });

    const other = await invite({ name: "Wrong Door" });
    actAs(null);
    expect(await choose(other.path, GOOD_PASSWORD, "PASSWORD_RESET")).toMatchObject({ ok: false, error: expect.stringContaining("not valid") });
    expect(await choose(`/invite/${"x".repeat(43)}`)).toMatchObject({ ok: false, error: expect.stringContaining("not valid") });

    const gone = await invite({ name: "Deactivated" });
    await db.user.update({ where: { id: gone.userId }, data: { active: false } });
    actAs(null);
    expect(await choose(gone.path)).toMatchObject({ ok: false, error: expect.stringContaining("not valid") });
    for (const id of [expired.userId, other.userId, gone.userId]) {
      expect((await db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } })).passwordHash).toBeNull();
    }
  });

  it("checks the password rule against the link's user and leaves the link usable when the password is refused", async () => {
    const handout = await invite({ name: "Rule Check", email: "rule.check.person@example.com" });
    actAs(null);
    const refused = await setPasswordWithLinkAction({ token: secretOf(handout.path), purpose: "INVITATION", password: "rule.check.person", confirm: "rule.check.person" });
    expect(refused).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { password: "The password must not be your e-mail address." } });
    const mismatch = await setPasswordWithLinkAction({ token: secretOf(handout.path), purpose: "INVITATION", password: GOOD_PASSWORD, confirm: "something-else-1" });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirm: "The two passwords are not the same." } });
    expect(await choose(handout.path)).toMatchObject({ ok: true });
  });

  it("a reset link for a user with a password: the old password works until the link is used; a newer link withdraws the older one", async () => {
    const user = await createUser(db, { email: "resetting@example.com" });
    actAs(admin);
    const first = await issuePasswordLinkAction({ userId: user.id });
    const second = await issuePasswordLinkAction({ userId: user.id });
    if (!first.ok || !second.ok) throw new Error("issuing failed");
    expect(second.data).toMatchObject({ purpose: "PASSWORD_RESET", mail: "off" });
    expect(second.data.path).toMatch(/^\/reset-password\//);
    const stored = () => db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(await bcrypt.compare(FACTORY_PASSWORD, (await stored()).passwordHash!)).toBe(true);

    actAs(null);
    expect(await choose(first.data.path, GOOD_PASSWORD, "PASSWORD_RESET")).toMatchObject({ ok: false, error: expect.stringContaining("not valid") });
    expect(await choose(second.data.path, GOOD_PASSWORD, "PASSWORD_RESET")).toMatchObject({ ok: true });
    expect(await bcrypt.compare(GOOD_PASSWORD, (await stored()).passwordHash!)).toBe(true);
    expect((await audits(user.id)).map((e) => e.action)).toEqual(["link.issue", "link.issue", "password.reset"]);
    // A user who never set a password gets a new invitation instead.
    const invited = await invite({ name: "Never Set" });
    actAs(admin);
    expect(await issuePasswordLinkAction({ userId: invited.userId })).toMatchObject({ ok: true, data: { purpose: "INVITATION" } });
  });
});

describe("the password rule", () => {
  it("needs 10 characters with a letter and a digit or symbol, at most 72 bytes, not the e-mail", () => {
    const email = "li.na@example.com";
    expect(passwordProblem("Short-1", email)).toBe("tooShort");
    expect(passwordProblem("abcdefghijk", email)).toBe("needsDigitOrSymbol");
    expect(passwordProblem("abcdefgh ij", email)).toBe("needsDigitOrSymbol");
    expect(passwordProblem("1234567890!", email)).toBe("needsLetter");
    expect(passwordProblem("LI.NA@EXAMPLE.COM", email)).toBe("isEmail");
    expect(passwordProblem("密码是一个很长的句子吗1", email)).toBeNull();
    expect(passwordProblem("长".repeat(25), email)).toBe("tooLong");
    expect(passwordProblem("correct horse 9", email)).toBeNull();
    expect(passwordProblem("abcdefghij-", email)).toBeNull();
    expect(ZPasswordChoice.safeParse({ email, password: "abcdefghij-", confirm: "abcdefghij-" }).success).toBe(true);
  });
});

describe("the profile", () => {
  it("every user changes his own name and language, audited", async () => {
    const user = await createUser(db, { name: "Old Name" });
    actAs(user);
    expect(await updateProfileAction({ name: "  New Name ", locale: "zh" })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "New Name", locale: "zh" });
    expect(await updateProfileAction({ name: "", locale: "xx" as never })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: expect.any(String), locale: expect.any(String) } });
    expect((await audits(user.id)).map((e) => [e.action, e.before, e.after])).toEqual([
      ["profile.update", { name: "Old Name", locale: "en" }, { name: "New Name", locale: "zh" }],
    ]);
  });

  it("a password change needs the current password and the rule, and ends every session", async () => {
    const user = await createUser(db, { email: "changer@example.com" });
    const version = await versionOf(user.id);
    actAs(user);
    expect(await changePasswordAction({ currentPassword: "wrong-password", password: GOOD_PASSWORD, confirm: GOOD_PASSWORD })).toMatchObject({
      ok: false,
      code: "INVALID",
      error: "The current password is not correct.",
      fieldErrors: { currentPassword: "The current password is not correct." },
    });
    expect(await changePasswordAction({ currentPassword: FACTORY_PASSWORD, password: "changer@example.com", confirm: "changer@example.com" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { password: "The password must not be your e-mail address." },
    });
    expect(await versionOf(user.id)).toBe(version);
    expect(await changePasswordAction({ currentPassword: FACTORY_PASSWORD, password: GOOD_PASSWORD, confirm: GOOD_PASSWORD })).toEqual({ ok: true, data: { email: "changer@example.com" } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(await bcrypt.compare(GOOD_PASSWORD, stored.passwordHash!)).toBe(true);
    expect(stored.sessionVersion).toBe(version + 1);
    expect((await audits(user.id)).map((e) => e.action)).toEqual(["password.change"]);
  });
});

describe("the users list", () => {
  it("searches, filters by role, team and status, and pages", async () => {
    await resetDatabase();
    admin = await createUser(db, { role: "ADMIN", name: "Ada Admin" });
    const team = await db.salesTeam.create({ data: { name: "Key accounts East" } });
    const members = await Promise.all([createUser(db, { name: "Bo Member" }), createUser(db, { name: "Cai Member", role: "DIRECTOR" })]);
    await db.salesTeamMember.createMany({ data: members.map((m) => ({ teamId: team.id, userId: m.id })) });
    const inactive = await createUser(db, { name: "Dai Inactive", active: false });
    await db.user.update({ where: { id: members[0].id }, data: { lastSignInAt: new Date("2024-05-01T08:00:00Z") } });
    const invited = await invite({ name: "Eve Invited", email: "eve@example.com" });

    const names = async (query: Record<string, unknown>) => (await listUsers(db, { ...query } as never)).rows.map((r) => r.name);
    expect(await names({})).toEqual(["Ada Admin", "Bo Member", "Cai Member", "Dai Inactive", "Eve Invited"]);
    expect(await names({ q: "EVE@" })).toEqual(["Eve Invited"]);
    expect(await names({ role: "DIRECTOR" })).toEqual(["Cai Member"]);
    expect(await names({ team: team.id })).toEqual(["Bo Member", "Cai Member"]);
    expect(await names({ status: "inactive" })).toEqual(["Dai Inactive"]);
    expect(await names({ status: "invited" })).toEqual(["Eve Invited"]);
    expect(await names({ sort: "lastSignIn", dir: "desc" })).toEqual(["Bo Member", "Ada Admin", "Cai Member", "Dai Inactive", "Eve Invited"]);
    const page = await listUsers(db, { team: team.id } as never);
    expect(page.total).toBe(2);
    expect(page.rows[0]).toMatchObject({ teams: ["Key accounts East"], status: "active" });
    expect((await listUsers(db, { page: 2 } as never)).total).toBe(5);
    expect(inactive.id).toBeTruthy();
    expect(invited.userId).toBeTruthy();
  });
});
