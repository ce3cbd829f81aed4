/**
 * The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"): each purchase of a customer is worth
 * z ~ Gamma(p, ν), with the customer's rate ν ~ Gamma(q, v) across customers; the observed mean of x purchases
 * then has a closed-form density. Fitted on repeat purchases only, as in the paper.
 */
import { ClvError } from "./errors";
import { groupRows } from "./group";
import { fitLogParameters } from "./optimise";
import { digamma, lgamma } from "./special";
import type { FitOptions, GammaGammaFit, GammaGammaParams, SpendHistory } from "./types";


function checkParams({ p, q, v }: GammaGammaParams): void {
  for (const [name, value] of [["p", p], ["q", q], ["v", v]] as const) {
    if (!(Number.isFinite(value) && value > 0)) {
      throw new ClvError("INVALID_INPUT", `Gamma-Gamma parameter ${name} must be positive, got ${value}`);
    }
  }
}

function checkSpend({ frequency, monetaryValue }: SpendHistory): void {
  if (!(Number.isInteger(frequency) && frequency >= 0)) {
    throw new ClvError("INVALID_INPUT", `frequency must be a whole number ≥ 0, got ${frequency}`);
  }
  if (!Number.isFinite(monetaryValue)) throw new ClvError("INVALID_INPUT", `monetaryValue must be finite, got ${monetaryValue}`);
}

type Prepared = {
  x: Float64Array;
  m: Float64Array;
  lnM: Float64Array;
  weight: Float64Array;
  xIndex: Int32Array;
  distinctX: number[];
  weightOfX: number[];
  total: number;
};

/**
 * The customers the model describes: frequency > 0 (a mean of repeat purchases exists) and a positive mean
 * (spend is Gamma distributed). Others are skipped; `expectedAverageValue` still applies to them.
 */
