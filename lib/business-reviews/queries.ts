import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import { outcomeLines } from "./schemas";

/** The account's business reviews, latest first, with participants and which outcome lines became plan items. */
export async function loadReviews(db: ReadDb, accountId: string, take?: number) {
  const rows = await db.businessReview.findMany({
    where: { accountId },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    take,
    include: {
      users: { include: { user: { select: { id: true, name: true } } } },
      contacts: { include: { contact: { select: { id: true, name: true, title: true } } } },
      tasks: { select: { id: true, title: true, objective: { select: { title: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    heldOn: row.heldOn,
    planId: row.planId,
    agenda: row.agenda,
    outcomes: row.outcomes,
    users: row.users.map((u) => u.user).sort((a, b) => a.name.localeCompare(b.name)),
    contacts: row.contacts.map((c) => c.contact).sort((a, b) => a.name.localeCompare(b.name)),
    lines: outcomeLines(row.outcomes).map((text) => {
      const task = row.tasks.find((t) => t.title === text.slice(0, 300));
      return { text, objectiveTitle: task?.objective.title ?? null };
    }),
  }));
}

export type ReviewRow = Awaited<ReturnType<typeof loadReviews>>[number];

/** Who can take part: our side (owner and account team), their side (live contacts). */
export async function reviewParticipants(db: ReadDb, accountId: string) {
  const [account, team, contacts] = await Promise.all([
    db.account.findUnique({ where: { id: accountId }, select: { owner: { select: { id: true, name: true } } } }),
    db.accountTeamMember.findMany({ where: { accountId }, select: { user: { select: { id: true, name: true, active: true } } } }),
    db.contact.findMany({ where: { accountId, leftAt: null }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, title: true } }),
  ]);
  const users = new Map<string, { id: string; name: string }>();
  if (account) users.set(account.owner.id, account.owner);
  for (const m of team) if (m.user.active) users.set(m.user.id, { id: m.user.id, name: m.user.name });
  return { users: [...users.values()], contacts };
}
