/**
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while alive a customer
 * buys as a Poisson process with rate λ ~ Gamma(r, α); after each repeat purchase they drop out with
 * probability p ~ Beta(a, b). A history is (x, t_x, T): x repeat purchases, the last at t_x, observed until T.
 */
import { ClvError } from "./errors";
import { groupRows } from "./group";
import { fitLogParameters } from "./optimise";
import { digamma, exprel, hyp2f1, lgamma, logAddExp } from "./special";
import type { BgNbdFit, BgNbdParams, FitOptions, PurchaseHistory } from "./types";

/** The longest T after rescaling, as in the lifetimes package: keeps α near 1 and the penalty unit-free. */
const SCALED_HORIZON = 10;

function checkParams({ r, alpha, a, b }: BgNbdParams): void {
  for (const [name, value] of [["r", r], ["alpha", alpha], ["a", a], ["b", b]] as const) {
    if (!(Number.isFinite(value) && value > 0)) {
      throw new ClvError("INVALID_INPUT", `BG/NBD parameter ${name} must be positive, got ${value}`);
    }
  }
}

function checkHistory({ frequency: x, recency, T }: PurchaseHistory): void {
  if (!(Number.isInteger(x) && x >= 0)) throw new ClvError("INVALID_INPUT", `frequency must be a whole number ≥ 0, got ${x}`);
  if (!(Number.isFinite(recency) && recency >= 0)) throw new ClvError("INVALID_INPUT", `recency must be ≥ 0, got ${recency}`);
  if (!(Number.isFinite(T) && T >= recency)) throw new ClvError("INVALID_INPUT", `T must be ≥ recency (${recency}), got ${T}`);
  if (x === 0 && recency !== 0) throw new ClvError("INVALID_INPUT", `recency must be 0 when frequency is 0, got ${recency}`);
}

/**
 * Histories grouped by identical (x, t_x, T), with the weight of each group and the index of its x among the
 * distinct frequencies: the x-only terms of the likelihood (the log-gammas) are then computed once per x.
 */
type Prepared = {
  x: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  xIndex: Int32Array;
  distinctX: number[];
  weightOfX: number[];
  total: number;
  /** Σ weight·x, for converting the log-likelihood between time scales. */
  purchases: number;
};

function prepare(customers: readonly PurchaseHistory[], scale: number): Prepared {
  const n = customers.length;
  const rawX = new Float64Array(n);
  const rawRecency = new Float64Array(n);
  const rawT = new Float64Array(n);
  let purchases = 0;
  for (let i = 0; i < n; i += 1) {
    const customer = customers[i];
    checkHistory(customer);
    rawX[i] = customer.frequency;
    rawRecency[i] = customer.recency;
    rawT[i] = customer.T;
    purchases += customer.frequency;
  }
  const { rows, counts } = groupRows([rawX, rawRecency, rawT], n);
  const groups = rows.length;
  const x = new Float64Array(groups);
  const recency = new Float64Array(groups);
  const T = new Float64Array(groups);
  const xIndex = new Int32Array(groups);
  const distinctX: number[] = [];
  const weightOfX: number[] = [];
  const position = new Map<number, number>();
  for (let g = 0; g < groups; g += 1) {
    const i = rows[g];
    x[g] = rawX[i];
    recency[g] = rawRecency[i] * scale;
    T[g] = rawT[i] * scale;
    let k = position.get(x[g]);
    if (k === undefined) {
      k = distinctX.length;
      position.set(x[g], k);
      distinctX.push(x[g]);
      weightOfX.push(0);
    }
    xIndex[g] = k;
    weightOfX[k] += counts[g];
  }
  return { x, recency, T, weight: counts, xIndex, distinctX, weightOfX, total: n, purchases };
}

/**
 * The log-likelihood of the prepared histories and its gradient with respect to (r, α, a, b). Per history
 * (FHL 2005, eq. 6, in logs):
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *          + ln( (α+T)^−(r+x) + [x > 0] · a/(b+x−1) · (α+t_x)^−(r+x) )
 * with the last term as a log-sum-exp, so neither power under- or overflows for large x or long histories.
 */
