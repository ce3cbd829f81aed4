import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db/prisma";
import { ZSignIn } from "@/lib/auth/schemas";
import type { SessionUser } from "./roles";

/** The bcrypt cost of every stored password. */
export const BCRYPT_COST = 10;

/**
 * A hash, at the cost above, of a random secret that was thrown away. When the e-mail belongs to no one (or to
 * someone who cannot sign in with a password), the password is compared against it, so the answer takes as long
 * as for a real user and its timing does not tell which addresses exist. It never matches anything that counts:
 * the result is discarded.
 */
const DUMMY_HASH = "$2b$10$lbUH6veuBokAU1tHTFSFM.P3xjBJTX6ZmrgSnvVqn2w3q7ugFHZbG";

/** A user whose password was right, with the session version their new session will carry. */
export type VerifiedUser = SessionUser & { sessionVersion: number };

export type FailureReason = "unknownEmail" | "wrongPassword" | "deactivated" | "noPassword";
export type PasswordCheck =
  | { ok: true; user: VerifiedUser }
  | { ok: false; reason: FailureReason; userId: string | null };

/** Checks a password for a normalised e-mail; exactly one bcrypt comparison, whatever the e-mail. */
export async function checkPassword(db: Db, email: string, password: string): Promise<PasswordCheck> {
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user) return { ok: false, reason: "unknownEmail", userId: null };
  if (!user.passwordHash) return { ok: false, reason: "noPassword", userId: user.id };
  if (!matches) return { ok: false, reason: "wrongPassword", userId: user.id };
  if (!user.active) return { ok: false, reason: "deactivated", userId: user.id };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, directorScope: user.directorScope, sessionVersion: user.sessionVersion },
  };
}

/** Checks an e-mail and password; null for any failure so a caller cannot tell which part was wrong. */
export async function verifyCredentials(db: Db, input: unknown): Promise<VerifiedUser | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const result = await checkPassword(db, parsed.data.email, parsed.data.password);
  return result.ok ? result.user : null;
}

export function hashPassword(password: string) {
  return bcrypt.hash(password, BCRYPT_COST);
}
