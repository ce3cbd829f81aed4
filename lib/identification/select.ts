import { assertFinite, EngineError } from "../domain";

/** A candidate with its composite score; null = not scored, ranked last and never proposed. */
export type Candidate = { id: string; score: number | null };

export type RankedCandidate = Candidate & {
  /** 1-based position after sorting; unique, ties take consecutive ranks in input order. */
  rank: number;
  proposed: boolean;
};

/** How many of n candidates the top X % covers: ceil(n × X / 100), so any X > 0 proposes at least one. */
export function proposalCount(n: number, topPercent: number): number {
  return Math.ceil((n * topPercent) / 100);
}

/**
 * Ranks candidates by score, descending, and proposes the top X % as key accounts. The sort
 * is stable: equal scores keep their input order, so pass candidates in a meaningful order (e.g. by
 * name or id) for a reproducible list. Every candidate is returned, in rank order.
 */
export function selectKeyAccounts(
  candidates: readonly Candidate[],
  options: { topPercent: number },
): RankedCandidate[] {
  const { topPercent } = options;
  assertFinite(topPercent, "topPercent");
  if (topPercent < 0 || topPercent > 100) {
    throw new EngineError("INVALID_OPTION", `topPercent (${topPercent}) must be within 0–100`);
  }
  const ids = new Set<string>();
  for (const candidate of candidates) {
    if (ids.has(candidate.id)) {
      throw new EngineError("DUPLICATE_KEY", `candidate "${candidate.id}" appears twice`, candidate.id);
    }
    ids.add(candidate.id);
    if (candidate.score !== null) assertFinite(candidate.score, `score of "${candidate.id}"`, candidate.id);
  }
  const sorted = [...candidates].sort((a, b) => {
    if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
    return b.score - a.score;
  });
  const count = proposalCount(candidates.length, topPercent);
  return sorted.map((candidate, index) => ({
    id: candidate.id,
    score: candidate.score,
    rank: index + 1,
    proposed: index < count && candidate.score !== null,
  }));
}
