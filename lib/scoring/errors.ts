/** Why an engine rejected its input; stable so that server actions can map it to a field message. */
export type ScoringErrorCode =
  | "NOT_FINITE"
  | "SCORE_OUT_OF_SCALE"
  | "NEGATIVE_WEIGHT"
  | "ZERO_TOTAL_WEIGHT"
  | "DUPLICATE_KEY"
  | "INVALID_SCALE"
  | "INVALID_OPTION";

/**
 * Invalid input to a pure engine (scoring, matrix, identification). Thrown instead of returning a
 * nonsense number, so a bad model or form value fails loudly; `key` names the offending factor or item.
 */
export class ScoringInputError extends Error {
  readonly code: ScoringErrorCode;
  readonly key?: string;

  constructor(code: ScoringErrorCode, message: string, key?: string) {
    super(message);
    this.name = "ScoringInputError";
    this.code = code;
    this.key = key;
  }
}

/** Rejects NaN and ±Infinity, which would silently poison every sum they enter. */
export function assertFinite(value: number, what: string, key?: string): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ScoringInputError("NOT_FINITE", `${what} must be a finite number, got ${String(value)}`, key);
  }
}
