import { describe, expect, it } from "vitest";
import { ClvError, expectedAverageValue, fitGammaGamma, gammaGammaLogLikelihood } from "@/lib/clv";
import { seededRandom, simulateBgNbd, simulateGammaGamma } from "@/lib/clv/simulate";

/** Γ for the small arguments below by recurrence onto a large argument and Stirling there (no logarithms). */
function gammaDirect(x: number): number {
  let factor = 1;
  while (x < 30) {
    factor /= x;
    x += 1;
  }
  return factor * Math.sqrt((2 * Math.PI) / x) * Math.pow(x / Math.E, x) * (1 + 1 / (12 * x) + 1 / (288 * x * x) - 139 / (51840 * x ** 3));
}

describe("Gamma-Gamma log-likelihood", () => {
  it("equals the direct density of the mean spend on small cases", () => {
    const params = { p: 2.5, q: 3.2, v: 40 };
    for (const [x, m] of [[1, 12], [2, 30.5], [5, 8]]) {
      const direct =
        (gammaDirect(params.p * x + params.q) / (gammaDirect(params.p * x) * gammaDirect(params.q))) *
        (Math.pow(params.v, params.q) * Math.pow(m, params.p * x - 1) * Math.pow(x, params.p * x)) /
        Math.pow(params.v + m * x, params.p * x + params.q);
      expect(gammaGammaLogLikelihood(params, [{ frequency: x, monetaryValue: m }])).toBeCloseTo(Math.log(direct), 9);
    }
  });

  it("ignores customers without repeat purchases or without positive spend", () => {
    const params = { p: 2.5, q: 3.2, v: 40 };
    const one = { frequency: 2, monetaryValue: 30 };
    expect(gammaGammaLogLikelihood(params, [one, { frequency: 0, monetaryValue: 0 }, { frequency: 3, monetaryValue: -5 }])).toBe(
      gammaGammaLogLikelihood(params, [one]),
    );
  });
});

describe("fitGammaGamma", () => {
  it("recovers the parameters of 20,000 customers simulated from the model", () => {
    const truth = { p: 4, q: 5, v: 200 };
    const random = seededRandom(16);
    const histories = simulateBgNbd({ r: 1.5, alpha: 10, a: 0.6, b: 3 }, Array.from({ length: 20_000 }, () => 50 + 50 * random()), random);
    const spend = simulateGammaGamma(truth, histories.map((h) => h.frequency), random);
    const fit = fitGammaGamma(histories.map((h, i) => ({ frequency: h.frequency, monetaryValue: spend[i] })));
    expect(fit.converged).toBe(true);
    for (const key of ["p", "q", "v"] as const) expect(Math.abs(fit[key] / truth[key] - 1), key).toBeLessThan(0.1);
  });

  it("is currency-free: spend in cents gives v × 100", () => {
    const random = seededRandom(3);
    const spend = simulateGammaGamma({ p: 3, q: 4, v: 50 }, Array.from({ length: 2000 }, () => 1 + Math.floor(6 * random())), random);
    const customers = spend.map((m, i) => ({ frequency: 1 + (i % 6), monetaryValue: m }));
    const units = fitGammaGamma(customers);
    const cents = fitGammaGamma(customers.map((c) => ({ ...c, monetaryValue: c.monetaryValue * 100 })));
    expect(cents.v / 100).toBeCloseTo(units.v, 3);
    expect(cents.p).toBeCloseTo(units.p, 5);
  });

  it("rejects degenerate inputs with a ClvError", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(ClvError);
        return (error as ClvError).code;
      }
      return "none";
    };
    expect(code(() => fitGammaGamma([]))).toBe("NO_REPEAT_CUSTOMERS");
    expect(code(() => fitGammaGamma([{ frequency: 0, monetaryValue: 0 }, { frequency: 2, monetaryValue: 10 }]))).toBe("NO_REPEAT_CUSTOMERS");
    const alike = Array.from({ length: 30 }, () => ({ frequency: 2, monetaryValue: 10 }));
    expect(code(() => fitGammaGamma(alike))).toBe("NOT_IDENTIFIABLE");
    const penalised = fitGammaGamma(alike, { penalizer: 0.01 });
    expect([penalised.p, penalised.q, penalised.v].every(Number.isFinite)).toBe(true);
    expect(code(() => expectedAverageValue({ p: 1, q: 0.5, v: 1 }, { frequency: 0, monetaryValue: 0 }))).toBe("UNBOUNDED_MEAN");
  });
});

describe("expectedAverageValue", () => {
  it("is the population mean at frequency 0 and moves towards the customer's own mean with more purchases", () => {
    const params = { p: 6.25, q: 3.74, v: 15.44 };
    const population = (params.p * params.v) / (params.q - 1);
    expect(expectedAverageValue(params, { frequency: 0, monetaryValue: 0 })).toBeCloseTo(population, 12);
    const own = 100;
    const values = [1, 5, 50, 5000].map((frequency) => expectedAverageValue(params, { frequency, monetaryValue: own }));
    for (let i = 1; i < values.length; i += 1) expect(values[i]).toBeGreaterThan(values[i - 1]);
    expect(values[3]).toBeCloseTo(own, 0);
  });
});
