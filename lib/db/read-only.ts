import type { Tx } from "./prisma";

/**
 * The tables that belong to an account. Writing to them needs the account's permission, which only the action
 * wrapper's `account` option checks (inside the write's transaction); everything else gets them read-only.
 */
export const ACCOUNT_OWNED_MODELS = [
  "account",
  "accountMetrics",
  "accountWindow",
  "identificationRank",
  "matrixPosition",
  "centreWindow",
  "accountTeamMember",
  "contact",
  "contactCoverage",
  "activity",
  "order",
  "complaint",
  "assessment",
  "assessmentScore",
  "fitInference",
  "stageTransition",
  "accountPlan",
  "planObjective",
  "planTask",
  "alert",
  "accountHealth",
  "healthSnapshot",
  "activityParticipant",
  "buyingCentre",
  "whitespaceCell",
  "opportunity",
  "planRisk",
  "businessReview",
  "businessReviewUser",
  "businessReviewContact",
] as const satisfies readonly (keyof Tx)[];

type AccountOwnedModel = (typeof ACCOUNT_OWNED_MODELS)[number];
type ReadMethod = "findUnique" | "findUniqueOrThrow" | "findFirst" | "findFirstOrThrow" | "findMany" | "count" | "aggregate" | "groupBy";

/**
 * A client (or transaction) that reads everything and cannot write account-owned tables through the typed API.
 * Queries take it, so both the client and a transaction can be passed; read-only actions receive it.
 */
export type ReadDb = Omit<Tx, AccountOwnedModel | "$executeRaw" | "$executeRawUnsafe"> & {
  readonly [K in AccountOwnedModel]: Pick<Tx[K], ReadMethod>;
};
