/**
 * Special functions the lifetime-value models need: log-gamma (with sign, for negative arguments), digamma,
 * log-beta, log-sum-exp, expm1(x)/x and the Gauss hypergeometric function 2F1 on the real line below 1.
 * Double precision throughout; the accuracy of each is stated where it is defined and checked in
 * tests/unit/clv/special.test.ts against closed forms and reference values.
 */
import { ClvError } from "./errors";

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
/** Lanczos approximation, g = 7, nine coefficients: |relative error of Γ| below 2e-15 for x ≥ 0.5. */
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x ≥ 0.5 (Lanczos), or Stirling's series where it is more accurate (x ≥ 15). */
function lgammaLarge(x: number): number {
  if (x >= 15) {
    const inv = 1 / x;
    const inv2 = inv * inv;
    // Stirling's series through x^-11: the first omitted term is below 3e-16 for x ≥ 15.
    const series =
      inv *
      (1 / 12 + inv2 * (-1 / 360 + inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360))))));
    return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + series;
  }
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i += 1) sum += LANCZOS[i] / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return LOG_SQRT_2PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln Γ(x) for x > 0. */
export function lgamma(x: number): number {
  if (!(x > 0)) throw new ClvError("INVALID_INPUT", `lgamma needs a positive argument, got ${x}`);
  if (x >= 0.5) return lgammaLarge(x);
  // Γ(x) = Γ(x + 1) / x keeps the Lanczos sum in its accurate range.
  return lgammaLarge(x + 1) - Math.log(x);
}

/**
 * ln |Γ(x)| and the sign of Γ(x) for any real x that is not a pole; at a pole (0, −1, −2, …) the value is +∞
 * and the sign 0, so that 1/Γ = sign · exp(−value) = 0 there.
 */
export function lgammaSigned(x: number): { value: number; sign: -1 | 0 | 1 } {
  if (x > 0) return { value: lgamma(x), sign: 1 };
  if (Number.isInteger(x)) return { value: Number.POSITIVE_INFINITY, sign: 0 };
  // Reflection: Γ(x) Γ(1 − x) = π / sin(πx); sin(πx) is computed from the fractional part for accuracy.
  const fraction = x - Math.floor(x);
  const sine = Math.sin(Math.PI * fraction) * (Math.floor(x) % 2 === 0 ? 1 : -1);
  return { value: Math.log(Math.PI / Math.abs(sine)) - lgamma(1 - x), sign: sine > 0 ? 1 : -1 };
}

/** ψ(x) = d/dx ln Γ(x) for x > 0: recurrence up to 10, then the asymptotic series (absolute error < 1e-15). */
export function digamma(x: number): number {
  if (!(x > 0)) throw new ClvError("INVALID_INPUT", `digamma needs a positive argument, got ${x}`);
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  const series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760))))));
  return shift + Math.log(x) - 0.5 / x - series;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0. */
export function betaln(a: number, b: number): number {
  return lgamma(a) + lgamma(b) - lgamma(a + b);
}

/** ln(e^u + e^v) without overflow or underflow; −∞ terms are allowed. */
export function logAddExp(u: number, v: number): number {
  if (u === Number.NEGATIVE_INFINITY) return v;
  if (v === Number.NEGATIVE_INFINITY) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}

/** (e^x − 1) / x, equal to 1 at 0 and accurate near it. */
export function exprel(x: number): number {
  return Math.abs(x) < 1e-300 ? 1 : Math.expm1(x) / x;
}

/** Terms beyond this many mean the caller asked for something the series cannot deliver. */
const MAX_TERMS = 200_000;

/**
 * The power series Σ (a)_n (b)_n / ((c)_n n!) zⁿ, summed until a term no longer changes the sum. Callers only
 * use it for |z| ≤ 0.75 (or for a terminating series), where it converges geometrically once n exceeds the
 * parameters.
 */
function series2f1(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n += 1) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (term === 0) return sum;
    // Past the largest parameter the terms shrink at least geometrically, so a negligible term ends the sum.
    if (Math.abs(term) <= 1e-17 * Math.abs(sum) && n > Math.abs(a) + Math.abs(b) + Math.abs(c)) return sum;
  }
  throw new ClvError("NO_CONVERGENCE", `2F1(${a}, ${b}; ${c}; ${z}) did not converge`);
}

function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

/** Below this distance from an integer, c − a − b is treated as integral by the 1 − z transformation. */
const INTEGER_GAP = 1e-3;
const INTERPOLATION_STEP = 2e-3;

