import type { Stage } from "./stages";
import type { LocalizedText } from "../domain";
import type { Quadrant } from "../matrix";

const LOW_STRENGTH: readonly Quadrant[] = ["QUESTION", "DOG"];
const HIGH_STRENGTH: readonly Quadrant[] = ["STAR", "CASH_COW"];

/**
 * Where an account at `stage` is expected to sit in the matrix: a relationship deepens as our strength grows.
 * EXPLORATORY, BASIC and (mostly) COOPERATIVE on the low-strength side (QUESTION, DOG);
 * INTERDEPENDENT and INTEGRATED on the high-strength side (STAR, CASH_COW).
 * DISINTEGRATING has no expectation: an empty list, meaning any quadrant is possible.
 */
export function expectedQuadrants(stage: Stage): readonly Quadrant[] {
  switch (stage) {
    case "EXPLORATORY":
    case "BASIC":
    case "COOPERATIVE":
      return LOW_STRENGTH;
    case "INTERDEPENDENT":
    case "INTEGRATED":
      return HIGH_STRENGTH;
    case "DISINTEGRATING":
      return [];
  }
}

export type StageMismatchKind = "OVER_INVESTMENT" | "UNDER_SERVED";

export const STAGE_MISMATCH_LABELS: Record<StageMismatchKind, LocalizedText> = {
  OVER_INVESTMENT: { en: "Over-investment", zh: "投入过度" },
  UNDER_SERVED: { en: "Under-served", zh: "服务不足" },
};

export type StageMismatch = {
  kind: StageMismatchKind;
  /** STRONG when the quadrant also calls for the opposite strategy (Dog → harvest, Star → invest). */
  severity: "STRONG" | "MILD";
  stage: Stage;
  quadrant: Quadrant;
  expected: readonly Quadrant[];
};

/**
 * Flags a relationship stage that does not fit the account's matrix quadrant. The full rule:
 * - OVER_INVESTMENT: a late stage (INTERDEPENDENT, INTEGRATED) on the low-strength side; STRONG for DOG
 *   (a partnership with an account whose strategy is harvest), MILD for QUESTION (selective investment).
 * - UNDER_SERVED: an early stage (EXPLORATORY, BASIC) on the high-strength side; STRONG for STAR
 *   (strategy invest, relationship barely started), MILD for CASH_COW (maintain).
 * - Never flagged: COOPERATIVE (it sits mostly, not always, on the low-strength side, so
 *   either side is plausible), DISINTEGRATING (no expectation), and any quadrant in `expectedQuadrants`.
 * Returns null when there is no mismatch.
 */
export function stageMismatch(stage: Stage, quadrant: Quadrant): StageMismatch | null {
  const expected = expectedQuadrants(stage);
  if (stage === "COOPERATIVE" || expected.length === 0 || expected.includes(quadrant)) return null;
  const early = stage === "EXPLORATORY" || stage === "BASIC";
  return {
    kind: early ? "UNDER_SERVED" : "OVER_INVESTMENT",
    severity: quadrant === "STAR" || quadrant === "DOG" ? "STRONG" : "MILD",
    stage,
    quadrant,
    expected,
  };
}
