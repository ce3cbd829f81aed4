import { readComponent } from "./components";
import { bandFor } from "./model";
import { HEALTH_COMPONENTS, type HealthComponentResult, type HealthInput, type HealthModelSpec, type HealthResult } from "./types";

/**
 * The health of one account under `model` at `now`. Every component yields a value 0–1 worth value × weight
 * points; a component with weight 0 is OFF, one without data is MISSING (reported with its reason, left out of
 * the score rather than scored as zero). The score is the points over the weights of the scored components,
 * × 100 and rounded; null (and no band) when nothing could be scored.
 */
export function computeHealth(input: HealthInput, model: HealthModelSpec, now: Date): HealthResult {
  const components: HealthComponentResult[] = HEALTH_COMPONENTS.map((component) => {
    const weight = model.weights[component] ?? 0;
    if (weight <= 0) return { component, status: "OFF", weight: 0 };
    const reading = readComponent(component, input, model, now);
    if ("missing" in reading) return { component, status: "MISSING", weight, reason: reading.missing };
    const value = round(reading.value, 4);
    return { component, status: "SCORED", value, weight, points: round(value * weight, 2), evidence: reading.evidence };
  });
  const score = scoreOf(components);
  return { score, band: bandFor(score, model), components };
}

/** Points over the weights of the scored components, × 100, rounded; null when none is scored. */
export function scoreOf(components: readonly HealthComponentResult[]): number | null {
  let points = 0;
  let weights = 0;
  for (const result of components) {
    if (result.status !== "SCORED") continue;
    points += result.value * result.weight;
    weights += result.weight;
  }
  if (weights === 0) return null;
  return Math.min(100, Math.max(0, Math.round((points / weights) * 100)));
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
