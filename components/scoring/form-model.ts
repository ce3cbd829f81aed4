import type { FactorView } from "@/lib/scoring-models/queries";
import type { MatrixThresholds } from "@/lib/matrix";
import type { Scale } from "@/lib/scoring";

/** What the assessment form needs of the active matrix model (plain data, passed from the server page). */
export type FormFactor = Omit<FactorView, "dimension" | "position"> & { dimension: "ATTRACTIVENESS" | "STRENGTH" };

export type FormModel = {
  id: string;
  version: number;
  name: string;
  scale: Scale;
  thresholdMode: "MIDPOINT" | "MEDIAN" | "FIXED";
  thresholds: MatrixThresholds;
  factors: FormFactor[];
};

/** A typed score: blank = not scored, NaN/out of scale = invalid (never reaches the engine). */
export function parseScore(raw: string, scale: Scale): { value: number | null; invalid: boolean } {
  if (raw.trim() === "") return { value: null, invalid: false };
  const value = Number(raw);
  if (!Number.isFinite(value) || value < scale.min || value > scale.max) return { value: null, invalid: true };
  return { value, invalid: false };
}
