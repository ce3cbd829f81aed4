import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ThrottleConfig } from "@/lib/auth/config";
import { SignInRefused, signInWithPassword, UNKNOWN_USER } from "@/lib/auth/sign-in";
import { parseSignInError } from "@/lib/auth/sign-in-errors";
import { SignInThrottle } from "@/lib/auth/throttle";
import { createUser, FACTORY_PASSWORD } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const LIMITS: ThrottleConfig = { accountFailures: 3, addressFailures: 5, windowSeconds: 600, blockSeconds: 900, proxyHops: 1 };

/** Two app instances: each its own pool and limiter objects, sharing nothing but the database. */
const pools: pg.Pool[] = [];
function instance() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  pools.push(pool);
  return { db, throttle: new SignInThrottle(pool, LIMITS), config: { passwordSignIn: true } };
}
const first = instance();
const second = instance();

/** The outcome as the sign-in page sees it: the user's e-mail, "invalid" or the refusal code. */
async function attempt(deps: ReturnType<typeof instance>, email: string, password: string, address: string | null = "203.0.113.7") {
  try {
    const user = await signInWithPassword(deps, { email, password }, address);
    return user ? user.email : "invalid";
  } catch (error) {
    if (error instanceof SignInRefused) return error.code;
    throw error;
  }
}

const throttledFor = (code: string) => {
  const parsed = parseSignInError(code);
  return parsed?.kind === "throttled" ? parsed.retryAfterSeconds : null;
};

let alice: Awaited<ReturnType<typeof createUser>>;
let bob: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  await resetDatabase();
  alice = await createUser(db, { email: "alice@throttle.test" });
  bob = await createUser(db, { email: "bob@throttle.test" });
});

beforeEach(async () => {
  await db.$executeRawUnsafe(`DELETE FROM rate_limits`);
  await db.auditLog.deleteMany({});
});

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
});

describe("sign-in throttling per account", () => {
  it("blocks an e-mail after the allowed failures, then refuses even the right password, with the wait time", async () => {
    expect(await attempt(first, alice.email, "wrong-1")).toBe("invalid");
    expect(await attempt(first, alice.email, "wrong-2")).toBe("invalid");
    // The failure that uses up the limit already says how long to wait.
    const third = await attempt(first, alice.email, "wrong-3");
    expect(throttledFor(third)).toBe(LIMITS.blockSeconds);

    const withRightPassword = await attempt(first, alice.email, FACTORY_PASSWORD);
    const wait = throttledFor(withRightPassword);
    expect(wait).not.toBeNull();
    expect(wait!).toBeGreaterThan(LIMITS.blockSeconds - 30);
    expect(wait!).toBeLessThanOrEqual(LIMITS.blockSeconds);
    expect((await db.user.findUniqueOrThrow({ where: { id: alice.id } })).lastSignInAt).toBeNull();
  });

  it("keeps the count in Postgres: a second app instance sees the first one's failures", async () => {
    expect(await attempt(first, alice.email, "wrong-1")).toBe("invalid");
    expect(await attempt(second, alice.email, "wrong-2")).toBe("invalid");
    expect(throttledFor(await attempt(first, alice.email, "wrong-3"))).not.toBeNull();
    expect(throttledFor(await attempt(second, alice.email, FACTORY_PASSWORD))).not.toBeNull();
    const rows = await db.$queryRaw<{ key: string; points: number }[]>`SELECT key, points FROM rate_limits WHERE key LIKE 'signin:account:%'`;
    expect(rows).toHaveLength(1);
    // The e-mail is stored hashed, never in clear.
    expect(rows[0].key).not.toContain("alice");
  });

  it("treats an unknown e-mail exactly like a known one", async () => {
    const nobody = "nobody@throttle.test";
    expect(await attempt(first, nobody, "guess-1")).toBe("invalid");
    expect(await attempt(first, nobody, "guess-2")).toBe("invalid");
    expect(throttledFor(await attempt(first, nobody, "guess-3"))).toBe(LIMITS.blockSeconds);
    expect(throttledFor(await attempt(second, nobody, "guess-4"))).not.toBeNull();
  });

  it("starts afresh after a successful sign-in and does not touch other e-mails", async () => {
    expect(await attempt(first, alice.email, "wrong-1")).toBe("invalid");
    expect(await attempt(first, alice.email, "wrong-2")).toBe("invalid");
    expect(await attempt(first, alice.email, FACTORY_PASSWORD)).toBe(alice.email);
    expect(await attempt(first, alice.email, "wrong-3")).toBe("invalid");
    expect(await attempt(first, alice.email, "wrong-4")).toBe("invalid");
    expect(await attempt(second, bob.email, FACTORY_PASSWORD)).toBe(bob.email);
  });

  it("cannot be raced: parallel guesses get no more tries than the limit", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(i % 2 ? first : second, bob.email, `parallel-${i}`)));
    expect(results.filter((r) => r === "invalid").length).toBeLessThanOrEqual(LIMITS.accountFailures);
    expect(results.filter((r) => throttledFor(r) !== null).length).toBeGreaterThanOrEqual(8 - LIMITS.accountFailures);
  });
});

