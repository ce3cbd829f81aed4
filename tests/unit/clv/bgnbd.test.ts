import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bgNbdLogLikelihood,
  ClvError,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  fitBgNbd,
  probabilityAlive,
  type BgNbdParams,
  type PurchaseHistory,
} from "@/lib/clv";
import { seededRandom, simulateBgNbd } from "@/lib/clv/simulate";

/** Γ by the plain product recurrence onto [1, 2) and a 30-term Taylor-free Euler limit: independent of lgamma. */
function gammaDirect(x: number): number {
  // Euler's product Γ(x) = lim n^x n! / (x (x+1) … (x+n)), accelerated by the recurrence to a large argument
  // and Stirling there; all in plain (non-log) arithmetic for the small arguments of these cases.
  let factor = 1;
  while (x < 30) {
    factor /= x;
    x += 1;
  }
  const stirling = Math.sqrt((2 * Math.PI) / x) * Math.pow(x / Math.E, x) * (1 + 1 / (12 * x) + 1 / (288 * x * x) - 139 / (51840 * x ** 3));
  return factor * stirling;
}
const betaDirect = (a: number, b: number) => (gammaDirect(a) * gammaDirect(b)) / gammaDirect(a + b);

/** FHL 2005 eq. 3, evaluated as a product (no logarithms until the end). */
function likelihoodDirect({ r, alpha, a, b }: BgNbdParams, { frequency: x, recency, T }: PurchaseHistory): number {
  const gammaPart = (gammaDirect(r + x) * Math.pow(alpha, r)) / gammaDirect(r);
  const stay = (betaDirect(a, b + x) / betaDirect(a, b)) * gammaPart * Math.pow(alpha + T, -(r + x));
  const left = x > 0 ? (betaDirect(a + 1, b + x - 1) / betaDirect(a, b)) * gammaPart * Math.pow(alpha + recency, -(r + x)) : 0;
  return stay + left;
}

const CDNOW: BgNbdParams = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };

describe("BG/NBD log-likelihood", () => {
  it("equals the direct (non-log) evaluation on small cases", () => {
    const cases: PurchaseHistory[] = [
      { frequency: 0, recency: 0, T: 38.86 },
      { frequency: 1, recency: 1.71, T: 38.86 },
      { frequency: 2, recency: 30.43, T: 38.86 },
      { frequency: 7, recency: 29.43, T: 38.86 },
      { frequency: 12, recency: 5, T: 30 },
    ];
    const paramSets = [CDNOW, { r: 1.3, alpha: 0.7, a: 2.1, b: 0.4 }, { r: 0.05, alpha: 12, a: 0.3, b: 9 }];
    for (const params of paramSets) {
      for (const customer of cases) {
        const direct = Math.log(likelihoodDirect(params, customer));
        expect(bgNbdLogLikelihood(params, [customer])).toBeCloseTo(direct, 9);
      }
      const sum = cases.reduce((total, c) => total + Math.log(likelihoodDirect(params, c)), 0);
      expect(bgNbdLogLikelihood(params, cases)).toBeCloseTo(sum, 8);
    }
  });

  it("stays finite where the direct evaluation underflows (large frequency, long history)", () => {
    const customer = { frequency: 400, recency: 3000, T: 3650 };
    expect(likelihoodDirect(CDNOW, customer) > 0).toBe(false);
    const value = bgNbdLogLikelihood(CDNOW, [customer]);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeLessThan(-1000);
  });

  it("counts identical histories once per copy", () => {
    const one = { frequency: 3, recency: 10, T: 20 };
    expect(bgNbdLogLikelihood(CDNOW, [one, one, one])).toBeCloseTo(3 * bgNbdLogLikelihood(CDNOW, [one]), 10);
  });
});

