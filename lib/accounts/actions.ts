"use server";

import { canManagePortfolio } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/db/audit";
import { findDuplicateCandidates, type DuplicateCandidate } from "@/lib/duplicates/queries";
import { defineAction } from "@/lib/server/define-action";
import { emitAccountCreated } from "@/lib/webhooks/account-events";
import { searchAccountsByName } from "./queries";
import { ZAccountCreate, ZAccountRef, ZAccountUpdate, ZParentSearch, ZReassignOwner, type TAccountInput } from "./schemas";
import { assertActiveUser, assertValidParent, updateAccountVersioned } from "./writes";

const fieldsData = (input: Omit<TAccountInput, "ownerId">) => ({
  name: input.name,
  localName: input.localName,
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

const accountPages = ({ id }: { id: string }) => ["/accounts", `/accounts/${id}`];

/** Created, or not yet: existing accounts of the same or a similar name to show before "create anyway". */
export type CreateAccountResult = { id: string; duplicates?: undefined } | { id?: undefined; duplicates: DuplicateCandidate[] };

/**
 * Managers create accounts they own; directors and admins may name another active owner. An account whose
 * normalised name or local name equals or is close to an existing one's is not created until the user confirmed
 * it (`confirmDuplicates`) after seeing the candidates.
 */
export const createAccountAction = defineAction(
  { schema: ZAccountCreate, creates: "account", revalidate: () => ["/accounts"] },
  async ({ confirmDuplicates, ...input }, { user, tx }): Promise<CreateAccountResult> => {
    const ownerId = canManagePortfolio(user) && input.ownerId ? input.ownerId : user.id;
    if (ownerId !== user.id) await assertActiveUser(tx, ownerId);
    await assertValidParent(tx, null, input.parentId);
    // Asked only about an otherwise valid account, so "create anyway" then succeeds.
    if (!confirmDuplicates) {
      const duplicates = await findDuplicateCandidates(tx, { name: input.name, localName: input.localName });
      if (duplicates.length > 0) return { duplicates };
    }
    const created = await tx.account.create({ data: { ...fieldsData(input), ownerId } });
    await writeAudit(tx, { userId: user.id, entityType: "Account", entityId: created.id, action: "create", after: created });
    await emitAccountCreated(tx, created, user.id);
    return { id: created.id };
  },
);

export const updateAccountAction = defineAction(
  { schema: ZAccountUpdate, account: (input) => input.id, revalidate: accountPages },
  async ({ id, version, ...input }, { user, tx }) => {
    await assertValidParent(tx, id, input.parentId);
    const after = await updateAccountVersioned(tx, { userId: user.id, accountId: id, seenVersion: version, action: "update", data: fieldsData(input) });
    return { id, version: after.version };
  },
);

/** No hard delete: an archived account keeps its history and can be restored. */
export const archiveAccountAction = defineAction(
  { schema: ZAccountRef, account: (ref) => ref.id, revalidate: accountPages },
  async (ref, { user, tx }) => {
    const after = await updateAccountVersioned(tx, { userId: user.id, accountId: ref.id, seenVersion: ref.version, action: "archive", data: { archived: true } });
    return { id: ref.id, version: after.version };
  },
);

export const restoreAccountAction = defineAction(
  { schema: ZAccountRef, account: (ref) => ref.id, revalidate: accountPages },
  async (ref, { user, tx }) => {
    const after = await updateAccountVersioned(tx, { userId: user.id, accountId: ref.id, seenVersion: ref.version, action: "restore", data: { archived: false } });
    return { id: ref.id, version: after.version };
  },
);

export const reassignOwnerAction = defineAction(
  { schema: ZReassignOwner, roles: ["DIRECTOR", "ADMIN"], account: (ref) => ref.id, revalidate: accountPages },
  async ({ ownerId, ...ref }, { user, tx }) => {
    await assertActiveUser(tx, ownerId);
    const after = await updateAccountVersioned(tx, { userId: user.id, accountId: ref.id, seenVersion: ref.version, action: "reassign", data: { ownerId } });
    return { id: ref.id, version: after.version };
  },
);

/** Parent candidates for the account form (read-only; every user may read account names). */
export const searchParentAccountsAction = defineAction({ schema: ZParentSearch }, async ({ q, excludeId }, { db }) =>
  q.length === 0 ? [] : searchAccountsByName(q, excludeId, db),
);
