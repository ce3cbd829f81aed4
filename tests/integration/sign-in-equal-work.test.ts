import bcrypt from "bcryptjs";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { checkPassword } from "@/lib/auth/credentials";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { SignInThrottle } from "@/lib/auth/throttle";
import { createUser, FACTORY_PASSWORD } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
let pool: pg.Pool;
let deps: Parameters<typeof signInWithPassword>[0];
let known: string, deactivated: string, ssoOnly: string;

beforeAll(async () => {
  await resetDatabase();
  known = (await createUser(db, { email: "known@equal.test" })).email;
  deactivated = (await createUser(db, { email: "off@equal.test", active: false })).email;
  ssoOnly = (await db.user.create({ data: { email: "sso-only@equal.test", name: "SSO only", passwordHash: null } })).email;
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  // Limits high enough that this file never throttles: it measures the work of a plain failure.
  deps = { db, throttle: new SignInThrottle(pool, { accountFailures: 1000, addressFailures: 1000, windowSeconds: 600, blockSeconds: 600, proxyHops: 1 }), config: { passwordSignIn: true } };
});

afterAll(() => pool.end());

describe("a sign-in does the same work whether or not the e-mail exists", () => {
  let compare: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    compare = vi.spyOn(bcrypt, "compare");
  });
  afterEach(() => compare.mockRestore());

  it.each([
    ["a known e-mail with a wrong password", () => known],
    ["an unknown e-mail", () => "nobody@equal.test"],
    ["a deactivated user", () => deactivated],
    ["a user without a password (single sign-on only)", () => ssoOnly],
  ])("%s: one bcrypt comparison against a real-cost hash, and a refusal", async (_, email) => {
    expect(await signInWithPassword(deps, { email: email(), password: "not-it" }, "203.0.113.1")).toBeNull();
    expect(compare).toHaveBeenCalledTimes(1);
    const hash = compare.mock.calls[0][1] as string;
    expect(bcrypt.getRounds(hash)).toBe(10);
  });

  it("the deactivated user is refused even with the right password, after the same comparison", async () => {
    expect(await signInWithPassword(deps, { email: deactivated, password: FACTORY_PASSWORD }, "203.0.113.1")).toBeNull();
    expect(compare).toHaveBeenCalledTimes(1);
  });

  it("the comparison for an unknown e-mail never lets anyone in, whatever the password", async () => {
    const result = await checkPassword(db, "nobody@equal.test", "");
    expect(result).toEqual({ ok: false, reason: "unknownEmail", userId: null });
  });

  it("prints the time of known against unknown e-mails (for the record; not asserted, machines vary)", async () => {
    const time = async (email: string) => {
      const started = performance.now();
      for (let i = 0; i < 5; i++) await signInWithPassword(deps, { email, password: `wrong-${i}` }, null);
      return (performance.now() - started) / 5;
    };
    await time(known); // warm-up
    const [knownMs, unknownMs] = [await time(known), await time("nobody@equal.test")];
    console.log(`sign-in failure: known e-mail ${knownMs.toFixed(1)} ms, unknown e-mail ${unknownMs.toFixed(1)} ms, ratio ${(unknownMs / knownMs).toFixed(2)}`);
    expect(compare).toHaveBeenCalledTimes(15);
  });
});
