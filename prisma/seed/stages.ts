/**
 * Relationship stages: key accounts mostly Cooperative or deeper, other accounts Exploratory or
 * Basic, a handful Disintegrating. Accounts with history get one StageTransition row per step.
 */
import type { RelationshipStage, UncouplingReason } from "@/lib/generated/prisma/client";
import type { DemoAccount } from "./accounts";
import { createRng, seedId, type Rng } from "./random";
import { daysBefore, daysBetween } from "./time";

const LADDER: RelationshipStage[] = ["EXPLORATORY", "BASIC", "COOPERATIVE", "INTERDEPENDENT", "INTEGRATED"];

const KEY_STAGES: [RelationshipStage, number][] = [["BASIC", 8], ["COOPERATIVE", 36], ["INTERDEPENDENT", 34], ["INTEGRATED", 18]];
const OTHER_STAGES: [RelationshipStage, number][] = [["EXPLORATORY", 40], ["BASIC", 48], ["COOPERATIVE", 12]];

const REASONS: UncouplingReason[] = [
  "KEY_PERSON_CHANGE", "LACK_OF_TRUST", "LACK_OF_LONGEVITY", "CULTURAL_DIFFERENCES", "QUALITY_PROBLEMS",
  "MARKET_POSITION_CHANGE", "FINANCIAL_PROBLEMS", "PRODUCT_PROCESS_VALUE_CHAIN", "CUSTOMER_ATTITUDE",
];

const STEP_NOTES: Partial<Record<RelationshipStage, string[]>> = {
  BASIC: ["First orders won after the trial batch", "Approved as a supplier; first framework order"],
  COOPERATIVE: ["Trust established; regular meetings beyond purchasing", "Extra technical services agreed"],
  INTERDEPENDENT: ["Multi-year agreement signed; stable prices", "Recognised as strategic supplier"],
  INTEGRATED: ["Joint planning team set up", "Joint market research and product roadmap"],
};

const UNCOUPLING_NOTES = [
  "Customer stopped ordering after the purchasing director left",
  "Orders moved to a competitor after repeated quality issues",
  "Customer in financial difficulties; new orders on hold",
  "Strategy change: customer exits the product line we supply",
];

export type TransitionRow = {
  id: string;
  accountId: string;
  fromStage: RelationshipStage;
  toStage: RelationshipStage;
  reasons: UncouplingReason[];
  note: string | null;
  userId: string;
  createdAt: Date;
};

function stageFor(rng: Rng, account: DemoAccount): RelationshipStage {
  const { trend, isKeyAccount } = account;
  if (isKeyAccount) {
    if (trend === "QUIET") return rng.chance(0.7) ? "DISINTEGRATING" : "COOPERATIVE";
    if (trend === "DECLINING" && rng.chance(0.15)) return "DISINTEGRATING";
    return rng.weighted(KEY_STAGES);
  }
  if (trend === "NEW") return rng.chance(0.8) ? "EXPLORATORY" : "BASIC";
  if (trend === "QUIET") return rng.chance(0.05) ? "DISINTEGRATING" : rng.pick(["EXPLORATORY", "BASIC"] as const);
  return rng.weighted(OTHER_STAGES);
}

/** Sets stage and stageChangedAt on every account and returns the transition history. */
export function assignStages(accounts: DemoAccount[], asOf: Date): TransitionRow[] {
  const rng = createRng("stages");
  const rows: TransitionRow[] = [];
  for (const account of accounts) {
    const stage = stageFor(rng, account);
    account.stage = stage;
    const age = daysBetween(account.createdAt, asOf);
    const withHistory = account.isKeyAccount || stage === "DISINTEGRATING" || (stage !== "EXPLORATORY" && rng.chance(0.25));
    if (!withHistory) {
      account.stageChangedAt = daysBefore(asOf, rng.int(10, age));
      continue;
    }
    const peak = stage === "DISINTEGRATING" ? rng.int(1, account.isKeyAccount ? 3 : 2) : LADDER.indexOf(stage);
    const path = [...LADDER.slice(0, peak + 1), ...(stage === "DISINTEGRATING" ? [stage] : [])];
    // The last step lies 10 days to a year back; earlier steps are spread between creation and it.
    const lastAgo = rng.int(10, Math.min(365, age - 10));
    const steps = path.length - 1;
    for (let s = 1; s <= steps; s++) {
      const ago = Math.round(lastAgo + ((age - lastAgo) * (steps - s)) / steps * rng.between(0.8, 1));
      const toStage = path[s];
      const uncoupling = toStage === "DISINTEGRATING";
      rows.push({
        id: seedId("stg", rows.length + 1),
        accountId: account.id,
        fromStage: path[s - 1],
        toStage,
        reasons: uncoupling ? rng.sample(REASONS, rng.int(1, 3)) : [],
        note: uncoupling ? rng.pick(UNCOUPLING_NOTES) : rng.chance(0.7) ? rng.pick(STEP_NOTES[toStage]!) : null,
        userId: account.ownerId,
        createdAt: daysBefore(asOf, ago),
      });
    }
    account.stageChangedAt = daysBefore(asOf, lastAgo);
  }
  return rows;
}