function logLikelihood(data: Prepared, { r, alpha, a, b }: BgNbdParams, gradient?: number[]): number {
  const lnAlpha = Math.log(alpha);
  const digammaR = digamma(r);
  const digammaAB = digamma(a + b);
  const digammaB = digamma(b);
  const lgammaR = lgamma(r);
  const lgammaAB = lgamma(a + b);
  const lgammaB = lgamma(b);
  const lnA = Math.log(a);
  const count = data.distinctX.length;
  const base = new Float64Array(count);
  const dropout = new Float64Array(count);
  let total = 0;
  let gR = 0;
  let gAlpha = 0;
  let gA = 0;
  let gB = 0;
  for (let k = 0; k < count; k += 1) {
    const x = data.distinctX[k];
    const w = data.weightOfX[k];
    total += w * (lgamma(r + x) - lgammaR + r * lnAlpha + lgammaAB + lgamma(b + x) - lgammaB - lgamma(a + b + x));
    if (gradient) {
      const digammaABX = digamma(a + b + x);
      gR += w * (digamma(r + x) - digammaR + lnAlpha);
      gAlpha += (w * r) / alpha;
      gA += w * (digammaAB - digammaABX);
      gB += w * (digammaAB + digamma(b + x) - digammaB - digammaABX);
    }
    base[k] = x > 0 ? lnA - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY;
    dropout[k] = x > 0 ? 1 / (b + x - 1) : 0;
  }
  const n = data.x.length;
  for (let i = 0; i < n; i += 1) {
    const k = data.xIndex[i];
    const w = data.weight[i];
    const rx = r + data.x[i];
    const alphaT = alpha + data.T[i];
    const lnT = Math.log(alphaT);
    const stay = -rx * lnT;
    if (data.x[i] === 0) {
      total += w * stay;
      if (gradient) {
        gR -= w * lnT;
        gAlpha -= (w * rx) / alphaT;
      }
      continue;
    }
    const alphaRecency = alpha + data.recency[i];
    const lnRecency = Math.log(alphaRecency);
    const left = base[k] - rx * lnRecency;
    total += w * logAddExp(stay, left);
    if (gradient) {
      // Share of the "dropped out after the last purchase" branch in the mixture.
      const diff = left - stay;
      const share = diff > 0 ? 1 / (1 + Math.exp(-diff)) : Math.exp(diff) / (1 + Math.exp(diff));
      const kept = 1 - share;
      gR -= w * (kept * lnT + share * lnRecency);
      gAlpha -= w * rx * (kept / alphaT + share / alphaRecency);
      gA += (w * share) / a;
      gB -= w * share * dropout[k];
    }
  }
  if (gradient) {
    gradient[0] = gR;
    gradient[1] = gAlpha;
    gradient[2] = gA;
    gradient[3] = gB;
  }
  return total;
}

/** The BG/NBD log-likelihood of the histories (in their time unit) at the given parameters. */
export function bgNbdLogLikelihood(params: BgNbdParams, customers: readonly PurchaseHistory[]): number {
  checkParams(params);
  return logLikelihood(prepare(customers, 1), params);
}

/**
 * Maximum-likelihood BG/NBD parameters, in the time unit of the histories. Times are rescaled internally so the
 * longest T is 10 and the optimiser starts from r = α = a = b = 1 there (the start of the lifetimes package).
 * Throws ClvError NO_CUSTOMERS (fewer than two customers), NO_REPEAT_CUSTOMERS (nobody bought twice) and
 * NOT_IDENTIFIABLE (the optimum lies at a boundary: pass a `penalizer`). `logLikelihood` excludes the penalty.
 */
export function fitBgNbd(customers: readonly PurchaseHistory[], options: FitOptions = {}): BgNbdFit {
  if (customers.length < 2) {
    throw new ClvError("NO_CUSTOMERS", `the BG/NBD model needs at least two customers, got ${customers.length}`);
  }
  const penalizer = options.penalizer ?? 0;
  if (!(Number.isFinite(penalizer) && penalizer >= 0)) {
    throw new ClvError("INVALID_INPUT", `penalizer must be ≥ 0, got ${penalizer}`);
  }
  let longest = 0;
  for (const customer of customers) longest = Math.max(longest, customer.T);
  if (!(longest > 0)) throw new ClvError("NO_CUSTOMERS", "every customer was first seen on the analysis day");
  const scale = SCALED_HORIZON / longest;
  const data = prepare(customers, scale);
  if (data.purchases === 0) {
    throw new ClvError("NO_REPEAT_CUSTOMERS", "no customer bought more than once, so the BG/NBD model cannot be fitted");
  }
  const result = fitLogParameters(
    "BG/NBD",
    4,
    data.total,
    ([r, alpha, a, b], gradient) => logLikelihood(data, { r, alpha, a, b }, gradient),
    penalizer,
    { gradientTolerance: options.tolerance, maxIterations: options.maxIterations },
  );
  const [r, alphaScaled, a, b] = result.params;
  const scaledParams = { r, alpha: alphaScaled, a, b };
  // The density of purchase times changes by scale^x per history when time is rescaled.
  const logLikelihoodValue = logLikelihood(data, scaledParams) + data.purchases * Math.log(scale);
  return {
    r,
    alpha: alphaScaled / scale,
    a,
    b,
    logLikelihood: logLikelihoodValue,
    iterations: result.iterations,
    converged: result.converged,
  };
}

