import { encode, type JWT } from "next-auth/jwt";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

/** The request's cookies and headers, as next/headers hands them to the code under test. */
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
  }),
  headers: async () => new Headers([...request.headers]),
}));

import { signOutEverywhereAction } from "@/lib/auth/actions";
import { authOptions } from "@/lib/auth/options";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { endAllSessions } from "@/lib/auth/session-version";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let user: User;

/** Puts a session cookie with these claims into the request, as next-auth would have issued it. */
async function withSession(claims: JWT | null) {
  request.cookies.clear();
  if (claims) request.cookies.set("next-auth.session-token", await encode({ token: claims, secret: process.env.NEXTAUTH_SECRET! }));
}

const version = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).sessionVersion;

beforeAll(async () => {
  await resetDatabase();
});

beforeEach(async () => {
  user = await createUser(db);
});

describe("a session carries the user's session version", () => {
  it("puts the version into the token at sign-in and into the session", async () => {
    const token = await authOptions.callbacks!.jwt!({
      token: { sub: user.id },
      user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: 4 },
      account: { provider: "credentials", type: "credentials", providerAccountId: user.id },
    } as Parameters<NonNullable<NonNullable<typeof authOptions.callbacks>["jwt"]>>[0]);
    expect(token).toMatchObject({ id: user.id, role: user.role, sv: 4 });
    const session = await authOptions.callbacks!.session!({ session: { user: {}, expires: "" }, token } as never);
    expect(session.user).toMatchObject({ id: user.id, sessionVersion: 4 });
  });

  it("getCurrentUser accepts a token of the current version and rejects an older one", async () => {
    await withSession({ id: user.id, role: user.role, sv: 0 });
    expect(await getCurrentUser()).toMatchObject({ id: user.id, email: user.email });

    await db.$transaction((tx) => endAllSessions(tx, user.id));
    expect(await version(user.id)).toBe(1);
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUser()).rejects.toMatchObject({ digest: expect.stringContaining("/login") });

    await withSession({ id: user.id, role: user.role, sv: 1 });
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
  });

  it("rejects a token without a version, one with a newer version, and no token at all", async () => {
    await withSession({ id: user.id, role: user.role });
    expect(await getCurrentUser()).toBeNull();
    await withSession({ id: user.id, role: user.role, sv: 7 });
    expect(await getCurrentUser()).toBeNull();
    await withSession(null);
    expect(await getCurrentUser()).toBeNull();
  });

  it("rejects the session of a deactivated user even with the current version", async () => {
    await withSession({ id: user.id, role: user.role, sv: 0 });
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("ends only that user's sessions", async () => {
    const other = await createUser(db);
    await endAllSessions(db, user.id);
    await withSession({ id: other.id, role: other.role, sv: 0 });
    expect(await getCurrentUser()).toMatchObject({ id: other.id });
  });
});

describe("signing out ends the session for every copy of the cookie", () => {
  it("moves the version on at sign-out and records it; a second sign-out with the same, dead token changes nothing", async () => {
    const token = { id: user.id, role: user.role, sv: 0 };
    await authOptions.events!.signOut!({ token, session: null as never });
    expect(await version(user.id)).toBe(1);
    await withSession(token);
    expect(await getCurrentUser()).toBeNull();

    await authOptions.events!.signOut!({ token, session: null as never });
    expect(await version(user.id)).toBe(1);
    const entries = await db.auditLog.findMany({ where: { entityId: user.id, action: "signOut" } });
    expect(entries).toHaveLength(1);
  });

  it("'end all sessions' ends the signed-in user's sessions and is audited", async () => {
    await withSession({ id: user.id, role: user.role, sv: 0 });
    const result = await signOutEverywhereAction({});
    expect(result).toEqual({ ok: true, data: undefined });
    expect(await version(user.id)).toBe(1);
    expect(await getCurrentUser()).toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "signOut.everywhere" } });
    expect(entry.userId).toBe(user.id);

    // The browser's own sign-out that follows finds the session already ended and does not move the version again.
    await authOptions.events!.signOut!({ token: { id: user.id, sv: 0 }, session: null as never });
    expect(await version(user.id)).toBe(1);
  });

  it("'end all sessions' without a valid session is refused", async () => {
    await withSession({ id: user.id, role: user.role, sv: 3 });
    const result = await signOutEverywhereAction({});
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await version(user.id)).toBe(0);
  });
});
