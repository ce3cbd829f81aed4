import type { LocalizedText } from "../domain";

/**
 * The six relationship stages (after McDonald & Rogers and Millman & Wilson), in order. The first five form the
 * development ladder; DISINTEGRATING (uncoupling) sits outside it and can be reached from any of them. Same keys
 * as the Prisma `RelationshipStage` enum.
 */
export const STAGES = [
  "EXPLORATORY",
  "BASIC",
  "COOPERATIVE",
  "INTERDEPENDENT",
  "INTEGRATED",
  "DISINTEGRATING",
] as const;

export type Stage = (typeof STAGES)[number];

/** The five ordered stages a relationship climbs or falls back along (every stage but DISINTEGRATING). */
export const LADDER_STAGES = STAGES.slice(0, 5) as readonly Exclude<Stage, "DISINTEGRATING">[];

/** Runtime guard for values read from forms or the database. */
export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

/** The stages' names: all the browser needs of a stage (the longer texts are in stage-info.ts). */
export const STAGE_LABELS: Record<Stage, LocalizedText> = {
  EXPLORATORY: { en: "Exploratory", zh: "孕育阶段" },
  BASIC: { en: "Basic", zh: "初期阶段" },
  COOPERATIVE: { en: "Cooperative", zh: "中期阶段" },
  INTERDEPENDENT: { en: "Interdependent", zh: "伙伴式" },
  INTEGRATED: { en: "Integrated", zh: "协作式" },
  DISINTEGRATING: { en: "Disintegrating", zh: "间断阶段" },
};
