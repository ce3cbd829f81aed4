/**
 * Why a lifetime-value computation cannot give a number. Malformed input (a NaN amount, an invalid date) throws
 * the engines' EngineError like everywhere else; ClvError is for data the models cannot be fitted to or
 * evaluated on, so callers can show "not enough data" instead of a wrong figure.
 * - NO_CUSTOMERS: nothing to fit (no customers, or a single one).
 * - NO_REPEAT_CUSTOMERS: nobody bought twice, so neither the purchase rate's spread nor the drop-out can be told
 *   apart (BG/NBD), or there is no spend per repeat purchase to learn from (Gamma-Gamma).
 * - NOT_IDENTIFIABLE: the likelihood keeps improving towards a parameter of 0 or ∞ (for example every customer
 *   looks the same); an L2 penalty (`penalizer`) gives a finite estimate.
 * - NO_CONVERGENCE: the optimiser or a series did not settle.
 * - UNBOUNDED_MEAN: the Gamma-Gamma population mean v·p/(q − 1) does not exist because q ≤ 1.
 * - INVALID_INPUT: a value outside the model's domain (negative frequency, recency beyond T, …).
 */
export type ClvErrorCode =
  | "NO_CUSTOMERS"
  | "NO_REPEAT_CUSTOMERS"
  | "NOT_IDENTIFIABLE"
  | "NO_CONVERGENCE"
  | "UNBOUNDED_MEAN"
  | "INVALID_INPUT";

export class ClvError extends Error {
  readonly code: ClvErrorCode;

  constructor(code: ClvErrorCode, message: string) {
    super(message);
    this.name = "ClvError";
    this.code = code;
  }
}
