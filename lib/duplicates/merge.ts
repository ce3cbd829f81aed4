import "server-only";
import { updateAccountVersioned } from "@/lib/accounts/writes";
import type { GuardedAccount } from "@/lib/auth/account-access";
import { canManagePortfolio, type SessionUser } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { AppError, conflict, forbidden } from "@/lib/errors/app-error";
import type { MergePart } from "./schemas";

export type MergeCounts = Record<MergePart, number>;

export type MergeSide = {
  id: string;
  name: string;
  localName: string | null;
  externalRef: string | null;
  ownerId: string;
  ownerName: string;
  archived: boolean;
  version: number;
  counts: MergeCounts;
};

export type MergePreview = {
  accounts: [MergeSide, MergeSide];
  /** Order numbers both accounts have: the survivor keeps its own order, the other one stays on the archived account. */
  conflictingOrderRefs: string[];
};

/** A manager may merge only accounts he owns both of; directors and admins any two they may edit (the wrapper checks that). */
export function mayMerge(user: Pick<SessionUser, "role" | "id" | "directorScope">, owners: readonly string[]) {
  return canManagePortfolio(user) || owners.every((ownerId) => ownerId === user.id);
}

async function counts(db: ReadDb, accountId: string): Promise<MergeCounts> {
  const where = { accountId };
  const [contacts, orders, activities, complaints, plans, team, assessments, stageTransitions, alerts, fitInferences, children] = await Promise.all([
    db.contact.count({ where }),
    db.order.count({ where }),
    db.activity.count({ where }),
    db.complaint.count({ where }),
    db.accountPlan.count({ where }),
    db.accountTeamMember.count({ where }),
    db.assessment.count({ where }),
    db.stageTransition.count({ where }),
    db.alert.count({ where }),
    db.fitInference.count({ where }),
    db.account.count({ where: { parentId: accountId } }),
  ]);
  return { contacts, orders, activities, complaints, plans, team, assessments, stageTransitions, alerts, fitInferences, children };
}

async function conflictingRefs(db: ReadDb, a: string, b: string) {
  const rows = await db.$queryRaw<{ externalRef: string }[]>`
    SELECT o."externalRef" FROM "Order" o WHERE o."accountId" = ${a}
    INTERSECT SELECT p."externalRef" FROM "Order" p WHERE p."accountId" = ${b}
    ORDER BY 1`;
  return rows.map((r) => r.externalRef);
}

/** Both accounts as the merge dialog shows them, or null when either does not exist. */
export async function getMergePreview(db: ReadDb, accountId: string, otherId: string): Promise<MergePreview | null> {
  const rows = await db.account.findMany({
    where: { id: { in: [accountId, otherId] } },
    select: { id: true, name: true, localName: true, externalRef: true, ownerId: true, archived: true, version: true, owner: { select: { name: true } } },
  });
  const side = async (id: string): Promise<MergeSide | null> => {
    const row = rows.find((r) => r.id === id);
    if (!row) return null;
    const { owner, ...rest } = row;
    return { ...rest, ownerName: owner.name, counts: await counts(db, id) };
  };
  const [a, b] = await Promise.all([side(accountId), side(otherId)]);
  if (!a || !b) return null;
  return { accounts: [a, b], conflictingOrderRefs: await conflictingRefs(db, accountId, otherId) };
}

export type MergeOutcome = { survivorId: string; mergedId: string; moved: MergeCounts; conflictingOrderRefs: string[]; teamDropped: number };

/**
 * Moves everything of `merged` to `survivor` and archives `merged`, inside the caller's transaction with both
 * accounts locked (the action's `accounts` option). Nothing is deleted but duplicate team memberships:
 * - orders whose number the survivor has too stay on the archived account (the survivor's order wins) and are reported;
 * - team members already on the survivor's team, or its owner, are dropped; the others move;
 * - open alerts of the merged account are closed as they move: the next evaluation raises again what still holds
 *   for the survivor, under the survivor's key;
 * - the merged account's children become the survivor's (the survivor itself, if it was one, takes its parent);
 * - an empty local name or external reference of the survivor is filled from the merged account.
 * Both accounts get a version bump and an audit row with their state before and after; the merged account's
 * audit names the survivor (`mergedInto`), the survivor's the merged account and what moved.
 */
