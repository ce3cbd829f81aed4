import { describe, expect, it } from "vitest";
import { customerLifetimeValue, DAYS_PER_MONTH, expectedAverageValue, expectedPurchases } from "@/lib/clv";

const bgnbd = { r: 0.3, alpha: 30, a: 0.8, b: 2.5 };
const gammaGamma = { p: 5, q: 4, v: 300 };
const customer = { frequency: 4, recency: 200, T: 260, monetaryValue: 450 };

describe("customerLifetimeValue", () => {
  it("is the discounted sum of the monthly expected purchases times the expected spend", () => {
    const spend = expectedAverageValue(gammaGamma, customer);
    let manual = 0;
    for (let k = 1; k <= 12; k += 1) {
      const purchases = expectedPurchases(bgnbd, k * DAYS_PER_MONTH, customer) - expectedPurchases(bgnbd, (k - 1) * DAYS_PER_MONTH, customer);
      manual += (purchases * spend) / 1.01 ** k;
    }
    expect(customerLifetimeValue(bgnbd, gammaGamma, customer, { months: 12, discountRate: 0.01, unit: "day" })).toBeCloseTo(manual, 9);
  });

  it("without discount equals the expected purchases over the horizon times the spend; 0 months is 0", () => {
    const value = customerLifetimeValue(bgnbd, gammaGamma, customer, { months: 36, discountRate: 0, unit: "day" });
    const expected = expectedPurchases(bgnbd, 36 * DAYS_PER_MONTH, customer) * expectedAverageValue(gammaGamma, customer);
    expect(value).toBeCloseTo(expected, 8);
    expect(customerLifetimeValue(bgnbd, gammaGamma, customer, { months: 0, discountRate: 0.01, unit: "day" })).toBe(0);
  });

  it("gives the same value in weeks as in days for the same customer and model", () => {
    const weekly = { ...bgnbd, alpha: bgnbd.alpha / 7 };
    const inWeeks = { ...customer, recency: customer.recency / 7, T: customer.T / 7 };
    const days = customerLifetimeValue(bgnbd, gammaGamma, customer, { months: 12, discountRate: 0.01, unit: "day" });
    expect(customerLifetimeValue(weekly, gammaGamma, inWeeks, { months: 12, discountRate: 0.01, unit: "week" })).toBeCloseTo(days, 8);
  });

  it("grows with the horizon and rejects invalid options", () => {
    const v12 = customerLifetimeValue(bgnbd, gammaGamma, customer, { months: 12, discountRate: 0.01, unit: "day" });
    const v36 = customerLifetimeValue(bgnbd, gammaGamma, customer, { months: 36, discountRate: 0.01, unit: "day" });
    expect(v36).toBeGreaterThan(v12);
    expect(() => customerLifetimeValue(bgnbd, gammaGamma, customer, { months: 1.5, discountRate: 0.01, unit: "day" })).toThrow(/months/);
    expect(() => customerLifetimeValue(bgnbd, gammaGamma, customer, { months: 12, discountRate: -1, unit: "day" })).toThrow(/discountRate/);
  });
});
