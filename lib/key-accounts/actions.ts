"use server";

import { updateAccountVersioned } from "@/lib/accounts/writes";
import { writeAudit } from "@/lib/db/audit";
import { inferFit } from "@/lib/identification";
import { defineAction } from "@/lib/server/define-action";
import { ZFitInput, ZSetKeyAccount } from "./schemas";

/** A director or admin confirms a proposed key account or removes the flag (optimistic locking, audited). */
export const setKeyAccountAction = defineAction(
  {
    schema: ZSetKeyAccount,
    roles: ["DIRECTOR", "ADMIN"],
    account: (input) => input.accountId,
    revalidate: (input) => ["/scoring/identification", "/accounts", `/accounts/${input.accountId}`],
  },
  async ({ accountId, version, isKeyAccount }, { user, tx }) => {
    const after = await updateAccountVersioned(tx, {
      userId: user.id,
      accountId,
      seenVersion: version,
      action: isKeyAccount ? "keyAccount.confirm" : "keyAccount.remove",
      data: { isKeyAccount },
    });
    return { id: accountId, version: after.version, isKeyAccount: after.isKeyAccount };
  },
);

/** Experience inference: the server computes the fit score and recommendation from the four answers. */
export const saveFitInferenceAction = defineAction(
  { schema: ZFitInput, account: (input) => input.accountId, revalidate: () => ["/scoring/identification"] },
  async (input, { user, tx }) => {
    const fit = inferFit({
      industryFit: { need: input.industryNeed, match: input.ourMatch },
      customerFit: { need: input.customerNeed, supplierCriteriaMatch: input.supplierCriteriaMatch },
    });
    const row = await tx.fitInference.create({
      data: { ...input, userId: user.id, fitScore: Math.round(fit.score * 100) / 100, recommendation: fit.recommendation },
    });
    await writeAudit(tx, { userId: user.id, entityType: "FitInference", entityId: row.id, action: "create", after: row });
    return { id: row.id, score: fit.score, recommendation: fit.recommendation };
  },
);
