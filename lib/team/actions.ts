"use server";

import { accountPagePaths } from "@/lib/account-page/revalidate";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { ZTeamMemberAdd, ZTeamMemberRemove, ZTeamMemberUpdate } from "./schemas";
import { addTeamMember } from "./writes";

/** Team changes are logged on the account, so they appear in its history next to its other changes. */
const audit = (tx: Tx, userId: string, accountId: string, action: string, before?: unknown, after?: unknown) =>
  writeAudit(tx, { userId, entityType: "Account", entityId: accountId, action, before, after });

async function findMember(tx: Tx, accountId: string, memberId: string) {
  const member = await tx.accountTeamMember.findFirst({
    where: { id: memberId, accountId },
    select: { id: true, teamRole: true, formal: true, user: { select: { name: true } } },
  });
  if (!member) throw notFound();
  return member;
}

const snapshot = (m: { teamRole: string; formal: boolean; user: { name: string } }) => ({
  member: m.user.name,
  teamRole: m.teamRole,
  formal: m.formal,
});

export const addTeamMemberAction = defineAction(
  { schema: ZTeamMemberAdd, account: (input) => input.accountId, revalidate: accountPagePaths },
  async (input, { user, tx, account }) => addTeamMember(tx, user.id, account, input),
);

export const updateTeamMemberAction = defineAction(
  { schema: ZTeamMemberUpdate, account: (input) => input.accountId, revalidate: accountPagePaths },
  async (input, { user, tx, account }) => {
    const member = await findMember(tx, account.id, input.memberId);
    await tx.accountTeamMember.update({ where: { id: member.id }, data: { teamRole: input.teamRole, formal: input.formal } });
    await audit(tx, user.id, account.id, "team.update", snapshot(member), { ...snapshot(member), teamRole: input.teamRole, formal: input.formal });
  },
);

export const removeTeamMemberAction = defineAction(
  { schema: ZTeamMemberRemove, account: (input) => input.accountId, revalidate: accountPagePaths },
  async (input, { user, tx, account }) => {
    const member = await findMember(tx, account.id, input.memberId);
    await tx.accountTeamMember.delete({ where: { id: member.id } });
    await audit(tx, user.id, account.id, "team.remove", snapshot(member));
  },
);
