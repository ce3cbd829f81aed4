"use server";

import { defineAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/actions/errors";
import { assertCanEditAccount } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { ZTeamMemberAdd, ZTeamMemberRemove, ZTeamMemberUpdate } from "@/lib/validation/team";
import { refresh } from "./refresh";

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

export const addTeamMemberAction = defineAction({ schema: ZTeamMemberAdd }, async (input, { user, db }) => {
  await assertCanEditAccount(db, user, input.accountId);
  const id = await db.$transaction(async (tx) => {
    // One connection per transaction: the reads run one after another.
    const account = await tx.account.findUniqueOrThrow({ where: { id: input.accountId }, select: { ownerId: true } });
    const person = await tx.user.findUnique({ where: { id: input.userId }, select: { name: true, active: true } });
    const existing = await tx.accountTeamMember.count({ where: { accountId: input.accountId, userId: input.userId } });
    if (!person?.active) throw new AppError("accountDetail.team.inactiveUser");
    if (account.ownerId === input.userId) throw new AppError("accountDetail.team.ownerIsLead", "CONFLICT");
    if (existing > 0) throw new AppError("accountDetail.team.alreadyMember", "CONFLICT");
    const created = await tx.accountTeamMember.create({
      data: { accountId: input.accountId, userId: input.userId, teamRole: input.teamRole, formal: input.formal },
      select: { id: true },
    });
    await audit(tx, user.id, input.accountId, "team.add", undefined, { member: person.name, teamRole: input.teamRole, formal: input.formal });
    return created.id;
  });
  refresh(input.accountId);
  return { id };
});

export const updateTeamMemberAction = defineAction({ schema: ZTeamMemberUpdate }, async (input, { user, db }) => {
  await assertCanEditAccount(db, user, input.accountId);
  await db.$transaction(async (tx) => {
    const member = await findMember(tx, input.accountId, input.memberId);
    await tx.accountTeamMember.update({ where: { id: member.id }, data: { teamRole: input.teamRole, formal: input.formal } });
    await audit(tx, user.id, input.accountId, "team.update", snapshot(member), {
      ...snapshot(member),
      teamRole: input.teamRole,
      formal: input.formal,
    });
  });
  refresh(input.accountId);
});

export const removeTeamMemberAction = defineAction({ schema: ZTeamMemberRemove }, async (input, { user, db }) => {
  await assertCanEditAccount(db, user, input.accountId);
  await db.$transaction(async (tx) => {
    const member = await findMember(tx, input.accountId, input.memberId);
    await tx.accountTeamMember.delete({ where: { id: member.id } });
    await audit(tx, user.id, input.accountId, "team.remove", snapshot(member));
  });
  refresh(input.accountId);
});
