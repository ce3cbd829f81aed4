import { isStage, LADDER_STAGES, type Stage } from "./stages";
import type { LocalizedText } from "../domain";
import { isUncouplingReason } from "./uncoupling";

/**
 * Stage transition rules:
 * - among the five ladder stages (EXPLORATORY … INTEGRATED) a move forward or back by any number of steps
 *   is allowed;
 * - staying on the same stage is not a transition (SAME_STAGE);
 * - DISINTEGRATING can be entered from any ladder stage, only with at least one reason, and every reason
 *   must be a known `UncouplingReason` key (REASON_REQUIRED, UNKNOWN_REASON); duplicates are harmless;
 * - from DISINTEGRATING the only way out is a restart at EXPLORATORY (RESTART_AT_EXPLORATORY);
 * - reasons given for any other move are ignored (they are only recorded for uncoupling);
 * - a value that is not a stage key is refused (UNKNOWN_STAGE), for callers passing raw form input.
 */
export type TransitionRefusalCode =
  | "UNKNOWN_STAGE"
  | "SAME_STAGE"
  | "REASON_REQUIRED"
  | "UNKNOWN_REASON"
  | "RESTART_AT_EXPLORATORY";

/**
 * Outcome of `canTransition`. To ask only "allowed or not", read `.ok`; a refusal also carries a stable
 * `code` (to map onto a form field) and a bilingual `message`.
 */
export type TransitionResult =
  | { ok: true }
  | { ok: false; code: TransitionRefusalCode; message: LocalizedText };

export type TransitionOptions = { reasons?: readonly string[] };

const REFUSAL_MESSAGES: Record<TransitionRefusalCode, LocalizedText> = {
  UNKNOWN_STAGE: { en: "Unknown relationship stage.", zh: "未知的关系阶段。" },
  SAME_STAGE: { en: "The account is already at this stage.", zh: "客户已处于该阶段。" },
  REASON_REQUIRED: {
    en: "Record at least one reason for uncoupling.",
    zh: "请至少记录一项关系间断的原因。",
  },
  UNKNOWN_REASON: { en: "Unknown uncoupling reason.", zh: "未知的关系间断原因。" },
  RESTART_AT_EXPLORATORY: {
    en: "After uncoupling a relationship can only restart at the exploratory stage.",
    zh: "关系间断后只能从孕育阶段重新开始。",
  },
};

function refuse(code: TransitionRefusalCode): TransitionResult {
  return { ok: false, code, message: REFUSAL_MESSAGES[code] };
}

/** Whether an account may move from `from` to `to`; see the rules above. */
export function canTransition(from: Stage, to: Stage, options: TransitionOptions = {}): TransitionResult {
  if (!isStage(from) || !isStage(to)) return refuse("UNKNOWN_STAGE");
  if (from === to) return refuse("SAME_STAGE");
  if (from === "DISINTEGRATING") return to === "EXPLORATORY" ? { ok: true } : refuse("RESTART_AT_EXPLORATORY");
  if (to === "DISINTEGRATING") {
    const reasons = options.reasons ?? [];
    if (reasons.length === 0) return refuse("REASON_REQUIRED");
    if (!reasons.every(isUncouplingReason)) return refuse("UNKNOWN_REASON");
  }
  return { ok: true };
}

/**
 * The stages an account at `from` may move to, in stage order, for a stage picker; `requiresReasons`
 * marks DISINTEGRATING, which additionally needs at least one reason.
 */
export function transitionTargets(from: Stage): { stage: Stage; requiresReasons: boolean }[] {
  if (from === "DISINTEGRATING") return [{ stage: "EXPLORATORY", requiresReasons: false }];
  return [...LADDER_STAGES, "DISINTEGRATING" as const]
    .filter((stage) => stage !== from)
    .map((stage) => ({ stage, requiresReasons: stage === "DISINTEGRATING" }));
}
