import "server-only";
import type { GuardedAccount } from "@/lib/auth/account-access";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { TTeamMemberAdd } from "./schemas";

/**
 * Adds a person to an account's team, inside the caller's transaction with the account locked and checked (the
 * account page's action and the accounts list's bulk action both come here): an active user, not the owner, not
 * on the team yet. Logged on the account, so it appears in its history next to its other changes.
 */
export async function addTeamMember(tx: Tx, userId: string, account: GuardedAccount, input: Omit<TTeamMemberAdd, "accountId">) {
  // One connection per transaction: the reads run one after another.
  const person = await tx.user.findUnique({ where: { id: input.userId }, select: { name: true, active: true } });
  const existing = await tx.accountTeamMember.count({ where: { accountId: account.id, userId: input.userId } });
  if (!person?.active) throw new AppError("accountPage.team.inactiveUser");
  if (account.ownerId === input.userId) throw new AppError("accountPage.team.ownerIsLead", "CONFLICT");
  if (existing > 0) throw new AppError("accountPage.team.alreadyMember", "CONFLICT");
  const created = await tx.accountTeamMember.create({
    data: { accountId: account.id, userId: input.userId, teamRole: input.teamRole, formal: input.formal },
    select: { id: true },
  });
  await writeAudit(tx, { userId, entityType: "Account", entityId: account.id, action: "team.add", after: { member: person.name, teamRole: input.teamRole, formal: input.formal } });
  return { id: created.id };
}
