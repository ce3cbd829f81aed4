"use server";

import { accountPagePaths } from "@/lib/account-page/revalidate";
import { assertActiveUser } from "@/lib/accounts/writes";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { ZAddRisk, ZRemoveRisk, ZUpdateRisk } from "./schemas";

const guarded = <I extends { accountId: string }>() => ({ account: (input: I) => input.accountId, revalidate: accountPagePaths });

async function riskOf(tx: Tx, accountId: string, riskId: string) {
  const risk = await tx.planRisk.findFirst({ where: { id: riskId, plan: { accountId } } });
  if (!risk) throw notFound();
  return risk;
}

export const addRiskAction = defineAction(
  { schema: ZAddRisk, ...guarded() },
  async ({ accountId, planId, risk }, { user, tx }) => {
    if (!(await tx.accountPlan.count({ where: { id: planId, accountId } }))) throw notFound();
    if (risk.ownerId) await assertActiveUser(tx, risk.ownerId, "accountPage.errors.unknownUser");
    const row = await tx.planRisk.create({ data: { ...risk, planId } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanRisk", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
);

export const updateRiskAction = defineAction(
  { schema: ZUpdateRisk, ...guarded() },
  async ({ accountId, riskId, risk }, { user, tx }) => {
    const before = await riskOf(tx, accountId, riskId);
    if (risk.ownerId) await assertActiveUser(tx, risk.ownerId, "accountPage.errors.unknownUser");
    const after = await tx.planRisk.update({ where: { id: riskId }, data: risk });
    await writeAudit(tx, { userId: user.id, entityType: "PlanRisk", entityId: riskId, action: "update", before, after });
  },
);

export const removeRiskAction = defineAction(
  { schema: ZRemoveRisk, ...guarded() },
  async ({ accountId, riskId }, { user, tx }) => {
    const before = await riskOf(tx, accountId, riskId);
    await tx.planRisk.delete({ where: { id: riskId } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanRisk", entityId: riskId, action: "delete", before });
  },
);