/**
 * 2F1 for 0.75 < z < 1 with the linear transformation to 1 − z (Abramowitz & Stegun 15.3.6):
 *   F(a,b;c;z) = Γ(c)Γ(m)/(Γ(c−a)Γ(c−b)) F(a,b;1−m;1−z) + (1−z)^m Γ(c)Γ(−m)/(Γ(a)Γ(b)) F(c−a,c−b;1+m;1−z),
 * m = c − a − b, both series in 1 − z < 0.25. When m is (nearly) an integer the two terms have poles that
 * cancel; the function is then the quintic interpolation in c through ±1, ±2 and ±3 steps of 2e-3 around the
 * point where m is exactly integral (relative error about 1e-12, far below what the models need).
 */
function transformed2f1(a: number, b: number, c: number, z: number): number {
  const m = c - a - b;
  const gap = m - Math.round(m);
  if (Math.abs(gap) < INTEGER_GAP) {
    const centre = c - gap;
    const h = INTERPOLATION_STEP;
    const nodes = [-3 * h, -2 * h, -h, h, 2 * h, 3 * h];
    const values = nodes.map((d) => transformed2f1(a, b, centre + d, z));
    return lagrange(nodes, values, gap);
  }
  const w = 1 - z;
  const gc = lgammaSigned(c);
  const term = (
    logGammas: { value: number; sign: number }[],
    denominators: { value: number; sign: number }[],
    series: number,
    logPrefix: number,
  ) => {
    let sign = Math.sign(series);
    let log = logPrefix + Math.log(Math.abs(series));
    for (const g of logGammas) {
      sign *= g.sign;
      log += g.value;
    }
    for (const g of denominators) {
      // 1/Γ at a pole is 0: the whole term vanishes.
      if (g.sign === 0) return 0;
      sign *= g.sign;
      log -= g.value;
    }
    return sign === 0 ? 0 : sign * Math.exp(log);
  };
  const first = term(
    [gc, lgammaSigned(m)],
    [lgammaSigned(c - a), lgammaSigned(c - b)],
    series2f1(a, b, 1 - m, w),
    0,
  );
  const second = term(
    [gc, lgammaSigned(-m)],
    [lgammaSigned(a), lgammaSigned(b)],
    series2f1(c - a, c - b, 1 + m, w),
    m * Math.log(w),
  );
  return first + second;
}

/** The Lagrange polynomial through (nodes[i], values[i]) at x. */
function lagrange(nodes: number[], values: number[], x: number): number {
  let result = 0;
  for (let i = 0; i < nodes.length; i += 1) {
    let weight = 1;
    for (let j = 0; j < nodes.length; j += 1) if (j !== i) weight *= (x - nodes[j]) / (nodes[i] - nodes[j]);
    result += weight * values[i];
  }
  return result;
}

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z ≤ 1 (c not 0, −1, −2, …):
 * - a or b a non-positive integer: the terminating polynomial (any z);
 * - z < 0: Pfaff's transformation F = (1 − z)^(−a) F(a, c − b; c; z/(z − 1)), which maps z into [0, 1);
 * - 0 ≤ z ≤ 0.75: the power series;
 * - 0.75 < z < 1: the transformation to 1 − z (see `transformed2f1`), where the power series would need
 *   thousands of terms;
 * - z = 1: Gauss's sum Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b)), defined for c − a − b > 0.
 * Relative accuracy about 1e-13 for moderate parameters (|a|, |b|, |c| up to a few hundred), 1e-11 where
 * c − a − b is (nearly) an integer.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  for (const [name, value] of [["a", a], ["b", b], ["c", c], ["z", z]] as const) {
    if (!Number.isFinite(value)) throw new ClvError("INVALID_INPUT", `2F1: ${name} must be finite, got ${value}`);
  }
  if (isNonPositiveInteger(c)) throw new ClvError("INVALID_INPUT", `2F1 is undefined for c = ${c}`);
  if (z === 0 || a === 0 || b === 0) return 1;
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) return series2f1(a, b, c, z);
  if (z > 1) throw new ClvError("INVALID_INPUT", `2F1 is only implemented for z ≤ 1, got ${z}`);
  if (z === 1) {
    const m = c - a - b;
    if (!(m > 0)) throw new ClvError("INVALID_INPUT", `2F1 at z = 1 diverges unless c − a − b > 0, got ${m}`);
    const parts = [lgammaSigned(c), lgammaSigned(m), lgammaSigned(c - a), lgammaSigned(c - b)];
    if (parts[2].sign === 0 || parts[3].sign === 0) return 0;
    return (
      parts[0].sign * parts[1].sign * parts[2].sign * parts[3].sign *
      Math.exp(parts[0].value + parts[1].value - parts[2].value - parts[3].value)
    );
  }
  if (z < 0) return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, z / (z - 1));
  if (z <= 0.75) return series2f1(a, b, c, z);
  return transformed2f1(a, b, c, z);
}
