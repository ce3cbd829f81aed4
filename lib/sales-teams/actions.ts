"use server";

import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { ZTeamInput, ZTeamRef, ZTeamUpdate } from "./schemas";

/**
 * Sales teams, for admins only. A team's accounts are those its members own; directors limited to their teams
 * change only those (lib/auth/account-access). Every change is audited as entity "SalesTeam", with the names of
 * leader and members so the log reads without looking ids up.
 */
const admin = { roles: ["ADMIN"] as const, portfolio: true as const };
const teamPages = () => ["/admin/teams", "/admin/users", "/admin/audit"];

type TeamState = { name: string; leader: string | null; members: string[] };

async function teamState(tx: Tx, teamId: string): Promise<TeamState | null> {
  const team = await tx.salesTeam.findUnique({
    where: { id: teamId },
    select: { name: true, leader: { select: { name: true } }, members: { select: { user: { select: { name: true } } } } },
  });
  if (!team) return null;
  return { name: team.name, leader: team.leader?.name ?? null, members: team.members.map((m) => m.user.name).sort((a, b) => a.localeCompare(b)) };
}

async function assertNameFree(tx: Tx, name: string, teamId?: string) {
  const clash = await tx.salesTeam.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...(teamId ? { id: { not: teamId } } : {}) }, select: { id: true } });
  if (clash) throw new AppError("users.teams.nameTaken", "CONFLICT");
}

/** Leader and new members must be active users; members who are already in the team may stay although inactive. */
async function assertPeople(tx: Tx, leaderId: string | null, memberIds: readonly string[], keepIds: readonly string[] = []) {
  const wanted = [...new Set([...(leaderId ? [leaderId] : []), ...memberIds])];
  const found = await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true, active: true } });
  const byId = new Map(found.map((u) => [u.id, u.active]));
  for (const id of wanted) {
    const active = byId.get(id);
    const kept = id !== leaderId && keepIds.includes(id);
    if (active === undefined || (!active && !kept)) throw new AppError("users.teams.unknownPerson", "INVALID");
  }
}

export const createTeamAction = defineAction({ schema: ZTeamInput, ...admin, revalidate: teamPages }, async (input, { user, tx }) => {
  await assertNameFree(tx, input.name);
  await assertPeople(tx, input.leaderId, input.memberIds);
  const team = await tx.salesTeam.create({
    data: { name: input.name, leaderId: input.leaderId, members: { create: input.memberIds.map((userId) => ({ userId })) } },
  });
  await writeAudit(tx, { userId: user.id, entityType: "SalesTeam", entityId: team.id, action: "create", after: await teamState(tx, team.id) });
  return { teamId: team.id };
});

export const updateTeamAction = defineAction({ schema: ZTeamUpdate, ...admin, revalidate: teamPages }, async ({ teamId, ...input }, { user, tx }) => {
  // Locks the team so two admins editing it one after the other each see the other's members.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "SalesTeam" WHERE id = ${teamId} FOR UPDATE`;
  if (locked.length === 0) throw notFound();
  const before = (await teamState(tx, teamId))!;
  const current = await tx.salesTeamMember.findMany({ where: { teamId }, select: { userId: true } });
  await assertNameFree(tx, input.name, teamId);
  await assertPeople(tx, input.leaderId, input.memberIds, current.map((m) => m.userId));
  await tx.salesTeam.update({ where: { id: teamId }, data: { name: input.name, leaderId: input.leaderId } });
  await tx.salesTeamMember.deleteMany({ where: { teamId, userId: { notIn: input.memberIds } } });
  await tx.salesTeamMember.createMany({ data: input.memberIds.map((userId) => ({ teamId, userId })), skipDuplicates: true });
  const after = (await teamState(tx, teamId))!;
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    await writeAudit(tx, { userId: user.id, entityType: "SalesTeam", entityId: teamId, action: "update", before, after });
  }
  return { teamId };
});

/** Deleting a team removes its memberships only; users and accounts stay. */
export const deleteTeamAction = defineAction({ schema: ZTeamRef, ...admin, revalidate: teamPages }, async ({ teamId }, { user, tx }) => {
  const before = await teamState(tx, teamId);
  if (!before) throw notFound();
  await tx.salesTeam.delete({ where: { id: teamId } });
  await writeAudit(tx, { userId: user.id, entityType: "SalesTeam", entityId: teamId, action: "delete", before });
  return { teamId };
});
