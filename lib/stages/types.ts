/**
 * Small shared types for the stage engine. `Quadrant` mirrors the union of `lib/matrix` (and the Prisma
 * `Quadrant` enum); it is declared here so the stage rules do not depend on the matrix engine.
 */
export type Quadrant = "STAR" | "CASH_COW" | "QUESTION" | "DOG";

/** Text shown in both interface languages (same shape as `LocalizedText` in `lib/scoring`). */
export type LocalizedText = { en: string; zh: string };
