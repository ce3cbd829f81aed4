/**
 * Seeded simulation from the models' own generative processes, for tests and the benchmark: the fits must recover
 * the parameters the customers were drawn from.
 */
import type { BgNbdParams, GammaGammaParams, PurchaseHistory } from "./types";

/** A uniform [0, 1) generator (mulberry32): fast, 32-bit state, the same stream for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, rate) by Marsaglia & Tsang, with the u^(1/shape) boost for shape < 1. */
export function gammaVariate(random: () => number, shape: number, rate: number): number {
  if (shape < 1) return gammaVariate(random, shape + 1, rate) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = Math.pow(1 + c * x, 3);
    if (v <= 0) continue;
    if (Math.log(1 - random()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

function betaVariate(random: () => number, a: number, b: number): number {
  const x = gammaVariate(random, a, 1);
  return x / (x + gammaVariate(random, b, 1));
}

/**
 * One BG/NBD history per entry of `ages` (the customer's T): λ ~ Gamma(r, α), p ~ Beta(a, b); purchases
 * after the first at exponential(λ) gaps until T, the customer dropping out after each repeat purchase with
 * probability p.
 */
export function simulateBgNbd(params: BgNbdParams, ages: readonly number[], random: () => number): PurchaseHistory[] {
  return ages.map((T) => {
    const lambda = gammaVariate(random, params.r, params.alpha);
    const p = betaVariate(random, params.a, params.b);
    let time = 0;
    let frequency = 0;
    let recency = 0;
    for (;;) {
      time += -Math.log(1 - random()) / lambda;
      if (time > T) break;
      frequency += 1;
      recency = time;
      if (random() < p) break;
    }
    return { frequency, recency, T };
  });
}

/** The mean spend of `frequency` purchases per customer: ν ~ Gamma(q, v), each purchase ~ Gamma(p, ν). */
export function simulateGammaGamma(params: GammaGammaParams, frequencies: readonly number[], random: () => number): number[] {
  return frequencies.map((x) => {
    if (x === 0) return 0;
    const nu = gammaVariate(random, params.q, params.v);
    let total = 0;
    for (let i = 0; i < x; i += 1) total += gammaVariate(random, params.p, nu);
    return total / x;
  });
}
