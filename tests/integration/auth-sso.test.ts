import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ headers: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => [], get: () => undefined }),
  headers: async () => new Headers([...request.headers]),
}));

import { authConfigFromEnv, oidcConfigFromEnv, type AuthConfig, type OidcConfig } from "@/lib/auth/config";
import { buildAuthOptions } from "@/lib/auth/options";
import { identityFromClaims, OIDC_PROVIDER_ID, signInWithSso, type SsoIdentity } from "@/lib/auth/sso";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const RULES: OidcConfig = {
  issuer: "https://idp.example",
  clientId: "kam",
  clientSecret: "secret",
  label: "Example IdP",
  defaultRole: "MANAGER",
  createUsers: true,
};
const identity = (overrides: Partial<SsoIdentity> = {}): SsoIdentity => ({
  subject: "sub-1",
  email: "person@sso.test",
  emailVerified: true,
  name: "Pat Person",
  ...overrides,
});

beforeAll(async () => {
  await resetDatabase();
});

beforeEach(async () => {
  await db.auditLog.deleteMany({});
});

describe("the identity provider's claims", () => {
  it("reads subject, e-mail, its verification and a name from the usual claims", () => {
    expect(identityFromClaims({ sub: "abc", email: " A@B.example ", email_verified: true, name: "Ann Bee" })).toEqual({
      subject: "abc", email: "A@B.example", emailVerified: true, name: "Ann Bee",
    });
    expect(identityFromClaims({ sub: "abc", email: "a@b.example", email_verified: "false", given_name: "Ann", family_name: "Bee" })).toMatchObject({
      emailVerified: false, name: "Ann Bee",
    });
    expect(identityFromClaims({ sub: "abc", preferred_username: "ann" })).toEqual({ subject: "abc", email: null, emailVerified: null, name: "ann" });
  });
});

describe("matching the identity to a KAM user", () => {
  it("signs in an existing user matched by e-mail (case and spaces ignored), keeping role and id", async () => {
    const existing = await createUser(db, { email: "director@sso.test", role: "DIRECTOR" });
    const outcome = await signInWithSso(db, identity({ email: "  Director@SSO.test " }), RULES, "203.0.113.9");
    expect(outcome).toMatchObject({ ok: true, created: false, user: { id: existing.id, role: "DIRECTOR", sessionVersion: 0 } });
    const row = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(row.lastSignInAt).not.toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: existing.id, action: "signIn" } });
    expect(entry.after).toMatchObject({ method: "sso", address: "203.0.113.9" });
    expect(await db.user.count({ where: { email: "director@sso.test" } })).toBe(1);
  });

  it("creates an unknown user on first sign-in with the configured role, no password, and audits it", async () => {
    const outcome = await signInWithSso(db, identity({ email: "new.person@sso.test", name: "New Person" }), { ...RULES, defaultRole: "DIRECTOR" }, null);
    expect(outcome).toMatchObject({ ok: true, created: true, user: { email: "new.person@sso.test", name: "New Person", role: "DIRECTOR" } });
    const row = await db.user.findUniqueOrThrow({ where: { email: "new.person@sso.test" }, omit: { passwordHash: false } });
    expect(row).toMatchObject({ role: "DIRECTOR", active: true, passwordHash: null });
    expect(row.lastSignInAt).not.toBeNull();
    const actions = (await db.auditLog.findMany({ where: { entityId: row.id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["create", "signIn"]);

    // The second sign-in finds the same user.
    const again = await signInWithSso(db, identity({ email: "new.person@sso.test" }), RULES, null);
    expect(again).toMatchObject({ ok: true, created: false, user: { id: row.id } });
  });

  it("names a created user after the e-mail when the provider sends no name", async () => {
    const outcome = await signInWithSso(db, identity({ email: "no.name@sso.test", name: null }), RULES, null);
    expect(outcome).toMatchObject({ ok: true, user: { name: "no.name" } });
  });

  it("two first sign-ins at once create one user", async () => {
    const both = await Promise.all([
      signInWithSso(db, identity({ email: "twice@sso.test" }), RULES, null),
      signInWithSso(db, identity({ email: "twice@sso.test" }), RULES, null),
    ]);
    expect(both.every((o) => o.ok)).toBe(true);
    expect(await db.user.count({ where: { email: "twice@sso.test" } })).toBe(1);
  });

  it("refuses an unknown user when creating users is off, with its own message, and creates nothing", async () => {
    const outcome = await signInWithSso(db, identity({ email: "stranger@sso.test" }), { ...RULES, createUsers: false }, null);
    expect(outcome).toEqual({ ok: false, code: "SsoNoAccount" });
    expect(await db.user.count({ where: { email: "stranger@sso.test" } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "signIn.refused" } });
    expect(entry.after).toMatchObject({ method: "sso", email: "stranger@sso.test", reason: "noAccount" });
  });

  it("still signs in an existing user when creating users is off", async () => {
    const existing = await createUser(db, { email: "known@sso.test" });
    expect(await signInWithSso(db, identity({ email: "known@sso.test" }), { ...RULES, createUsers: false }, null)).toMatchObject({
      ok: true, user: { id: existing.id },
    });
  });

  it("refuses a deactivated user", async () => {
    const inactive = await createUser(db, { email: "gone@sso.test", active: false });
    expect(await signInWithSso(db, identity({ email: "gone@sso.test" }), RULES, null)).toEqual({ ok: false, code: "SsoDeactivated" });
    expect((await db.user.findUniqueOrThrow({ where: { id: inactive.id } })).lastSignInAt).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: inactive.id, action: "signIn.refused" } })).toBe(1);
  });

  it.each([
    ["no e-mail", { email: null }],
    ["an e-mail the provider marks as not verified", { email: "admin@sso.test", emailVerified: false }],
    ["something that is not an e-mail", { email: "not-an-email" }],
  ])("refuses %s", async (_, overrides) => {
    const admin = await db.user.upsert({ where: { email: "admin@sso.test" }, create: { email: "admin@sso.test", name: "Admin", role: "ADMIN" }, update: {} });
    expect(await signInWithSso(db, identity(overrides), RULES, null)).toEqual({ ok: false, code: "SsoNoEmail" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).lastSignInAt).toBeNull();
  });

  it("takes an e-mail without a verification claim (many enterprise providers send none)", async () => {
    expect(await signInWithSso(db, identity({ email: "unverified-claim@sso.test", emailVerified: null }), RULES, null)).toMatchObject({ ok: true });
  });
});

