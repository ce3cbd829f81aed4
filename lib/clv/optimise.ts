import { ClvError } from "./errors";
/**
 * Unconstrained minimisation for the model fits, on log parameters (so every parameter stays positive):
 * BFGS with the analytic gradient, a Nelder–Mead fallback when BFGS cannot make progress, and a restart from
 * the result with fresh curvature, which catches a stop on a flat stretch. Deterministic.
 */

/** The objective at x; writes the gradient into `gradient`. Non-finite values mean "outside the domain". */
export type Objective = (x: readonly number[], gradient: number[]) => number;

export type MinimiseResult = { x: number[]; value: number; iterations: number; converged: boolean };

export type MinimiseOptions = {
  /** Converged when every gradient component is at most this (the objectives are per-customer means). */
  gradientTolerance?: number;
  maxIterations?: number;
};

const DEFAULT_GRADIENT_TOLERANCE = 1e-8;
/** A line search that can no longer decrease the value stops there; that counts as converged below this. */
const FLAT_GRADIENT_TOLERANCE = 1e-5;
/** The longest step in log-parameter space: e^4 ≈ 55-fold, so no trial point overflows. */
const MAX_STEP = 4;

const dot = (u: readonly number[], v: readonly number[]) => u.reduce((sum, ui, i) => sum + ui * v[i], 0);
const maxAbs = (v: readonly number[]) => v.reduce((m, vi) => Math.max(m, Math.abs(vi)), 0);

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/** BFGS on the inverse Hessian with a backtracking (Armijo) line search. */
export function bfgs(objective: Objective, start: readonly number[], options: MinimiseOptions = {}): MinimiseResult {
  const n = start.length;
  const tolerance = options.gradientTolerance ?? DEFAULT_GRADIENT_TOLERANCE;
  const maxIterations = options.maxIterations ?? 1000;
  let x = [...start];
  let gradient = new Array<number>(n).fill(0);
  let value = objective(x, gradient);
  if (!Number.isFinite(value) || !gradient.every(Number.isFinite)) {
    return { x, value: Number.POSITIVE_INFINITY, iterations: 0, converged: false };
  }
  let inverse = identity(n);
  let scaled = false;
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    if (maxAbs(gradient) <= tolerance) return { x, value, iterations: iteration - 1, converged: true };
    let direction = inverse.map((row) => -dot(row, gradient));
    let slope = dot(direction, gradient);
    if (!(slope < 0)) {
      // Lost curvature information: start again from steepest descent.
      inverse = identity(n);
      scaled = false;
      direction = gradient.map((g) => -g);
      slope = dot(direction, gradient);
    }
    const length = maxAbs(direction);
    let step = length > MAX_STEP ? MAX_STEP / length : 1;
    const trialGradient = new Array<number>(n).fill(0);
    let trial: number[] = x;
    let trialValue = Number.POSITIVE_INFINITY;
    let accepted = false;
    for (let halvings = 0; halvings < 60; halvings += 1) {
      trial = x.map((xi, i) => xi + step * direction[i]);
      trialValue = objective(trial, trialGradient);
      if (Number.isFinite(trialValue) && trialGradient.every(Number.isFinite) && trialValue <= value + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted || trialValue >= value) {
      return { x, value, iterations: iteration, converged: maxAbs(gradient) <= FLAT_GRADIENT_TOLERANCE };
    }
    const s = trial.map((ti, i) => ti - x[i]);
    const y = trialGradient.map((gi, i) => gi - gradient[i]);
    const sy = dot(s, y);
    x = trial;
    value = trialValue;
    gradient = [...trialGradient];
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (!scaled) {
        // Scale the first guess of the inverse Hessian to the observed curvature.
        const factor = sy / dot(y, y);
        inverse = inverse.map((row) => row.map((v) => v * factor));
        scaled = true;
      }
      const rho = 1 / sy;
      const hy = inverse.map((row) => dot(row, y));
      const yhy = dot(y, hy);
      inverse = inverse.map((row, i) =>
        row.map((v, j) => v - rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j]),
      );
    }
  }
  return { x, value, iterations: maxIterations, converged: maxAbs(gradient) <= tolerance };
}

