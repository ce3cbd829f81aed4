import { writeAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/prisma";
import type { AuthConfig } from "./config";
import { checkPassword, type VerifiedUser } from "./credentials";
import { ZSignIn } from "./schemas";
import { SIGN_IN_ERRORS, throttledCode } from "./sign-in-errors";
import type { SignInThrottle, Throttled } from "./throttle";

/** A refused sign-in whose message is the code the sign-in page shows (lib/auth/sign-in-errors.ts). */
export class SignInRefused extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = "SignInRefused";
  }
}

export type SignInMethod = "password" | "sso";

/** A successful sign-in: the time on the user and an entry in the audit log. */
export async function recordSignIn(db: Db, userId: string, method: SignInMethod, address: string | null) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
    await writeAudit(tx, { userId, entityType: "User", entityId: userId, action: "signIn", after: { method, address } });
  });
}

/** Audit entries for attempts that name no user carry this id. */
export const UNKNOWN_USER = "unknown";

export type PasswordSignInDeps = { db: Db; throttle: SignInThrottle; config: Pick<AuthConfig, "passwordSignIn"> };

/**
 * Sign-in with e-mail and password, as the credentials provider runs it: null for a wrong e-mail or password
 * (one message for both); throws SignInRefused when password sign-in is off or the attempt is throttled. Known and
 * unknown e-mails take the same path — the same throttle keys, one bcrypt comparison, one audit entry — so
 * neither the answer nor its timing tells them apart.
 */
export async function signInWithPassword(deps: PasswordSignInDeps, input: unknown, address: string | null): Promise<VerifiedUser | null> {
  const { db, throttle } = deps;
  if (!deps.config.passwordSignIn) throw new SignInRefused(SIGN_IN_ERRORS.passwordDisabled);
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const key = { email, address };

  const throttled = await throttle.begin(key);
  if (throttled) {
    await auditThrottled(db, email, address, throttled);
    throw new SignInRefused(throttledCode(throttled.retryAfterSeconds));
  }

  const result = await checkPassword(db, email, password);
  if (result.ok) {
    await throttle.succeeded(key);
    await recordSignIn(db, result.user.id, "password", address);
    return result.user;
  }

  await writeAudit(db, {
    userId: null,
    entityType: "User",
    entityId: result.userId ?? UNKNOWN_USER,
    action: "signIn.failed",
    after: { method: "password", email, address, reason: result.reason },
  });
  const nowThrottled = await throttle.failed(key);
  if (nowThrottled) {
    await auditThrottled(db, email, address, nowThrottled);
    throw new SignInRefused(throttledCode(nowThrottled.retryAfterSeconds));
  }
  return null;
}

async function auditThrottled(db: Db, email: string, address: string | null, throttled: Throttled) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  await writeAudit(db, {
    userId: null,
    entityType: "User",
    entityId: user?.id ?? UNKNOWN_USER,
    action: "signIn.throttled",
    after: { method: "password", email, address, scope: throttled.scope, retryAfterSeconds: throttled.retryAfterSeconds },
  });
}