describe("next-auth's callbacks with single sign-on", () => {
  const config: AuthConfig = { ...authConfigFromEnv({}), oidc: RULES };
  const options = buildAuthOptions(config);
  const account = { provider: OIDC_PROVIDER_ID, type: "oauth" as const, providerAccountId: "idp-sub-9" };

  it("offers the OIDC provider with discovery, PKCE and state and a verified ID token", () => {
    const provider = options.providers.find((p) => p.id === OIDC_PROVIDER_ID) as unknown as Record<string, unknown>;
    expect(provider).toMatchObject({
      type: "oauth",
      name: "Example IdP",
      wellKnown: "https://idp.example/.well-known/openid-configuration",
      clientId: "kam",
      idToken: true,
      checks: ["pkce", "state"],
    });
    const profile = (provider.profile as (claims: Record<string, unknown>) => Record<string, unknown>)({ sub: "s", email: "x@y.example", email_verified: false });
    expect(profile).toMatchObject({ id: "s", email: "x@y.example", ssoEmailVerified: false });
  });

  it("signIn lets a matched user in and the session token carries the KAM user, not the provider's subject", async () => {
    request.headers.set("x-forwarded-for", "198.51.100.1");
    const existing = await createUser(db, { email: "callback@sso.test", role: "ADMIN" });
    await db.user.update({ where: { id: existing.id }, data: { sessionVersion: 5 } });
    const user = { id: "idp-sub-9", email: "callback@sso.test", name: "From IdP", ssoEmailVerified: true };
    expect(await options.callbacks!.signIn!({ user, account } as never)).toBe(true);
    const token = await options.callbacks!.jwt!({ token: { sub: "idp-sub-9" }, user, account } as never);
    expect(token).toMatchObject({ sub: existing.id, id: existing.id, role: "ADMIN", sv: 5 });
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: existing.id, action: "signIn" } })).after).toMatchObject({ address: "198.51.100.1" });
  });

  it("signIn sends a refused user back to the sign-in page with the reason", async () => {
    await createUser(db, { email: "refused@sso.test", active: false });
    const user = { id: "idp-sub-10", email: "refused@sso.test", name: "X" };
    expect(await options.callbacks!.signIn!({ user, account } as never)).toBe("/login?error=SsoDeactivated");
    const closed = buildAuthOptions({ ...config, oidc: { ...RULES, createUsers: false } });
    expect(await closed.callbacks!.signIn!({ user: { id: "s", email: "outsider@sso.test" }, account } as never)).toBe("/login?error=SsoNoAccount");
  });

  it("without SSO configured there is no OIDC provider and an OIDC sign-in is refused", async () => {
    const plain = buildAuthOptions({ ...config, oidc: null });
    expect(plain.providers.map((p) => p.id)).toEqual(["credentials"]);
    expect(await plain.callbacks!.signIn!({ user: { id: "s", email: "a@b.example" }, account } as never)).toBe(false);
  });

  it("with password sign-in off, the credentials provider refuses even a right password", async () => {
    const existing = await createUser(db, { email: "pw-off@sso.test" });
    const off = buildAuthOptions({ ...config, passwordSignIn: false });
    const credentials = off.providers.find((p) => p.id === "credentials") as unknown as {
      options: { authorize: (c: Record<string, string>, req: unknown) => Promise<unknown> };
    };
    await expect(credentials.options.authorize({ email: existing.email, password: "factory-pass" }, { headers: {} })).rejects.toThrow("PasswordSignInDisabled");
    const on = buildAuthOptions(config).providers.find((p) => p.id === "credentials") as unknown as typeof credentials;
    expect(await on.options.authorize({ email: existing.email, password: "factory-pass" }, { headers: { "x-forwarded-for": "192.0.2.1" } })).toMatchObject({
      id: existing.id, sessionVersion: 0,
    });
  });
});

