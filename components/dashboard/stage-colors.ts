import type { Stage } from "@/lib/stages";

/** One colour per relationship stage, from cool (early) to warm (late); uncoupling in red. */
export const STAGE_COLORS: Record<Stage, string> = {
  EXPLORATORY: "#94a3b8",
  BASIC: "#60a5fa",
  COOPERATIVE: "#8b5cf6",
  INTERDEPENDENT: "#10b981",
  INTEGRATED: "#047857",
  DISINTEGRATING: "#ef4444",
};
