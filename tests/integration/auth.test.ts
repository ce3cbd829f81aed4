import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { verifyCredentials } from "@/lib/auth/credentials";
import { proxy } from "@/proxy";
import { createUser, FACTORY_PASSWORD } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

describe("sign-in with e-mail and password", () => {
  let email: string;

  beforeAll(async () => {
    await resetDatabase();
    email = (await createUser(testDb(), { role: "DIRECTOR", email: "Director@Test.kam".toLowerCase() })).email;
    await createUser(testDb(), { email: "inactive@test.kam", active: false });
  });

  it("accepts the right password and returns the user with role, never the hash", async () => {
    const user = await verifyCredentials(testDb(), { email, password: FACTORY_PASSWORD });
    expect(user).toMatchObject({ email, role: "DIRECTOR" });
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("matches the e-mail case-insensitively and trims it", async () => {
    expect(await verifyCredentials(testDb(), { email: `  ${email.toUpperCase()} `, password: FACTORY_PASSWORD })).not.toBeNull();
  });

  it.each([
    ["a wrong password", () => ({ email, password: "wrong-password" })],
    ["an unknown e-mail", () => ({ email: "nobody@test.kam", password: FACTORY_PASSWORD })],
    ["a deactivated user", () => ({ email: "inactive@test.kam", password: FACTORY_PASSWORD })],
    ["an empty password", () => ({ email, password: "" })],
    ["no input", () => undefined],
  ])("rejects %s", async (_, input) => {
    expect(await verifyCredentials(testDb(), input())).toBeNull();
  });

  it("stores passwords hashed, never in clear", async () => {
    const row = await testDb().user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect(row.passwordHash).not.toContain(FACTORY_PASSWORD);
    expect(row.passwordHash).toMatch(/^\$2[aby]\$/);
  });
});

describe("the proxy in front of every page", () => {
  it("redirects a page request without a session to /login, remembering where it was going", async () => {
    const response = await proxy(new NextRequest("http://localhost:3000/accounts?q=steel"));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("callbackUrl")).toBe("/accounts?q=steel");
  });

  it("lets a request with a valid session through", async () => {
    const token = await encode({ token: { id: "u1", role: "MANAGER" }, secret: process.env.NEXTAUTH_SECRET! });
    const request = new NextRequest("http://localhost:3000/dashboard", { headers: { cookie: `next-auth.session-token=${token}` } });
    const response = await proxy(request);
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("rejects a session token signed with another secret", async () => {
    const token = await encode({ token: { id: "u1", role: "ADMIN" }, secret: "someone-elses-secret" });
    const request = new NextRequest("http://localhost:3000/admin", { headers: { cookie: `next-auth.session-token=${token}` } });
    expect((await proxy(request)).status).toBe(307);
  });
});

describe("the client address used for throttling", () => {
  it("is the X-Forwarded-For entry the nearest proxy (or Next itself) added, not what the client claims", () => {
    expect(clientAddress({ "x-forwarded-for": "10.0.0.5" }, 1)).toBe("10.0.0.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.4" }), 1)).toBe("203.0.113.4");
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.4, 10.0.0.2" }, 2)).toBe("203.0.113.4");
    expect(clientAddress({ "x-forwarded-for": "::ffff:192.0.2.9" }, 1)).toBe("192.0.2.9");
  });

  it("is unknown without the header or with the header not trusted", () => {
    expect(clientAddress({}, 1)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "10.0.0.5" }, 0)).toBeNull();
  });
});