function prepare(customers: readonly SpendHistory[], scale: number): Prepared {
  const rawX = new Float64Array(customers.length);
  const rawM = new Float64Array(customers.length);
  let total = 0;
  for (const customer of customers) {
    checkSpend(customer);
    if (customer.frequency === 0 || !(customer.monetaryValue > 0)) continue;
    rawX[total] = customer.frequency;
    rawM[total] = customer.monetaryValue;
    total += 1;
  }
  const { rows, counts } = groupRows([rawX, rawM], total);
  const groups = rows.length;
  const x = new Float64Array(groups);
  const m = new Float64Array(groups);
  const lnM = new Float64Array(groups);
  const xIndex = new Int32Array(groups);
  const distinctX: number[] = [];
  const weightOfX: number[] = [];
  const position = new Map<number, number>();
  for (let g = 0; g < groups; g += 1) {
    const i = rows[g];
    x[g] = rawX[i];
    m[g] = rawM[i] * scale;
    lnM[g] = Math.log(m[g]);
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
  return { x, m, lnM, weight: counts, xIndex, distinctX, weightOfX, total };
}

/**
 * Σ ln f(m | x): ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln v + (px−1) ln m + px ln x − (px+q) ln(xm + v), and the
 * gradient with respect to (p, q, v).
 */
function logLikelihood(data: Prepared, { p, q, v }: GammaGammaParams, gradient?: number[]): number {
  const lnV = Math.log(v);
  const lgammaQ = lgamma(q);
  const digammaQ = digamma(q);
  const count = data.distinctX.length;
  const digammaPXQ = new Float64Array(count);
  let total = 0;
  let gP = 0;
  let gQ = 0;
  let gV = 0;
  for (let k = 0; k < count; k += 1) {
    const x = data.distinctX[k];
    const w = data.weightOfX[k];
    const px = p * x;
    total += w * (lgamma(px + q) - lgamma(px) - lgammaQ + q * lnV + px * Math.log(x));
    if (gradient) {
      digammaPXQ[k] = digamma(px + q);
      gP += w * x * (digammaPXQ[k] - digamma(px) + Math.log(x));
      gQ += w * (digammaPXQ[k] - digammaQ + lnV);
      gV += (w * q) / v;
    }
  }
  const n = data.x.length;
  for (let i = 0; i < n; i += 1) {
    const w = data.weight[i];
    const x = data.x[i];
    const px = p * x;
    const spend = x * data.m[i] + v;
    const lnSpend = Math.log(spend);
    total += w * ((px - 1) * data.lnM[i] - (px + q) * lnSpend);
    if (gradient) {
      gP += w * x * (data.lnM[i] - lnSpend);
      gQ -= w * lnSpend;
      gV -= (w * (px + q)) / spend;
    }
  }
  if (gradient) {
    gradient[0] = gP;
    gradient[1] = gQ;
    gradient[2] = gV;
  }
  return total;
}

/** The Gamma-Gamma log-likelihood of the repeat customers (frequency > 0, monetaryValue > 0). */
export function gammaGammaLogLikelihood(params: GammaGammaParams, customers: readonly SpendHistory[]): number {
  checkParams(params);
  return logLikelihood(prepare(customers, 1), params);
}

/**
 * Maximum-likelihood Gamma-Gamma parameters from the customers with frequency > 0 and a positive mean spend
 * (the rest are ignored). Money is rescaled internally to a mean of 1 and the optimiser starts from
 * p = q = v = 1 there. Throws ClvError NO_REPEAT_CUSTOMERS (fewer than two such customers) and
 * NOT_IDENTIFIABLE (for example every customer spends exactly the same: use a `penalizer`).
 */
export function fitGammaGamma(customers: readonly SpendHistory[], options: FitOptions = {}): GammaGammaFit {
  const penalizer = options.penalizer ?? 0;
  if (!(Number.isFinite(penalizer) && penalizer >= 0)) {
    throw new ClvError("INVALID_INPUT", `penalizer must be ≥ 0, got ${penalizer}`);
  }
  let sum = 0;
  let count = 0;
  for (const customer of customers) {
    checkSpend(customer);
    if (customer.frequency > 0 && customer.monetaryValue > 0) {
      sum += customer.monetaryValue;
      count += 1;
    }
  }
  if (count < 2) {
    throw new ClvError(
      "NO_REPEAT_CUSTOMERS",
      `the Gamma-Gamma model needs at least two customers with repeat purchases of positive value, got ${count}`,
    );
  }
  const scale = count / sum;
  const data = prepare(customers, scale);
  const result = fitLogParameters(
    "Gamma-Gamma",
    3,
    data.total,
    ([p, q, v], gradient) => logLikelihood(data, { p, q, v }, gradient),
    penalizer,
    { gradientTolerance: options.tolerance, maxIterations: options.maxIterations },
  );
  const [p, q, vScaled] = result.params;
  // Rescaling money by `scale` multiplies each density of a mean by `scale`.
  const logLikelihoodValue = logLikelihood(data, { p, q, v: vScaled }) + data.total * Math.log(scale);
  return { p, q, v: vScaled / scale, logLikelihood: logLikelihoodValue, iterations: result.iterations, converged: result.converged };
}

/**
 * E[spend per purchase | x, m] = (p·v + p·x·m) / (p·x + q − 1): a weighted mean of the customer's own mean and
 * the population mean p·v/(q − 1), which is also the answer for frequency 0. Throws ClvError UNBOUNDED_MEAN when
 * p·x + q ≤ 1 (the expectation does not exist).
 */
export function expectedAverageValue(params: GammaGammaParams, customer: SpendHistory): number {
  checkParams(params);
  checkSpend(customer);
  const { p, q, v } = params;
  const x = customer.frequency;
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) {
    throw new ClvError("UNBOUNDED_MEAN", `the expected spend does not exist for q = ${q} and frequency ${x}`);
  }
  return (p * v + (x > 0 ? p * x * customer.monetaryValue : 0)) / denominator;
}
