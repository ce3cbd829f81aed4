/** Relationship stages: the stage ladder, uncoupling, transition rules, matrix fit, KAM role. */
export { isStage, LADDER_STAGES, STAGE_LABELS, STAGES, type Stage } from "./stages";
export { STAGE_INFO, type StageInfo } from "./stage-info";
export {
  isUncouplingReason,
  UNCOUPLING_REASON_INFO,
  UNCOUPLING_REASONS,
  uncouplingReasonsOfKind,
  type UncouplingReason,
  type UncouplingReasonInfo,
  type UncouplingReasonKind,
} from "./uncoupling";
export {
  canTransition,
  transitionTargets,
  type TransitionOptions,
  type TransitionRefusalCode,
  type TransitionResult,
} from "./transitions";
export {
  expectedQuadrants,
  STAGE_MISMATCH_LABELS,
  stageMismatch,
  type StageMismatch,
  type StageMismatchKind,
} from "./mismatch";
export { KAM_ROLES, KAM_SKILLS, type KamRole } from "./kam-role";
