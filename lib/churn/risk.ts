import { assertFinite } from "../domain";
import type { ChurnFlag, ChurnSignalCode, ComplaintSeverity, RiskLevel } from "./types";

/** Points a raised flag adds to the risk score; OPEN_COMPLAINTS is the cap of its severity points. */
export const RISK_WEIGHTS: Record<ChurnSignalCode, number> = {
  OVERDUE: 35,
  DECLINING: 30,
  NO_CONTACT: 15,
  OPEN_COMPLAINTS: 20,
};

/** Points per open complaint by severity, summed and capped at RISK_WEIGHTS.OPEN_COMPLAINTS. */
export const COMPLAINT_POINTS: Record<ComplaintSeverity, number> = { LOW: 5, MEDIUM: 10, HIGH: 20 };

/**
 * The churn risk score, an integer 0–100: the sum of the raised flags' points — OVERDUE 35,
 * DECLINING 30, NO_CONTACT 15, OPEN_COMPLAINTS 5 per low, 10 per medium (or unspecified), 20 per high
 * open complaint, at most 20 — capped at 100 (the weights add up to exactly 100). No flag scores 0.
 */
export function riskScore(flags: readonly ChurnFlag[]): number {
  const total = flags.reduce(
    (sum, flag) => sum + (flag.code === "OPEN_COMPLAINTS" ? flag.evidence.points : RISK_WEIGHTS[flag.code]),
    0,
  );
  return Math.min(100, total);
}

/**
 * Risk level of a score: LOW below 30, MEDIUM from 30 to below 60, HIGH from 60. So one order-rhythm
 * or revenue signal alone is MEDIUM, contact or complaint signals alone stay LOW, and two strong signals
 * (e.g. OVERDUE + DECLINING = 65) are HIGH.
 */
export function riskLevel(score: number): RiskLevel {
  assertFinite(score, "risk score");
  if (score < 30) return "LOW";
  return score < 60 ? "MEDIUM" : "HIGH";
}
