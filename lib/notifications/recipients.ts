// No "server-only": the job worker evaluates alerts outside Next.
import type { AlertKind } from "@/lib/alerts";
import type { Tx } from "@/lib/db/prisma";
import type { DigestFrequency } from "@/lib/generated/prisma/enums";

/** A user's notification settings; a user who never saved any gets these. */
export type Preference = { inApp: boolean; digest: DigestFrequency; mutedKinds: AlertKind[] };
export const DEFAULT_PREFERENCE: Preference = { inApp: true, digest: "NONE", mutedKinds: [] };

/** Whether a user with these settings is to be told about an alert of `kind` at all (in the app or by e-mail). */
export function wantsNotification(preference: Preference, kind: AlertKind): boolean {
  if (preference.mutedKinds.includes(kind)) return false;
  return preference.inApp || preference.digest !== "NONE";
}

type RaisedAlert = { id: string; kind: AlertKind; accountId: string; alsoNotify: readonly string[] };
type AccountInfo = { ownerId: string; isKeyAccount: boolean };

/**
 * Who hears of each raised alert: the account's owner and team, anyone the rule names (a task's owner) and, for
 * key accounts, the directors who manage the account (all of them with the whole portfolio in scope, the others
 * when the owner is in one of their sales teams). Only active users, and only when their preferences want it.
 * Returns one (user, alert) pair per notification to create.
 */
export async function notificationsFor(
  tx: Tx,
  alerts: readonly RaisedAlert[],
  accounts: ReadonlyMap<string, AccountInfo>,
): Promise<{ userId: string; alertId: string }[]> {
  if (alerts.length === 0) return [];
  const accountIds = [...new Set(alerts.map((alert) => alert.accountId))];
  const hasKeyAccount = accountIds.some((id) => accounts.get(id)?.isKeyAccount);
  const [team, directors] = await Promise.all([
    tx.accountTeamMember.findMany({ where: { accountId: { in: accountIds } }, select: { accountId: true, userId: true } }),
    hasKeyAccount ? tx.user.findMany({ where: { role: "DIRECTOR", active: true }, select: { id: true, directorScope: true } }) : [],
  ]);
  const teamOf = new Map<string, string[]>();
  for (const member of team) teamOf.set(member.accountId, [...(teamOf.get(member.accountId) ?? []), member.userId]);

  const teamDirectors = directors.filter((director) => director.directorScope === "TEAMS").map((director) => director.id);
  const ownersOf = new Map<string, Set<string>>(teamDirectors.map((id) => [id, new Set<string>()]));
  if (teamDirectors.length > 0) {
    const teams = await tx.salesTeam.findMany({
      where: { OR: [{ leaderId: { in: teamDirectors } }, { members: { some: { userId: { in: teamDirectors } } } }] },
      select: { leaderId: true, members: { select: { userId: true } } },
    });
    for (const team of teams) {
      const members = team.members.map((member) => member.userId);
      for (const director of teamDirectors) {
        if (team.leaderId === director || members.includes(director)) for (const member of members) ownersOf.get(director)!.add(member);
      }
    }
  }

  const wanted = alerts.map((alert) => {
    const account = accounts.get(alert.accountId);
    const users = new Set<string>([...(account ? [account.ownerId] : []), ...(teamOf.get(alert.accountId) ?? []), ...alert.alsoNotify]);
    if (account?.isKeyAccount) {
      for (const director of directors) {
        if (director.directorScope === "ALL" || ownersOf.get(director.id)?.has(account.ownerId)) users.add(director.id);
      }
    }
    return { alert, users: [...users] };
  });

  const userIds = [...new Set(wanted.flatMap((entry) => entry.users))];
  const [active, preferences] = await Promise.all([
    tx.user.findMany({ where: { id: { in: userIds }, active: true }, select: { id: true } }),
    tx.notificationPreference.findMany({ where: { userId: { in: userIds } }, select: { userId: true, inApp: true, digest: true, mutedKinds: true } }),
  ]);
  const activeIds = new Set(active.map((user) => user.id));
  const preferenceOf = new Map(preferences.map((row) => [row.userId, { ...row, mutedKinds: row.mutedKinds ?? [] } as Preference]));
  return wanted.flatMap(({ alert, users }) =>
    users
      .filter((userId) => activeIds.has(userId) && wantsNotification(preferenceOf.get(userId) ?? DEFAULT_PREFERENCE, alert.kind))
      .map((userId) => ({ userId, alertId: alert.id })),
  );
}