describe("fitBgNbd", () => {
  it("recovers the parameters of 20,000 customers simulated from the model", () => {
    const truth = { r: 0.5, alpha: 6, a: 1.2, b: 3.5 };
    const random = seededRandom(20_260_116);
    const ages = Array.from({ length: 20_000 }, () => 20 + 80 * random());
    const fit = fitBgNbd(simulateBgNbd(truth, ages, random));
    expect(fit.converged).toBe(true);
    for (const key of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(fit[key] / truth[key] - 1), key).toBeLessThan(0.15);
    }
  });

  it("is unit-free: weeks give α/7 of days and the log-likelihood shifts by Σx·ln 7", () => {
    const random = seededRandom(7);
    const days = simulateBgNbd({ r: 0.4, alpha: 30, a: 0.9, b: 2.5 }, Array.from({ length: 3000 }, () => 100 + 600 * random()), random);
    const weeks = days.map((c) => ({ frequency: c.frequency, recency: c.recency / 7, T: c.T / 7 }));
    const inDays = fitBgNbd(days);
    const inWeeks = fitBgNbd(weeks);
    expect(inWeeks.alpha).toBeCloseTo(inDays.alpha / 7, 4);
    expect(inWeeks.r).toBeCloseTo(inDays.r, 5);
    const purchases = days.reduce((sum, c) => sum + c.frequency, 0);
    expect(inWeeks.logLikelihood).toBeCloseTo(inDays.logLikelihood + purchases * Math.log(7), 4);
  });

  it("rejects degenerate inputs with a ClvError, never NaN", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(ClvError);
        return (error as ClvError).code;
      }
      return "none";
    };
    expect(code(() => fitBgNbd([]))).toBe("NO_CUSTOMERS");
    expect(code(() => fitBgNbd([{ frequency: 3, recency: 5, T: 9 }]))).toBe("NO_CUSTOMERS");
    expect(code(() => fitBgNbd([{ frequency: 0, recency: 0, T: 9 }, { frequency: 0, recency: 0, T: 4 }]))).toBe("NO_REPEAT_CUSTOMERS");
    const alike = Array.from({ length: 50 }, () => ({ frequency: 2, recency: 8, T: 10 }));
    expect(code(() => fitBgNbd(alike))).toBe("NOT_IDENTIFIABLE");
    expect(code(() => fitBgNbd([{ frequency: 1, recency: 12, T: 10 }, { frequency: 0, recency: 0, T: 3 }]))).toBe("INVALID_INPUT");
    expect(code(() => fitBgNbd([{ frequency: 1.5, recency: 2, T: 10 }, { frequency: 0, recency: 0, T: 3 }]))).toBe("INVALID_INPUT");
  });

  it("gives finite parameters for alike customers with a penalty", () => {
    const alike = Array.from({ length: 50 }, () => ({ frequency: 2, recency: 8, T: 10 }));
    const fit = fitBgNbd(alike, { penalizer: 0.01 });
    for (const value of [fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood]) expect(Number.isFinite(value)).toBe(true);
  });
});

const history = fc
  .record({ frequency: fc.integer({ min: 0, max: 60 }), T: fc.double({ min: 0.5, max: 500, noNaN: true }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ frequency, T, share }) => ({ frequency, T, recency: frequency === 0 ? 0 : share * T }));
const params = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 100, noNaN: true }),
  a: fc.double({ min: 0.1, max: 5, noNaN: true }),
  b: fc.double({ min: 0.1, max: 10, noNaN: true }),
});

describe("predictions", () => {
  it("P(alive) is 1 without repeat purchases and within [0, 1] otherwise", () => {
    fc.assert(fc.property(params, history, (p, customer) => {
      const alive = probabilityAlive(p, customer);
      if (customer.frequency === 0) expect(alive).toBe(1);
      expect(alive).toBeGreaterThanOrEqual(0);
      expect(alive).toBeLessThanOrEqual(1);
    }));
  });

  it("expected purchases start at 0 and increase with t", () => {
    fc.assert(fc.property(params, history, fc.double({ min: 0.01, max: 2000, noNaN: true }), (p, customer, t) => {
      expect(expectedPurchases(p, 0, customer)).toBe(0);
      const shorter = expectedPurchases(p, t, customer);
      const longer = expectedPurchases(p, t * 1.5 + 1, customer);
      expect(Number.isFinite(shorter)).toBe(true);
      expect(shorter).toBeGreaterThanOrEqual(0);
      expect(longer).toBeGreaterThanOrEqual(shorter * (1 - 1e-9));
    }));
  });

  // Reference values from mpmath (60 digits) of FHL 2005 eq. 10; a = 1 as the limit a → 1.
  const reference: [BgNbdParams, number, PurchaseHistory, number][] = [
    [{ r: 0.7, alpha: 5, a: 1, b: 2 }, 400, { frequency: 3, recency: 20, T: 30 }, 5.9361559552674176],
    [{ r: 0.7, alpha: 5, a: 1, b: 2 }, 10, { frequency: 3, recency: 20, T: 30 }, 0.51088716917652669],
    [{ r: 0.7, alpha: 5, a: 1.7, b: 2 }, 400, { frequency: 3, recency: 20, T: 30 }, 2.5119085086117928],
    [{ r: 0.7, alpha: 5, a: 0.6, b: 2 }, 2000, { frequency: 0, recency: 0, T: 30 }, 9.6239248577754409],
    [CDNOW, 39, { frequency: 2, recency: 30.43, T: 38.86 }, 1.225922657987034],
    [CDNOW, 5000, { frequency: 40, recency: 60, T: 61 }, 282.93350954877379],
  ];
  it.each(reference)("matches the reference value %o, t = %f", (p, t, customer, expected) => {
    expect(Math.abs(expectedPurchases(p, t, customer) / expected - 1)).toBeLessThan(1e-10);
  });

  it("the new-customer expectation is the conditional one at x = 0, T = 0, and grows like a rate early on", () => {
    fc.assert(fc.property(params, fc.double({ min: 0.01, max: 1000, noNaN: true }), (p, t) => {
      expect(expectedPurchasesNewCustomer(p, t)).toBeCloseTo(expectedPurchases(p, t, { frequency: 0, recency: 0, T: 0 }), 10);
    }));
    // For small t, E ≈ t·E[λ] = t·r/α.
    expect(expectedPurchasesNewCustomer(CDNOW, 1e-6) / 1e-6).toBeCloseTo(CDNOW.r / CDNOW.alpha, 5);
  });
});
