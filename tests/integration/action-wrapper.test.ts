import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from "vitest";
import { z } from "zod";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import { editableAccountSql, editableAccountWhere } from "@/lib/auth/account-access";
import type { ReadDb } from "@/lib/db/read-only";
import { defineAction, type ReadContext } from "@/lib/server/define-action";
import { defineRoute } from "@/lib/server/define-route";
import { conflict, invalidFields } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/validation/field-errors";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let owner: User, teammate: User, outsider: User, director: User;

/** A guarded write as every feature writes one: log an activity on the account the wrapper checked. */
const logNote = defineAction(
  { schema: z.object({ accountId: z.string(), summary: z.string() }), account: (input) => input.accountId },
  async ({ summary }, { tx, account, user }) => {
    const row = await tx.activity.create({ data: { accountId: account.id, userId: user.id, type: "OTHER", summary, occurredAt: new Date() } });
    return { id: row.id };
  },
);

const notes = (accountId: string) => db.activity.count({ where: { accountId } });

beforeAll(async () => {
  await resetDatabase();
  [owner, teammate, outsider] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  director = await createUser(db, { role: "DIRECTOR" });
});

afterAll(() => actAs(null));

describe("the action wrapper's account option", () => {
  it("lets the owner, a team member and a director write, and refuses a manager outside the account", async () => {
    const account = await createAccount(db, { ownerId: owner.id });
    await db.accountTeamMember.create({ data: { accountId: account.id, userId: teammate.id, teamRole: "FINANCE" } });

    for (const user of [owner, teammate, director]) {
      actAs(user);
      expect(await logNote({ accountId: account.id, summary: `by ${user.name}` })).toMatchObject({ ok: true });
    }
    actAs(outsider);
    expect(await logNote({ accountId: account.id, summary: "intruder" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await notes(account.id)).toBe(3);
  });

  it("answers NOT_FOUND for a missing account and UNAUTHENTICATED without a session, writing nothing", async () => {
    actAs(owner);
    expect(await logNote({ accountId: "no-such-account", summary: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(null);
    const account = await createAccount(db, { ownerId: owner.id });
    expect(await logNote({ accountId: account.id, summary: "x" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await notes(account.id)).toBe(0);
  });

  it("checks and writes in one transaction: an owner change committed while the write waits refuses the write", async () => {
    const account = await createAccount(db, { ownerId: owner.id });
    actAs(owner);
    let release!: () => void, updated!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const didUpdate = new Promise<void>((resolve) => (updated = resolve));
    // A director reassigns the account; the reassignment holds the row until `release`.
    const reassign = db.$transaction(
      async (tx) => {
        await tx.account.update({ where: { id: account.id }, data: { ownerId: outsider.id, version: { increment: 1 } } });
        updated();
        await gate;
      },
      { timeout: 30_000 },
    );
    await didUpdate;
    const write = logNote({ accountId: account.id, summary: "racing the reassignment" });
    // The write is now waiting for the account row (its permission not yet decided).
    await waitFor(async () => (await waitingLocks()) > 0);
    release();
    await reassign;
    expect(await write).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await notes(account.id)).toBe(0);
  });

  it("rolls the whole write back when the handler fails after writing", async () => {
    const account = await createAccount(db, { ownerId: owner.id });
    actAs(owner);
    const failing = defineAction({ schema: z.object({ accountId: z.string() }), account: (input) => input.accountId }, async (_input, { tx, account: guarded, user }) => {
      await tx.activity.create({ data: { accountId: guarded.id, userId: user.id, type: "OTHER", summary: "half", occurredAt: new Date() } });
      throw new Error("boom");
    });
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await failing({ accountId: account.id })).toMatchObject({ ok: false, code: "UNEXPECTED" });
    spy.mockRestore();
    expect(await notes(account.id)).toBe(0);
  });

  it("refuses to define a portfolio-wide write for managers", () => {
    expect(() =>
      defineAction({ schema: z.object({}), portfolio: true, roles: ["MANAGER"] as unknown as ["DIRECTOR"] }, async () => null),
    ).toThrow(/directors and admins/);
  });

  it("gives a read action a client on which account-owned tables cannot be written", () => {
    expectTypeOf<ReadContext["db"]>().toEqualTypeOf<ReadDb>();
    expectTypeOf<ReadDb["contact"]>().not.toHaveProperty("create");
    expectTypeOf<ReadDb["account"]>().not.toHaveProperty("updateMany");
    expectTypeOf<ReadDb["contact"]>().toHaveProperty("findMany");
    expectTypeOf<ReadDb>().not.toHaveProperty("$executeRaw");
  });
});

describe("the action wrapper's self and public options", () => {
  /** A write to the signed-in user's own row, as the profile does it. */
  const rename = defineAction({ schema: z.object({ name: z.string().min(1) }), self: true }, async ({ name }, { tx, user }) => {
    await tx.user.update({ where: { id: user.id }, data: { name } });
    if (name === "rollback") throw invalidFields(fieldIssue("name", "validation.invalid"));
    return { id: user.id };
  });
  /** An action open without a session, which sees the user when there is one. */
  const whoAmI = defineAction({ schema: z.object({}), public: true }, async (_input, { user, tx }) => ({
    user: user?.id ?? null,
    users: await tx.user.count(),
  }));

  it("self: any signed-in role writes his own row in one transaction; no session is refused", async () => {
    actAs(owner);
    expect(await rename({ name: "Renamed Owner" })).toEqual({ ok: true, data: { id: owner.id } });
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).name).toBe("Renamed Owner");
    actAs(null);
    expect(await rename({ name: "Anonymous" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("a rule broken after the schema passed is a field error, and rolls the write back", async () => {
    actAs(owner);
    expect(await rename({ name: "rollback" })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: expect.any(String) } });
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).name).toBe("Renamed Owner");
  });

  it("public: runs without a session and still knows a signed-in user", async () => {
    actAs(null);
    const users = await db.user.count();
    expect(await whoAmI({})).toEqual({ ok: true, data: { user: null, users } });
    actAs(director);
    expect(await whoAmI({})).toEqual({ ok: true, data: { user: director.id, users } });
  });
});

describe("the edit rule, as a Prisma where and as SQL", () => {
  it("selects exactly the same accounts both ways, for every kind of user", async () => {
    const accounts = await Promise.all([
      createAccount(db, { ownerId: owner.id }),
      createAccount(db, { ownerId: outsider.id }),
      createAccount(db, { ownerId: director.id }),
    ]);
    await db.accountTeamMember.create({ data: { accountId: accounts[1].id, userId: teammate.id, teamRole: "FINANCE" } });
    // A director limited to his sales teams: he leads the owner's team and belongs to the teammate's.
    const teamsDirector = await db.user.create({ data: { email: `teams-director-${Date.now()}@test.kam`, name: "Teams Director", role: "DIRECTOR", directorScope: "TEAMS" } });
    await db.salesTeam.create({ data: { name: `Led ${Date.now()}`, leaderId: teamsDirector.id, members: { create: [{ userId: owner.id }] } } });
    await db.salesTeam.create({ data: { name: `Joined ${Date.now()}`, members: { create: [{ userId: teammate.id }, { userId: teamsDirector.id }] } } });
    const [teammates, directors] = await Promise.all([createAccount(db, { ownerId: teammate.id }), createAccount(db, { ownerId: teamsDirector.id })]);
    const ids = [...accounts, teammates, directors].map((a) => a.id);
    const teamsEditable = await db.account.findMany({ where: { id: { in: ids }, ...editableAccountWhere(teamsDirector) }, select: { id: true } });
    expect(teamsEditable.map((a) => a.id).sort()).toEqual([accounts[0].id, teammates.id, directors.id].sort());
    for (const user of [owner, teammate, outsider, director, teamsDirector]) {
      const viaWhere = await db.account.findMany({ where: { id: { in: ids }, ...editableAccountWhere(user) }, select: { id: true }, orderBy: { id: "asc" } });
      const viaSql = await db.$queryRaw<{ id: string }[]>`
        SELECT a.id FROM "Account" a WHERE a.id = ANY(${ids}::text[]) AND ${editableAccountSql(user)} ORDER BY a.id`;
      expect(viaSql.map((r) => r.id)).toEqual(viaWhere.map((r) => r.id));
    }
  });
});

describe("the route wrapper", () => {
  const route = defineRoute({ roles: ["MANAGER", "DIRECTOR"], query: z.object({ n: z.coerce.number().int().max(10, "validation.tooBig") }) }, async (_request, { query, user }) => {
    if (query.n === 9) throw conflict();
    if (query.n === 8) throw new Error("boom");
    return Response.json({ n: query.n, user: user.id });
  });
  const call = (query: string, init: RequestInit = {}) => route(new Request(`http://kam.test/r?${query}`, { headers: { host: "kam.test" }, ...init }));
  const post = (origin: string) => call("n=1", { method: "POST", headers: { host: "kam.test", origin } });

  it("answers 401 without a session and 403 for a role it does not allow", async () => {
    actAs(null);
    expect((await call("n=1")).status).toBe(401);
    actAs(await createUser(db, { role: "ADMIN" }));
    const refused = await call("n=1");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: "You are not allowed to do this." });
  });

  it("refuses a foreign, null or malformed Origin on a write with 403, never a 500", async () => {
    actAs(owner);
    for (const origin of ["https://evil.example", "null", "not a url", "http://"]) expect((await post(origin)).status).toBe(403);
    expect((await post("http://kam.test")).status).toBe(200);
  });

  it("turns invalid input into 400 with field errors, a typed error into its status, anything else into a generic 500", async () => {
    actAs(owner);
    const invalid = await call("n=11");
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ fieldErrors: { n: expect.any(String) } });
    expect((await call("n=9")).status).toBe(409);
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await call("n=8");
    spy.mockRestore();
    expect(failed.status).toBe(500);
    expect(JSON.stringify(await failed.json())).not.toContain("boom");
    expect(await (await call("n=3")).json()).toEqual({ n: 3, user: owner.id });
  });
});

/** Locks some session of the code under test is waiting for. */
async function waitingLocks() {
  const [{ count }] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_locks WHERE NOT granted`;
  return count;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
