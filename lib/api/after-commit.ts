import "server-only";
import { enqueueAccountRefresh, enqueueFullRefresh } from "@/lib/jobs/queue";
import type { ApiActor } from "./define-api-route";

/**
 * What one committed API write changed, as the routes report it here — the one place after the commit where the
 * created and updated accounts are known (for the metrics refresh, and for whatever else must follow a change).
 */
export type ApiWrite = {
  actor: ApiActor;
  accountsCreated?: readonly string[];
  accountsUpdated?: readonly string[];
  stageChanges?: readonly { accountId: string; transitionId: string; fromStage: string; toStage: string }[];
  orders?: { accountIds: readonly string[]; created: number; updated: number };
  /**
   * Accounts whose cached metrics this write made stale and that no guarded single-account write has queued a
   * refresh for already (bulk upserts, account creation).
   */
  refresh?: readonly string[];
};

/** Above this many accounts one full refresh is queued instead: it also re-ranks ABC and RFM, which new orders move. */
export const PER_ACCOUNT_REFRESH_LIMIT = 50;

/** Runs after the write's transaction committed; never throws (the write is saved, the nightly refresh catches up). */
export async function afterApiWrite(write: ApiWrite): Promise<void> {
  const refresh = [...new Set(write.refresh ?? [])];
  if (refresh.length > PER_ACCOUNT_REFRESH_LIMIT) {
    if (!(await enqueueFullRefresh())) console.error(`The metrics refresh after an API write of ${refresh.length} accounts could not be queued.`);
  } else {
    await Promise.all(refresh.map((accountId) => enqueueAccountRefresh(accountId)));
  }
}
