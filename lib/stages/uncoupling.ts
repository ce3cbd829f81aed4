import type { LocalizedText } from "../domain";

/**
 * Reasons for uncoupling, recorded when an account moves to DISINTEGRATING. Same keys as the Prisma
 * `UncouplingReason` enum.
 */
export const UNCOUPLING_REASONS = [
  "KEY_PERSON_CHANGE",
  "LACK_OF_TRUST",
  "LACK_OF_LONGEVITY",
  "CULTURAL_DIFFERENCES",
  "QUALITY_PROBLEMS",
  "MARKET_POSITION_CHANGE",
  "FINANCIAL_PROBLEMS",
  "PRODUCT_PROCESS_VALUE_CHAIN",
  "CUSTOMER_ATTITUDE",
] as const;

export type UncouplingReason = (typeof UNCOUPLING_REASONS)[number];

/** INTERNAL: on our side or in the relationship itself; EXTERNAL: the customer's situation or market. */
export type UncouplingReasonKind = "INTERNAL" | "EXTERNAL";

export type UncouplingReasonInfo = { kind: UncouplingReasonKind; label: LocalizedText };

export const UNCOUPLING_REASON_INFO: Record<UncouplingReason, UncouplingReasonInfo> = {
  KEY_PERSON_CHANGE: { kind: "INTERNAL", label: { en: "Key person change", zh: "重点人员的调整" } },
  LACK_OF_TRUST: { kind: "INTERNAL", label: { en: "Lack of trust", zh: "缺乏信任" } },
  LACK_OF_LONGEVITY: {
    kind: "INTERNAL",
    label: { en: "Lack of longevity (no fresh stimulus)", zh: "缺乏持久性" },
  },
  CULTURAL_DIFFERENCES: { kind: "INTERNAL", label: { en: "Cultural differences", zh: "文化差异" } },
  QUALITY_PROBLEMS: { kind: "INTERNAL", label: { en: "Quality problems", zh: "质量问题" } },
  MARKET_POSITION_CHANGE: {
    kind: "EXTERNAL",
    label: { en: "Customer's market position change", zh: "市场地位的变化" },
  },
  FINANCIAL_PROBLEMS: { kind: "EXTERNAL", label: { en: "Financial problems", zh: "财务问题" } },
  PRODUCT_PROCESS_VALUE_CHAIN: {
    kind: "EXTERNAL",
    label: { en: "Product/process mix and value-chain position", zh: "产品/流程组合及价值链" },
  },
  CUSTOMER_ATTITUDE: { kind: "EXTERNAL", label: { en: "Customer attitude", zh: "客户态度" } },
};

/** Runtime guard for values read from forms or the database. */
export function isUncouplingReason(value: unknown): value is UncouplingReason {
  return typeof value === "string" && (UNCOUPLING_REASONS as readonly string[]).includes(value);
}

/** The reasons of one kind, in canonical order (for grouped checkboxes). */
export function uncouplingReasonsOfKind(kind: UncouplingReasonKind): UncouplingReason[] {
  return UNCOUPLING_REASONS.filter((reason) => UNCOUPLING_REASON_INFO[reason].kind === kind);
}
