"use client";

import { createContext, useContext } from "react";
import type { CoveragePattern } from "@/lib/coverage/types";
import type { Quadrant } from "@/lib/matrix";
import type { RfmSegment } from "@/lib/rfm/segments";
import type { StageMismatchKind } from "@/lib/stages/mismatch";

/**
 * The badge texts of the board's cards in the viewer's language, sent by the page (board-labels.ts): the label
 * tables hold both languages and would otherwise ship to the browser in full.
 */
export type CardLabels = {
  quadrant: Record<Quadrant, { label: string; strategy: string }>;
  segment: Record<RfmSegment, string>;
  coverage: Record<CoveragePattern, string>;
  mismatch: Record<StageMismatchKind, string>;
};

export const CardLabelsContext = createContext<CardLabels | null>(null);

export function useCardLabels(): CardLabels {
  const labels = useContext(CardLabelsContext);
  if (!labels) throw new Error("Board cards need the CardLabelsContext of BoardView.");
  return labels;
}
