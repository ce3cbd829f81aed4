"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { AppError, conflict } from "@/lib/actions/errors";
import { assertCanEditAccount } from "@/lib/auth/permissions";
import { canManagePortfolio, type SessionUser } from "@/lib/auth/roles";
import { parentProblem, searchAccountsByName } from "@/lib/db/accounts";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  ZAccountInput,
  ZAccountRef,
  ZAccountUpdate,
  ZParentSearch,
  ZReassignOwner,
  type TAccountInput,
} from "@/lib/validation/account";

type AccountFields = Omit<TAccountInput, "ownerId">;

async function assertValidParent(tx: Tx, accountId: string | null, parentId: string | null) {
  if (!parentId) return;
  const problem = await parentProblem(tx, accountId, parentId);
  if (problem === "notFound") throw new AppError("accounts.errors.parentNotFound");
  if (problem === "cycle") throw new AppError("accounts.errors.parentCycle");
}

async function assertActiveUser(tx: Tx, userId: string) {
  const owner = await tx.user.findFirst({ where: { id: userId, active: true }, select: { id: true } });
  if (!owner) throw new AppError("accounts.errors.ownerNotFound");
}

const fieldsData = (input: AccountFields) => ({
  name: input.name,
  industry: input.industry,
  region: input.region,
  country: input.country,
  size: input.size,
  annualRevenue: input.annualRevenue,
  creditRating: input.creditRating,
  lifecyclePhase: input.lifecyclePhase,
  salesScenario: input.salesScenario,
  parentId: input.parentId,
  strategy: input.strategy,
  products: input.products,
  operatingStatus: input.operatingStatus,
  growthBottleneck: input.growthBottleneck,
});

/**
 * Changes one account under optimistic locking: the write only happens while the version is still the one the
 * user saw, and bumps it; the audit row keeps the state before and after. Checks the user may change it first.
 */
async function changeAccount(
  tx: Tx,
  user: SessionUser,
  ref: { id: string; version: number },
  action: string,
  data: Prisma.AccountUncheckedUpdateManyInput,
  validate?: () => Promise<void>,
) {
  await assertCanEditAccount(tx, user, ref.id);
  await validate?.();
  const before = await tx.account.findUniqueOrThrow({ where: { id: ref.id } });
  const { count } = await tx.account.updateMany({ where: { id: ref.id, version: ref.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw conflict();
  const after = await tx.account.findUniqueOrThrow({ where: { id: ref.id } });
  await writeAudit(tx, { userId: user.id, entityType: "Account", entityId: ref.id, action, before, after });
  return { id: after.id, version: after.version };
}

function revalidateAccount(id: string) {
  revalidatePath("/accounts");
  revalidatePath(`/accounts/${id}`);
}

/** Managers create accounts they own; directors and admins may name another active owner. */
export const createAccountAction = defineAction({ schema: ZAccountInput }, async (input, { user, db }) => {
  const ownerId = canManagePortfolio(user) && input.ownerId ? input.ownerId : user.id;
  const account = await db.$transaction(async (tx) => {
    if (ownerId !== user.id) await assertActiveUser(tx, ownerId);
    await assertValidParent(tx, null, input.parentId);
    const created = await tx.account.create({ data: { ...fieldsData(input), ownerId } });
    await writeAudit(tx, { userId: user.id, entityType: "Account", entityId: created.id, action: "create", after: created });
    return created;
  });
  revalidatePath("/accounts");
  return { id: account.id };
});

export const updateAccountAction = defineAction({ schema: ZAccountUpdate }, async ({ id, version, ...input }, { user, db }) => {
  const result = await db.$transaction((tx) =>
    changeAccount(tx, user, { id, version }, "update", fieldsData(input), () => assertValidParent(tx, id, input.parentId)),
  );
  revalidateAccount(id);
  return result;
});

/** No hard delete: an archived account keeps its history and can be restored. */
export const archiveAccountAction = defineAction({ schema: ZAccountRef }, async (ref, { user, db }) => {
  const result = await db.$transaction((tx) => changeAccount(tx, user, ref, "archive", { archived: true }));
  revalidateAccount(ref.id);
  return result;
});

export const restoreAccountAction = defineAction({ schema: ZAccountRef }, async (ref, { user, db }) => {
  const result = await db.$transaction((tx) => changeAccount(tx, user, ref, "restore", { archived: false }));
  revalidateAccount(ref.id);
  return result;
});

export const reassignOwnerAction = defineAction(
  { schema: ZReassignOwner, roles: ["DIRECTOR", "ADMIN"] },
  async ({ ownerId, ...ref }, { user, db }) => {
    const result = await db.$transaction((tx) => changeAccount(tx, user, ref, "reassign", { ownerId }, () => assertActiveUser(tx, ownerId)));
    revalidateAccount(ref.id);
    return result;
  },
);

/** Parent candidates for the account form (read-only; every user may read account names). */
export const searchParentAccountsAction = defineAction({ schema: ZParentSearch }, async ({ q, excludeId }, { db }) =>
  q.length === 0 ? [] : searchAccountsByName(q, excludeId, db),
);
