import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";

/** The team tab: members with their user, and the active users who could still join (not owner, not member). */
export async function getAccountTeam(db: Db, account: { id: string; ownerId: string }) {
  const [members, candidates] = await Promise.all([
    db.accountTeamMember.findMany({
      where: { accountId: account.id },
      orderBy: [{ formal: "desc" }, { createdAt: "asc" }],
      select: {
        id: true,
        teamRole: true,
        formal: true,
        user: { select: { id: true, name: true, email: true, role: true, active: true } },
      },
    }),
    db.user.findMany({
      where: { active: true, id: { not: account.ownerId }, teamMemberships: { none: { accountId: account.id } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, role: true },
    }),
  ]);
  return { members, candidates };
}

export type AccountTeam = Awaited<ReturnType<typeof getAccountTeam>>;

/** Our people who can be picked as covering users, plan task owners: active users, by name. */
export function listActiveUsers(db: ReadDb) {
  return db.user.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
