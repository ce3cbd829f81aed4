"use server";

import { defineAction } from "@/lib/server/define-action";
import { getColumnPage } from "./queries";
import { ZColumnPage, ZMoveAccountStage } from "./schemas";
import { moveAccountStage } from "./writes";

/**
 * Moves an account to another relationship stage. The stage rules are the engine's; a stale `version` (someone
 * else changed the account since it was shown) is refused. Stage, version, the transition row and the audit row
 * change together or not at all.
 */
export const moveAccountStageAction = defineAction(
  { schema: ZMoveAccountStage, account: (input) => input.accountId, revalidate: (input) => ["/board", `/accounts/${input.accountId}`] },
  async (input, { user, tx, account }) => {
    const { account: after } = await moveAccountStage(tx, { userId: user.id }, account, input);
    return { stage: after.stage, version: after.version };
  },
);

/** The next page of one column ("show more"), with the same filters as the board. */
export const loadColumnPageAction = defineAction({ schema: ZColumnPage }, async (input, { user, db }) =>
  getColumnPage(db, user, input.filters, input.stage, input.cursor),
);