export async function mergeAccounts(
  tx: Tx,
  user: SessionUser,
  [survivor, merged]: [GuardedAccount, GuardedAccount],
  versions: { survivor: number; merged: number },
): Promise<MergeOutcome> {
  if (!mayMerge(user, [survivor.ownerId, merged.ownerId])) throw forbidden("duplicates.merge.ownerOnly");
  if (survivor.archived) throw new AppError("duplicates.merge.survivorArchived", "CONFLICT");
  if (survivor.version !== versions.survivor || merged.version !== versions.merged) throw conflict();

  const from = merged.id;
  const to = survivor.id;
  const moved = await counts(tx, from);
  const refs = await conflictingRefs(tx, to, from);

  await tx.contact.updateMany({ where: { accountId: from }, data: { accountId: to } });
  const orders = await tx.order.updateMany({ where: { accountId: from, externalRef: { notIn: refs } }, data: { accountId: to } });
  moved.orders = orders.count;
  await tx.activity.updateMany({ where: { accountId: from }, data: { accountId: to } });
  await tx.complaint.updateMany({ where: { accountId: from }, data: { accountId: to } });
  await tx.accountPlan.updateMany({ where: { accountId: from }, data: { accountId: to } });
  await tx.assessment.updateMany({ where: { accountId: from }, data: { accountId: to } });
  await tx.stageTransition.updateMany({ where: { accountId: from }, data: { accountId: to } });
  await tx.fitInference.updateMany({ where: { accountId: from }, data: { accountId: to } });
  await tx.alert.updateMany({ where: { accountId: from, clearedAt: null }, data: { clearedAt: new Date(), openKey: null } });
  await tx.alert.updateMany({ where: { accountId: from }, data: { accountId: to } });

  const survivorTeam = await tx.accountTeamMember.findMany({ where: { accountId: to }, select: { userId: true } });
  const taken = new Set([survivor.ownerId, ...survivorTeam.map((m) => m.userId)]);
  const dropped = await tx.accountTeamMember.deleteMany({ where: { accountId: from, userId: { in: [...taken] } } });
  await tx.accountTeamMember.updateMany({ where: { accountId: from }, data: { accountId: to } });
  moved.team -= dropped.count;

  const survivorRow = await tx.account.findUniqueOrThrow({ where: { id: to }, select: { parentId: true, localName: true, externalRef: true } });
  const mergedRow = await tx.account.findUniqueOrThrow({ where: { id: from }, select: { name: true, parentId: true, localName: true, externalRef: true } });
  await tx.account.updateMany({ where: { parentId: from, id: { not: to } }, data: { parentId: to } });
  const takeRef = !survivorRow.externalRef && mergedRow.externalRef ? mergedRow.externalRef : null;

  await updateAccountVersioned(tx, {
    userId: user.id, accountId: from, seenVersion: merged.version, action: "merge.merged",
    data: { archived: true, parentId: mergedRow.parentId === to ? null : mergedRow.parentId, ...(takeRef ? { externalRef: null } : {}) },
    auditExtra: { mergedInto: { id: to }, ordersKept: refs },
  });
  await updateAccountVersioned(tx, {
    userId: user.id, accountId: to, seenVersion: survivor.version, action: "merge.survivor",
    data: {
      ...(survivorRow.parentId === from ? { parentId: mergedRow.parentId === to ? null : mergedRow.parentId } : {}),
      ...(!survivorRow.localName && mergedRow.localName ? { localName: mergedRow.localName } : {}),
      ...(takeRef ? { externalRef: takeRef } : {}),
    },
    auditExtra: { mergedFrom: { id: from, name: mergedRow.name }, moved, conflictingOrderRefs: refs, teamDropped: dropped.count },
  });
  return { survivorId: to, mergedId: from, moved, conflictingOrderRefs: refs, teamDropped: dropped.count };
}
