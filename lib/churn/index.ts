/** Churn signals of one account and their risk score. */
export { CHURN_RULES, churnSignals } from "./churn-signals";
export { COMPLAINT_POINTS, RISK_WEIGHTS, riskLevel, riskScore } from "./risk";
export {
  CHURN_SIGNAL_CODES,
  CHURN_SIGNAL_LABELS,
  COMPLAINT_SEVERITIES,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  type ChurnActivity,
  type ChurnComplaint,
  type ChurnFlag,
  type ChurnInput,
  type ChurnOrder,
  type ChurnSignalCode,
  type ChurnSignals,
  type ComplaintSeverity,
  type DecliningEvidence,
  type NoContactEvidence,
  type OpenComplaintsEvidence,
  type OverdueEvidence,
  type RiskLevel,
} from "./types";