/**
 * P(alive | x, t_x, T) = 1 / (1 + [x > 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)), evaluated as a logistic of
 * the log odds. A customer without repeat purchases is alive with probability 1: in the BG/NBD model drop-out
 * only happens right after a repeat purchase.
 */
export function probabilityAlive(params: BgNbdParams, customer: PurchaseHistory): number {
  checkParams(params);
  checkHistory(customer);
  const { r, alpha, a, b } = params;
  const x = customer.frequency;
  if (x === 0) return 1;
  const logOdds =
    Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + customer.T) - Math.log(alpha + customer.recency));
  return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
}

/** Up to this z = t/(α+T+t) the expectation's own series is used; beyond it the 1 − z transformation of 2F1. */
const SERIES_LIMIT = 0.9;
const A_GAP = 1e-3;
const A_STEP = 2e-3;

/**
 * Expected purchases in the next t of a customer who is still alive with history (x, T):
 *   C/(a−1) · (1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; C; z)),  C = a+b+x−1, z = t/(α+T+t)
 * (FHL 2005, eq. 10 without the P(alive) factor). Euler's transformation turns the 2F1 into
 * (1−z)^(a−1) 2F1(a+b−1−r, a−1; C; z), whose parameters stay small however large x is. For z ≤ 0.9 the
 * difference 1 − … is summed directly with the factor (a − 1) divided out of every term, so a = 1 and
 * C = 0 (a + b = 1, x = 0) are not special; beyond, `hyp2f1`'s transformation is used, and a within 1e-3 of 1
 * is handled by interpolating in a.
 */
function expectedWhileAlive({ r, alpha, a, b }: BgNbdParams, x: number, T: number, t: number): number {
  if (t === 0) return 0;
  const z = t / (alpha + T + t);
  const C = a + b + x - 1;
  const first = a + b - 1 - r;
  const lnRest = Math.log1p(-z);
  if (z <= SERIES_LIMIT) {
    // (1 − H)/(a−1) with H = e^{(a−1)L}(1 + (a−1)S'): −L·exprel((a−1)L) − e^{(a−1)L} S', times C; C is folded
    // into the series as 1/(C+1)_{n−1} so C = 0 is harmless.
    const lead = -C * lnRest * exprel((a - 1) * lnRest);
    let term = first * z;
    let sum = term;
    for (let n = 1; n < 1_000_000; n += 1) {
      const ratio = ((first + n) * (a + n - 1) * z) / ((C + n) * (n + 1));
      term *= ratio;
      sum += term;
      if (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs(ratio) < 1) break;
      if (term === 0) break;
    }
    return lead - Math.exp((a - 1) * lnRest) * sum;
  }
  if (Math.abs(a - 1) < A_GAP) {
    const nodes = [-3 * A_STEP, -2 * A_STEP, -A_STEP, A_STEP, 2 * A_STEP, 3 * A_STEP];
    const values = nodes.map((d) => expectedWhileAlive({ r, alpha, a: 1 + d, b }, x, T, t));
    let result = 0;
    nodes.forEach((node, i) => {
      let weight = 1;
      nodes.forEach((other, j) => {
        if (j !== i) weight *= (a - 1 - other) / (node - other);
      });
      result += weight * values[i];
    });
    return result;
  }
  const h = Math.exp((a - 1) * lnRest) * hyp2f1(first, a - 1, C, z);
  return (C * (1 - h)) / (a - 1);
}

function checkTime(t: number): void {
  if (!(Number.isFinite(t) && t >= 0)) throw new ClvError("INVALID_INPUT", `t must be a finite time ≥ 0, got ${t}`);
}

/** E[purchases in (T, T + t] | x, t_x, T] = P(alive) × expected purchases while alive (FHL 2005, eq. 10). */
export function expectedPurchases(params: BgNbdParams, t: number, customer: PurchaseHistory): number {
  checkTime(t);
  const alive = probabilityAlive(params, customer);
  return alive * expectedWhileAlive(params, customer.frequency, customer.T, t);
}

/** E[repeat purchases in the first t] of a new customer (FHL 2005, eq. 9): the case x = 0, T = 0 of the above. */
export function expectedPurchasesNewCustomer(params: BgNbdParams, t: number): number {
  checkParams(params);
  checkTime(t);
  return expectedWhileAlive(params, 0, 0, t);
}
