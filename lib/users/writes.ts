import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors/app-error";

/**
 * Changes of role and status wait for each other (a transaction-scoped lock), so the check that an active admin
 * remains sees every change committed before it — two admins demoting each other at the same moment cannot both
 * succeed.
 */
export async function lockUserAdministration(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kam.user-administration'))`;
}

/** Refuses a change that would leave no active admin; call it after `lockUserAdministration`, in the same transaction. */
export async function assertAnotherActiveAdmin(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new AppError("users.errors.lastAdmin", "CONFLICT");
}

/** The user's fields an admin changes, as the audit log records them; NOT_FOUND when the user does not exist. */
export async function userForChange(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, locale: true, active: true, directorScope: true },
  });
  if (!user) throw notFound();
  return user;
}

/** The names of the user's sales teams, A→Z (how a change of teams reads in the audit log). */
export async function teamNamesOf(tx: Tx, userId: string) {
  const rows = await tx.salesTeamMember.findMany({ where: { userId }, select: { team: { select: { name: true } } } });
  return rows.map((row) => row.team.name).sort((a, b) => a.localeCompare(b));
}

/** Makes the user a member of exactly `teamIds` (all of which must exist). */
export async function setTeamsOf(tx: Tx, userId: string, teamIds: readonly string[]) {
  if (teamIds.length > 0) {
    const found = await tx.salesTeam.count({ where: { id: { in: [...teamIds] } } });
    if (found !== teamIds.length) throw new AppError("users.errors.unknownTeam", "INVALID");
  }
  await tx.salesTeamMember.deleteMany({ where: { userId, teamId: { notIn: [...teamIds] } } });
  if (teamIds.length > 0) {
    await tx.salesTeamMember.createMany({ data: teamIds.map((teamId) => ({ teamId, userId })), skipDuplicates: true });
  }
}
