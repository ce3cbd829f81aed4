import { EngineError } from "../domain";

/** The eleven RFM segments, in display order (best customers first). */
export const RFM_SEGMENT_KEYS = [
  "CHAMPIONS",
  "LOYAL",
  "POTENTIAL_LOYALISTS",
  "NEW_CUSTOMERS",
  "PROMISING",
  "NEED_ATTENTION",
  "ABOUT_TO_SLEEP",
  "CANNOT_LOSE_THEM",
  "AT_RISK",
  "HIBERNATING",
  "LOST",
] as const;

export type RfmSegment = (typeof RFM_SEGMENT_KEYS)[number];

/** A score on the 1–5 RFM scale (5 best). */
export type RfmScore = 1 | 2 | 3 | 4 | 5;

const CODE: Record<string, RfmSegment> = {
  C: "CHAMPIONS",
  L: "LOYAL",
  P: "POTENTIAL_LOYALISTS",
  N: "NEW_CUSTOMERS",
  O: "PROMISING",
  A: "NEED_ATTENTION",
  S: "ABOUT_TO_SLEEP",
  K: "CANNOT_LOSE_THEM",
  R: "AT_RISK",
  H: "HIBERNATING",
  X: "LOST",
};

/**
 * The 125-cell segment table, one letter per cell (codes in `CODE`); e.g. (5, 5, 5) is CHAMPIONS, (5, 1, 1)
 * NEW_CUSTOMERS, (1, 5, 5) CANNOT_LOSE_THEM and (1, 1, 1) LOST.
 * Line = r (1..5), block within the line = f (1..5), letter within the block = m (1..5).
 */
const TABLE = [
  "XXKKK XHHRR XHRRR XRRKR XRRKK", // r = 1
  "HHSKK SHHRR HHHRR HRRRR HRRRR", // r = 2
  "NSOOO SHPAA SHPAL PPALL PPPLL", // r = 3
  "NNOOO NNPOO PPPAL PPALC PPPCC", // r = 4
  "NNOOO OOOOO PPPAA PPLCC PPPCC", // r = 5
].map((line) => line.replaceAll(" ", ""));

function isScore(value: number): value is RfmScore {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The segment of the (r, f, m) cell; each score must be an integer 1–5. */
export function segmentFor(r: number, f: number, m: number): RfmSegment {
  if (!isScore(r) || !isScore(f) || !isScore(m)) {
    throw new EngineError("SCORE_OUT_OF_SCALE", `RFM scores must be integers 1–5, got (${r}, ${f}, ${m})`);
  }
  return CODE[TABLE[r - 1][(f - 1) * 5 + (m - 1)]];
}
