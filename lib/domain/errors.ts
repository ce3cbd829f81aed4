/**
 * Why an engine rejected its input. Stable strings, so that a caller can map them to a field message:
 * - NOT_FINITE: a number is NaN or ±Infinity;
 * - INVALID_DATE: a date is not a valid Date;
 * - SCORE_OUT_OF_SCALE: a score, answer or threshold lies outside its scale;
 * - NEGATIVE_WEIGHT, ZERO_TOTAL_WEIGHT: a model's weights cannot be used;
 * - DUPLICATE_KEY: a factor, candidate or account appears twice;
 * - INVALID_SCALE: a scale is not a real interval (min < max);
 * - INVALID_OPTION: an option or mode is unknown or out of its range.
 */
export type EngineErrorCode =
  | "NOT_FINITE"
  | "INVALID_DATE"
  | "SCORE_OUT_OF_SCALE"
  | "NEGATIVE_WEIGHT"
  | "ZERO_TOTAL_WEIGHT"
  | "DUPLICATE_KEY"
  | "INVALID_SCALE"
  | "INVALID_OPTION";

/**
 * The one error every engine throws for input it cannot compute with, instead of returning a nonsense number:
 * a bad model, form value or date fails loudly. `key` names the offending factor or item when there is one.
 */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly key?: string;

  constructor(code: EngineErrorCode, message: string, key?: string) {
    super(message);
    this.name = "EngineError";
    this.code = code;
    this.key = key;
  }
}

/** Rejects NaN and ±Infinity (and non-numbers), which would silently poison every sum they enter. */
export function assertFinite(value: number, what: string, key?: string): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new EngineError("NOT_FINITE", `${what} must be a finite number, got ${String(value)}`, key);
  }
}
