import { expectedPurchases } from "./bgnbd";
import { ClvError } from "./errors";
import { expectedAverageValue } from "./gamma-gamma";
import { checkUnit, UNIT_DAYS } from "./summarise";
import type { BgNbdParams, ClvUnit, GammaGammaParams, PurchaseHistory, SpendHistory } from "./types";

/** A month is a twelfth of a mean Gregorian year. */
export const DAYS_PER_MONTH = 365.25 / 12;

export type LifetimeValueOptions = {
  months: number;
  /** Discount rate per month (0.01 ≈ 12.7 % a year); month k is divided by (1 + rate)^k. */
  discountRate: number;
  unit: ClvUnit;
  /** Length of a month in `unit`; defaults to 365.25/12 days. */
  unitsPerMonth?: number;
};

/**
 * The discounted expected value of the customer's purchases over the next `months`:
 *   Σ_{k=1..months} (E[N(k·month)] − E[N((k−1)·month)]) × E[spend per purchase] / (1 + discountRate)^k
 * with E[N(t)] the BG/NBD conditional expectation and the spend from the Gamma-Gamma model (its population mean
 * for a customer without repeat purchases).
 */
export function customerLifetimeValue(
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  customer: PurchaseHistory & SpendHistory,
  { months, discountRate, unit, unitsPerMonth }: LifetimeValueOptions,
): number {
  checkUnit(unit);
  if (!(Number.isInteger(months) && months >= 0)) throw new ClvError("INVALID_INPUT", `months must be a whole number ≥ 0, got ${months}`);
  if (!(Number.isFinite(discountRate) && discountRate > -1)) {
    throw new ClvError("INVALID_INPUT", `discountRate must be a finite rate above −1, got ${discountRate}`);
  }
  const month = unitsPerMonth ?? DAYS_PER_MONTH / UNIT_DAYS[unit];
  if (!(Number.isFinite(month) && month > 0)) throw new ClvError("INVALID_INPUT", `unitsPerMonth must be positive, got ${month}`);
  const spend = expectedAverageValue(gammaGamma, customer);
  let value = 0;
  let previous = 0;
  for (let k = 1; k <= months; k += 1) {
    const cumulative = expectedPurchases(bgnbd, k * month, customer);
    value += ((cumulative - previous) * spend) / Math.pow(1 + discountRate, k);
    previous = cumulative;
  }
  return value;
}
