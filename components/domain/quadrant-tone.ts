import type { BadgeTone } from "@/components/ui/badge";
import type { Quadrant } from "@/lib/matrix";

/** The badge colour of each matrix quadrant (apart from quadrant-badge.tsx, which brings both languages' labels). */
export const QUADRANT_TONE: Record<Quadrant, BadgeTone> = { STAR: "green", CASH_COW: "blue", QUESTION: "amber", DOG: "neutral" };
