import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import type { Role } from "@/lib/generated/prisma/enums";

export type TeamPerson = { id: string; name: string; active: boolean };
export type TeamRow = { id: string; name: string; leader: TeamPerson | null; members: TeamPerson[]; accounts: number };

const PERSON = { select: { id: true, name: true, active: true } } as const;

/** Every sales team with its leader, members (A→Z) and the number of accounts its members own (not archived). */
export async function listTeams(db: ReadDb): Promise<TeamRow[]> {
  const [teams, counts] = await Promise.all([
    db.salesTeam.findMany({
      select: { id: true, name: true, leader: PERSON, members: { select: { user: PERSON } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    db.$queryRaw<{ teamId: string; accounts: number }[]>`
      SELECT m."teamId", count(a.id)::int AS accounts
      FROM "SalesTeamMember" m JOIN "Account" a ON a."ownerId" = m."userId" AND NOT a.archived
      GROUP BY m."teamId"`,
  ]);
  const accounts = new Map(counts.map((row) => [row.teamId, row.accounts]));
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    leader: team.leader,
    members: team.members.map((m) => m.user).sort((a, b) => a.name.localeCompare(b.name)),
    accounts: accounts.get(team.id) ?? 0,
  }));
}

/** One team for its edit page, or null. */
export async function getTeam(db: ReadDb, id: string) {
  const team = await db.salesTeam.findUnique({
    where: { id },
    select: { id: true, name: true, leaderId: true, members: { select: { userId: true } } },
  });
  return team && { id: team.id, name: team.name, leaderId: team.leaderId, memberIds: team.members.map((m) => m.userId) };
}

export type PersonChoice = { id: string; name: string; email: string; role: Role; active: boolean };

/**
 * The people a team can be made of: every active user, plus the inactive ones already in the team (so editing a
 * team does not silently drop them), A→Z.
 */
export function peopleChoices(db: ReadDb, keepIds: readonly string[] = []): Promise<PersonChoice[]> {
  return db.user.findMany({
    where: { OR: [{ active: true }, { id: { in: [...keepIds] } }] },
    select: { id: true, name: true, email: true, role: true, active: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