/** Nelder–Mead (standard coefficients), stopping when the simplex's values and extent have both collapsed. */
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  { maxIterations = 20_000, initialStep = 0.5 } = {},
): MinimiseResult {
  const n = start.length;
  const safe = (x: readonly number[]) => {
    const value = f(x);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  let simplex = [start.slice(), ...start.map((_, i) => start.map((v, j) => (i === j ? v + initialStep : v)))];
  let values = simplex.map(safe);
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
    simplex = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    const spread = Math.abs(values[n] - values[0]);
    const extent = Math.max(...simplex.slice(1).map((p) => maxAbs(p.map((v, i) => v - simplex[0][i]))));
    if (spread <= 1e-13 * (1 + Math.abs(values[0])) && extent <= 1e-9) {
      return { x: simplex[0], value: values[0], iterations: iteration, converged: true };
    }
    const centroid = start.map((_, i) => simplex.slice(0, n).reduce((sum, p) => sum + p[i], 0) / n);
    const along = (t: number) => centroid.map((c, i) => c + t * (simplex[n][i] - c));
    const reflected = along(-1);
    const reflectedValue = safe(reflected);
    if (reflectedValue < values[0]) {
      const expanded = along(-2);
      const expandedValue = safe(expanded);
      [simplex[n], values[n]] = expandedValue < reflectedValue ? [expanded, expandedValue] : [reflected, reflectedValue];
    } else if (reflectedValue < values[n - 1]) {
      [simplex[n], values[n]] = [reflected, reflectedValue];
    } else {
      const contracted = reflectedValue < values[n] ? along(-0.5) : along(0.5);
      const contractedValue = safe(contracted);
      if (contractedValue < Math.min(reflectedValue, values[n])) {
        [simplex[n], values[n]] = [contracted, contractedValue];
      } else {
        for (let k = 1; k <= n; k += 1) {
          simplex[k] = simplex[k].map((v, i) => simplex[0][i] + 0.5 * (v - simplex[0][i]));
          values[k] = safe(simplex[k]);
        }
      }
    }
  }
  const best = values.indexOf(Math.min(...values));
  return { x: simplex[best], value: values[best], iterations: maxIterations, converged: false };
}

/**
 * BFGS from `start`; Nelder–Mead from `start` followed by BFGS when that fails; then BFGS once more from the
 * result with fresh curvature (the restart). `iterations` counts every optimiser iteration.
 */
export function minimise(objective: Objective, start: readonly number[], options: MinimiseOptions = {}): MinimiseResult {
  let result = bfgs(objective, start, options);
  let iterations = result.iterations;
  if (!result.converged) {
    const scratch = new Array<number>(start.length).fill(0);
    const simplex = nelderMead((x) => objective(x, scratch), start);
    iterations += simplex.iterations;
    const polished = bfgs(objective, simplex.x, options);
    iterations += polished.iterations;
    const best = polished.value <= simplex.value ? polished : simplex;
    if (best.value < result.value || !Number.isFinite(result.value)) result = best;
  }
  const restart = bfgs(objective, result.x, options);
  iterations += restart.iterations;
  if (restart.value <= result.value) result = restart;
  return { ...result, iterations };
}

/** A fitted log-parameter beyond ±15 (a factor 3·10⁶ from the start) means the optimum is at a boundary. */
const BOUNDARY = 15;

/**
 * Maximum likelihood over the logs of positive parameters, from all logs 0: minimises −L/N + λΣθ² (θ = ln
 * parameter, so the penalty pulls towards 1 and no parameter can reach 0 or ∞). `logLikelihood` returns L and
 * fills the gradient with respect to the parameters themselves. Throws NO_CONVERGENCE when L cannot be evaluated
 * and NOT_IDENTIFIABLE when the optimum lies at a boundary.
 */
export function fitLogParameters(
  model: string,
  size: number,
  total: number,
  logLikelihood: (params: readonly number[], gradient: number[]) => number,
  penalizer: number,
  options: Pick<MinimiseOptions, "gradientTolerance" | "maxIterations">,
): { params: number[]; iterations: number; converged: boolean } {
  const gradient = new Array<number>(size).fill(0);
  const objective = (theta: readonly number[], out: number[]) => {
    const params = theta.map(Math.exp);
    const value = logLikelihood(params, gradient);
    let penalty = 0;
    for (let i = 0; i < size; i += 1) {
      penalty += penalizer * theta[i] * theta[i];
      // d/dθ of −L/N + λΣθ²: dL/dθ = parameter × dL/dparameter.
      out[i] = (-gradient[i] * params[i]) / total + 2 * penalizer * theta[i];
    }
    return -value / total + penalty;
  };
  const result = minimise(objective, new Array<number>(size).fill(0), options);
  if (!Number.isFinite(result.value)) throw new ClvError("NO_CONVERGENCE", `the ${model} likelihood could not be evaluated`);
  if (result.x.some((theta) => Math.abs(theta) > BOUNDARY)) {
    throw new ClvError(
      "NOT_IDENTIFIABLE",
      `the ${model} likelihood has no interior maximum for these customers (too few or too alike); use a penalizer`,
    );
  }
  return { params: result.x.map(Math.exp), iterations: result.iterations, converged: result.converged };
}
