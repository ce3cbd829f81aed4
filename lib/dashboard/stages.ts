import "server-only";
import type { Quadrant } from "@/lib/matrix";
import { stageMismatch, STAGES, type Stage, type StageMismatchKind } from "@/lib/stages";
import { getMatrixData } from "./matrix";
import type { DashboardQuery } from "./query";
import { scopedAccounts } from "./shared";

export type StageCount = { stage: Stage; count: number; keyCount: number };
export type StageMismatchRow = {
  id: string;
  name: string;
  stage: Stage;
  quadrant: Quadrant;
  kind: StageMismatchKind;
  severity: "STRONG" | "MILD";
};

export type StageData = { stages: StageCount[]; total: number; mismatches: StageMismatchRow[] };

/** Accounts per relationship stage, and the assessed accounts whose stage does not fit their quadrant. */
export async function getStageData(query: DashboardQuery): Promise<StageData> {
  const [accounts, matrix] = await Promise.all([scopedAccounts(query), getMatrixData(query)]);
  const counts = new Map<Stage, StageCount>(STAGES.map((stage) => [stage, { stage, count: 0, keyCount: 0 }]));
  for (const account of accounts) {
    const row = counts.get(account.stage)!;
    row.count += 1;
    if (account.isKeyAccount) row.keyCount += 1;
  }
  const mismatches: StageMismatchRow[] = [];
  for (const bubble of matrix.bubbles) {
    const mismatch = stageMismatch(bubble.stage, bubble.quadrant);
    if (mismatch) {
      mismatches.push({ id: bubble.id, name: bubble.name, stage: bubble.stage, quadrant: bubble.quadrant, kind: mismatch.kind, severity: mismatch.severity });
    }
  }
  // Strong mismatches (the opposite strategy) first.
  mismatches.sort((a, b) => (a.severity === b.severity ? a.name.localeCompare(b.name) : a.severity === "STRONG" ? -1 : 1));
  return { stages: [...counts.values()], total: accounts.length, mismatches };
}