describe("configuration from the environment", () => {
  it("is off without the OIDC variables and complete with them, with defaults", () => {
    expect(oidcConfigFromEnv({})).toBeNull();
    expect(oidcConfigFromEnv({ KAM_OIDC_ISSUER: "https://idp.example/realms/x/", KAM_OIDC_CLIENT_ID: "kam", KAM_OIDC_CLIENT_SECRET: "s" })).toEqual({
      issuer: "https://idp.example/realms/x", clientId: "kam", clientSecret: "s", label: "single sign-on", defaultRole: "MANAGER", createUsers: true,
    });
    expect(oidcConfigFromEnv({
      KAM_OIDC_ISSUER: "https://idp.example", KAM_OIDC_CLIENT_ID: "kam", KAM_OIDC_CLIENT_SECRET: "s",
      KAM_OIDC_LABEL: "Contoso", KAM_OIDC_DEFAULT_ROLE: "director", KAM_OIDC_CREATE_USERS: "0",
    })).toMatchObject({ label: "Contoso", defaultRole: "DIRECTOR", createUsers: false });
  });

  it.each([
    [{ KAM_OIDC_ISSUER: "https://idp.example" }, /KAM_OIDC_CLIENT_ID and KAM_OIDC_CLIENT_SECRET/],
    [{ KAM_OIDC_ISSUER: "idp.example", KAM_OIDC_CLIENT_ID: "k", KAM_OIDC_CLIENT_SECRET: "s" }, /KAM_OIDC_ISSUER must be a URL/],
    [{ KAM_OIDC_ISSUER: "https://i.example", KAM_OIDC_CLIENT_ID: "k", KAM_OIDC_CLIENT_SECRET: "s", KAM_OIDC_DEFAULT_ROLE: "OWNER" }, /KAM_OIDC_DEFAULT_ROLE/],
    [{ KAM_OIDC_ISSUER: "https://i.example", KAM_OIDC_CLIENT_ID: "k", KAM_OIDC_CLIENT_SECRET: "s", KAM_OIDC_CREATE_USERS: "maybe" }, /KAM_OIDC_CREATE_USERS/],
  ])("fails loudly on %j", (env, message) => {
    expect(() => oidcConfigFromEnv(env)).toThrow(message);
  });

  it("reads the password switch and the throttle settings", () => {
    expect(authConfigFromEnv({})).toMatchObject({ passwordSignIn: true, oidc: null, throttle: { accountFailures: 5, addressFailures: 50, blockSeconds: 900, proxyHops: 1 } });
    expect(authConfigFromEnv({ KAM_PASSWORD_SIGNIN: "0", KAM_SIGNIN_MAX_FAILURES: "3", KAM_SIGNIN_BLOCK_MINUTES: "2", KAM_PROXY_HOPS: "0" })).toMatchObject({
      passwordSignIn: false, throttle: { accountFailures: 3, blockSeconds: 120, windowSeconds: 120, proxyHops: 0 },
    });
    expect(() => authConfigFromEnv({ KAM_SIGNIN_MAX_FAILURES: "0" })).toThrow(/KAM_SIGNIN_MAX_FAILURES/);
  });
});
