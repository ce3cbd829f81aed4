import type { Tx } from "@/lib/db/prisma";

/** Anything that can write the User table: the client, a transaction, or an action's ReadDb. */
type UserWriter = Pick<Tx, "user">;

/**
 * Ends every session of the user, on every device: sessions are signed cookies that carry the user's session
 * version from their sign-in, and a session whose version is not the current one is refused (getCurrentUser).
 * Call it inside the transaction of the change that requires it — deactivation, role change, password change —
 * so the sessions end exactly when the change commits. Returns the new version.
 */
export async function endAllSessions(tx: UserWriter, userId: string): Promise<number> {
  const { sessionVersion } = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return sessionVersion;
}

/**
 * Ends the user's sessions only if `version` is still the current one (signing out with a session that has
 * already ended changes nothing). True when they were ended.
 */
export async function endSessionsOfVersion(tx: UserWriter, userId: string, version: number): Promise<boolean> {
  const { count } = await tx.user.updateMany({ where: { id: userId, sessionVersion: version }, data: { sessionVersion: { increment: 1 } } });
  return count > 0;
}
