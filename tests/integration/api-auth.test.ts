import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import * as accounts from "@/app/api/v1/accounts/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import { config as proxyConfig, proxy } from "@/proxy";
import * as users from "@/app/api/v1/users/route";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/api-keys/actions";
import { listApiKeys } from "@/lib/api-keys/queries";
import { hashApiSecret, parseApiKey } from "@/lib/api-keys/secret";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";
import { call, createKey } from "./api-support";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let admin: User, manager: User;

beforeAll(async () => {
  await resetDatabase();
  admin = await createUser(db, { role: "ADMIN" });
  manager = await createUser(db);
  await createAccount(db, { ownerId: manager.id });
});

afterAll(() => {
  actAs(null);
  delete process.env.KAM_API_RATE_LIMIT;
});

describe("API keys in the admin screens", () => {
  it("shows the secret once, stores only its SHA-256, audits without the secret, and lists the key", async () => {
    actAs(admin);
    const result = await createApiKeyAction({ name: "ERP feed", userId: manager.id, scopes: ["orders:write", "orders:read"], expiresOn: "" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { token, id } = result.data;
    const parsed = parseApiKey(token)!;
    expect(parsed.secret).toHaveLength(43);
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(stored.secretHash).toBe(hashApiSecret(parsed.secret));
    expect(JSON.stringify(stored)).not.toContain(parsed.secret);
    expect(stored).toMatchObject({ userId: manager.id, createdById: admin.id, expiresAt: null, scopes: ["orders:write", "orders:read"] });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "ApiKey", entityId: id, action: "create" } });
    expect(JSON.stringify(audit.after)).not.toContain(parsed.secret);
    expect(JSON.stringify(audit.after)).not.toContain(stored.secretHash);
    const listed = await listApiKeys(db);
    expect(listed.find((k) => k.id === id)).toMatchObject({ name: "ERP feed", status: "active", user: { id: manager.id } });
    expect(JSON.stringify(listed)).not.toContain(stored.secretHash);
  });

  it("is for admins only, needs a scope and an active user, refuses a past last day", async () => {
    actAs(manager);
    expect(await createApiKeyAction({ name: "x", userId: manager.id, scopes: ["accounts:read"] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(admin);
    expect(await createApiKeyAction({ name: "x", userId: manager.id, scopes: [] })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await createApiKeyAction({ name: "x", userId: "nobody", scopes: ["accounts:read"] })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await createApiKeyAction({ name: "x", userId: manager.id, scopes: ["accounts:read"], expiresOn: "2020-01-01" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await createApiKeyAction({ name: "x", userId: manager.id, scopes: ["metrics:write" as never] })).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("revokes a key once; the revoked key is refused from the next request and the audit names the admin", async () => {
    actAs(admin);
    const created = await createApiKeyAction({ name: "BI", userId: manager.id, scopes: ["accounts:read"] });
    if (!created.ok) throw new Error(created.error);
    expect((await call(accounts.GET, "/accounts", { token: created.data.token })).status).toBe(200);
    expect(await revokeApiKeyAction({ id: created.data.id })).toMatchObject({ ok: true });
    expect(await revokeApiKeyAction({ id: created.data.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    const refused = await call(accounts.GET, "/accounts", { token: created.data.token });
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject({ code: "unauthorized", detail: "The API key was revoked." });
    expect(await db.auditLog.count({ where: { entityId: created.data.id, action: "revoke", userId: admin.id } })).toBe(1);
  });
});

describe("the key check of every request", () => {
  it("answers 401 problem+json for a missing, malformed, unknown, expired or revoked key and a deactivated user", async () => {
    const { token: good } = await createKey(db, manager.id);
    const wrongSecret = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    const { token: expired } = await createKey(db, manager.id, { expiresAt: new Date(Date.now() - 1000) });
    const { token: revoked } = await createKey(db, manager.id, { revokedAt: new Date() });
    const inactive = await createUser(db, { active: false });
    const { token: ofInactive } = await createKey(db, inactive.id);
    const cases: [string | null, string, Record<string, string>?][] = [
      [null, "Send an API key as “Authorization: Bearer <key>”."],
      ["not-a-key", "The API key is not valid."],
      [wrongSecret, "The API key is not valid."],
      [`kam_000000000000_${"A".repeat(43)}`, "The API key is not valid."],
      [expired, "The API key has expired."],
      [revoked, "The API key was revoked."],
      [ofInactive, "The user this API key acts as was deactivated."],
    ];
    for (const [token, detail] of cases) {
      const answer = await call(accounts.GET, "/accounts", { token });
      expect(answer.status, String(token)).toBe(401);
      expect(answer.headers.get("content-type")).toBe("application/problem+json");
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(answer.json).toEqual({ type: "about:blank", title: "Unauthorized", status: 401, code: "unauthorized", detail });
    }
    // A session cookie is no key: the API never falls back to the signed-in user.
    actAs(admin);
    expect((await call(accounts.GET, "/accounts", { headers: { Cookie: "next-auth.session-token=x" } })).status).toBe(401);
    const chinese = await call(accounts.GET, "/accounts", { headers: { "Accept-Language": "zh-CN,zh;q=0.9" } });
    expect(chinese.json.detail).toBe("请以“Authorization: Bearer <密钥>”发送 API 密钥。");
  });

  it("answers 403 when the key lacks the endpoint's scope, and write does not include read", async () => {
    const { token } = await createKey(db, admin.id, { scopes: ["accounts:write"] });
    const answer = await call(accounts.GET, "/accounts", { token });
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({ code: "forbidden", detail: "The API key lacks the scope “accounts:read”." });
    expect((await call(users.GET, "/users", { token })).status).toBe(403);
  });

  it("records the last use at most once a minute", async () => {
    const { token, key } = await createKey(db, manager.id);
    expect(key.lastUsedAt).toBeNull();
    await call(accounts.GET, "/accounts", { token });
    const first = (await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await call(accounts.GET, "/accounts", { token });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(first);
    // A minute later the use is recorded again.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 61_000);
      await call(accounts.GET, "/accounts", { token });
    } finally {
      vi.useRealTimers();
    }
    const after = (await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt!;
    expect(after.getTime() - first!.getTime()).toBeGreaterThanOrEqual(60_000);
  });

  it("limits requests per key in Postgres and answers 429 with Retry-After", async () => {
    process.env.KAM_API_RATE_LIMIT = "3/60";
    try {
      const { token, key } = await createKey(db, manager.id);
      const { token: other } = await createKey(db, manager.id);
      for (let i = 0; i < 3; i++) {
        const ok = await call(accounts.GET, "/accounts", { token });
        expect(ok.status).toBe(200);
        expect(ok.headers.get("ratelimit-remaining")).toBe(String(2 - i));
      }
      const limited = await call(accounts.GET, "/accounts", { token });
      expect(limited.status).toBe(429);
      expect(limited.json).toMatchObject({ status: 429, code: "rate_limited" });
      const retry = Number(limited.headers.get("retry-after"));
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(60);
      // Per key: another key of the same user is not limited; the count lives in the rate_limits table.
      expect((await call(accounts.GET, "/accounts", { token: other })).status).toBe(200);
      const [row] = await db.$queryRaw<{ points: number }[]>`SELECT points FROM rate_limits WHERE key = ${`api:3/60:${key.id}`}`;
      expect(row.points).toBeGreaterThanOrEqual(4);
    } finally {
      delete process.env.KAM_API_RATE_LIMIT;
    }
  });
});

describe("the way in", () => {
  it("the proxy never sends an API request to /login: /api/v1 is outside its matcher and public in it", async () => {
    for (const url of ["/api/v1/accounts", "/api/v1/orders/bulk", "/api/v1/openapi.json"]) {
      expect([url, unstable_doesMiddlewareMatch({ config: proxyConfig, url })]).toEqual([url, false]);
    }
    expect(unstable_doesMiddlewareMatch({ config: proxyConfig, url: "/api-docs" })).toBe(true);
    const passed = await proxy(new NextRequest("http://localhost:3000/api/v1/accounts"));
    expect(passed.headers.get("location")).toBeNull();
    const page = await proxy(new NextRequest("http://localhost:3000/api-docs"));
    expect(page.headers.get("location")).toContain("/login");
  });

  it("serves the OpenAPI document without a key", async () => {
    const answer = await openapi.GET();
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ openapi: "3.1.0", info: { title: "KAM API" } });
  });
});
