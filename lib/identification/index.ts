export { compositeScore } from "./composite";
export { selectKeyAccounts, proposalCount, type Candidate, type RankedCandidate } from "./select";
export { salesVolumeScores, type SalesVolume } from "./sales-volume";
export {
  inferFit,
  FIT_ANSWER_SCALE,
  FIT_ANSWER_LABELS,
  FIT_RECOMMENDATIONS,
  type FitAnswer,
  type FitAnswers,
  type FitRecommendation,
  type FitResult,
} from "./infer-fit";