describe("sign-in throttling per client address", () => {
  it("blocks an address that fails across many e-mails, while other addresses go on", async () => {
    const address = "198.51.100.23";
    for (let i = 1; i <= LIMITS.addressFailures - 1; i++) {
      expect(await attempt(i % 2 ? first : second, `spray${i}@throttle.test`, "Winter2026!", address)).toBe("invalid");
    }
    expect(throttledFor(await attempt(first, "spray-last@throttle.test", "Winter2026!", address))).toBe(LIMITS.blockSeconds);
    // Blocked for every e-mail, even with the right password …
    expect(throttledFor(await attempt(second, alice.email, FACTORY_PASSWORD, address))).not.toBeNull();
    // … while the same user signs in from elsewhere.
    expect(await attempt(first, alice.email, FACTORY_PASSWORD, "198.51.100.99")).toBe(alice.email);
  });

  it("counts only failures: successful sign-ins from one office address do not use up its limit", async () => {
    const office = "192.0.2.50";
    for (let i = 0; i < LIMITS.addressFailures + 3; i++) {
      expect(await attempt(i % 2 ? first : second, i % 2 ? alice.email : bob.email, FACTORY_PASSWORD, office)).not.toBe("invalid");
    }
    expect(await attempt(first, alice.email, "one-typo", office)).toBe("invalid");
    expect(await attempt(first, alice.email, FACTORY_PASSWORD, office)).toBe(alice.email);
  });

  it("an attempt refused for its address does not count against the account", async () => {
    const address = "198.51.100.77";
    for (let i = 0; i < LIMITS.addressFailures; i++) await attempt(first, `x${i}@throttle.test`, "nope", address);
    for (let i = 0; i < 5; i++) expect(throttledFor(await attempt(first, bob.email, "nope", address))).not.toBeNull();
    expect(await attempt(first, bob.email, FACTORY_PASSWORD, "198.51.100.78")).toBe(bob.email);
  });
});

describe("the audit log and the user record", () => {
  it("records failures, the throttling and the success, and sets lastSignInAt", async () => {
    const before = new Date();
    await attempt(first, "ghost@throttle.test", "x");
    await attempt(first, bob.email, "wrong");
    await attempt(first, bob.email, FACTORY_PASSWORD);
    for (let i = 0; i < LIMITS.accountFailures; i++) await attempt(first, alice.email, `wrong-${i}`);

    const entries = await db.auditLog.findMany({ where: { entityType: "User" }, orderBy: { at: "asc" } });
    const summary = entries.map((e) => [e.action, e.entityId, (e.after as { reason?: string })?.reason ?? null]);
    expect(summary).toEqual([
      ["signIn.failed", UNKNOWN_USER, "unknownEmail"],
      ["signIn.failed", bob.id, "wrongPassword"],
      ["signIn", bob.id, null],
      ["signIn.failed", alice.id, "wrongPassword"],
      ["signIn.failed", alice.id, "wrongPassword"],
      ["signIn.failed", alice.id, "wrongPassword"],
      ["signIn.throttled", alice.id, null],
    ]);
    const success = entries.find((e) => e.action === "signIn")!;
    expect(success.userId).toBe(bob.id);
    expect(success.after).toMatchObject({ method: "password", address: "203.0.113.7" });
    expect(entries.find((e) => e.action === "signIn.throttled")!.after).toMatchObject({ scope: "account", retryAfterSeconds: LIMITS.blockSeconds });
    // Failed attempts have no actor: whoever typed them is not known.
    expect(entries.filter((e) => e.action !== "signIn").every((e) => e.userId === null)).toBe(true);

    const bobRow = await db.user.findUniqueOrThrow({ where: { id: bob.id } });
    expect(bobRow.lastSignInAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });
});

describe("password sign-in switched off", () => {
  it("refuses every password sign-in, even a right one, without touching the counts", async () => {
    const off = { ...first, config: { passwordSignIn: false } };
    expect(await attempt(off, alice.email, FACTORY_PASSWORD)).toBe("PasswordSignInDisabled");
    expect(parseSignInError("PasswordSignInDisabled")).toEqual({ kind: "passwordDisabled" });
    expect(await db.$queryRaw<unknown[]>`SELECT 1 FROM rate_limits`).toHaveLength(0);
  });
});
