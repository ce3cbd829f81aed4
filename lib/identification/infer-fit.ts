import { assertFinite, EngineError, type LocalizedText } from "../domain";

/** Answers on a 1–5 scale: 1 = not at all, 2 = low, 3 = some, 4 = high, 5 = very high. */
export type FitAnswer = number;

export type FitAnswers = {
  /** Industry gene (行业基因): does the industry need our offer, and how well do we match that need? */
  industryFit: { need: FitAnswer; match: FitAnswer };
  /** Customer gene (客户基因): does this customer have the need, and do its past supplier criteria suit us? */
  customerFit: { need: FitAnswer; supplierCriteriaMatch: FitAnswer };
};

export type FitRecommendation = "PURSUE" | "NURTURE" | "MONITOR" | "DEPRIORITISE";

export type FitResult = {
  /** 0–100: 100 × industry × customer. */
  score: number;
  /** Industry fit, 0–1. */
  industry: number;
  /** Customer fit, 0–1. */
  customer: number;
  recommendation: FitRecommendation;
  text: LocalizedText;
};

export const FIT_ANSWER_SCALE = { min: 1, max: 5 } as const;

export const FIT_ANSWER_LABELS: Record<1 | 2 | 3 | 4 | 5, LocalizedText> = {
  1: { en: "Not at all", zh: "完全没有" },
  2: { en: "Low", zh: "较低" },
  3: { en: "Some", zh: "一般" },
  4: { en: "High", zh: "较高" },
  5: { en: "Very high", zh: "很高" },
};

/** Lowest fit score of each recommendation, checked from the top; all answers 4 gives 56.25 (PURSUE). */
export const FIT_RECOMMENDATIONS: { key: FitRecommendation; minScore: number; text: LocalizedText }[] = [
  { key: "PURSUE", minScore: 50,
    text: { en: "Strong fit: propose as a key account and assign a KAM.", zh: "高度匹配:建议列为关键客户并指派客户经理。" } },
  { key: "NURTURE", minScore: 25,
    text: { en: "Promising fit: build the relationship and gather data before deciding.", zh: "较好匹配:培育关系、积累数据后再作决定。" } },
  { key: "MONITOR", minScore: 10,
    text: { en: "Weak fit: watch for changes in the need or in our match.", zh: "匹配较弱:持续关注需求或匹配度的变化。" } },
  { key: "DEPRIORITISE", minScore: 0,
    text: { en: "Poor fit: do not spend key-account resources now.", zh: "匹配度低:暂不投入关键客户资源。" } },
];

function normalise(answer: FitAnswer, what: string): number {
  assertFinite(answer, what, what);
  if (answer < FIT_ANSWER_SCALE.min || answer > FIT_ANSWER_SCALE.max) {
    throw new EngineError("SCORE_OUT_OF_SCALE", `${what} (${answer}) is outside 1–5`, what);
  }
  return (answer - FIT_ANSWER_SCALE.min) / (FIT_ANSWER_SCALE.max - FIT_ANSWER_SCALE.min);
}

/**
 * Experience inference (经验推算法) for customers with thin history. Each gene's fit is the
 * geometric mean of its two answers (0–1), so "no need" (answer 1) means no fit whatever the match; the
 * overall score is industry fit × customer fit (both genes must fit), scaled to 0–100.
 */
export function inferFit(answers: FitAnswers): FitResult {
  const industry = Math.sqrt(
    normalise(answers.industryFit.need, "industryFit.need") * normalise(answers.industryFit.match, "industryFit.match"),
  );
  const customer = Math.sqrt(
    normalise(answers.customerFit.need, "customerFit.need") *
      normalise(answers.customerFit.supplierCriteriaMatch, "customerFit.supplierCriteriaMatch"),
  );
  const score = 100 * industry * customer;
  // The last band starts at 0, so one always matches.
  const band = FIT_RECOMMENDATIONS.find((r) => score >= r.minScore)!;
  return { score, industry, customer, recommendation: band.key, text: band.text };
}
