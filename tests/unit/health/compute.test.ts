import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bandFor,
  computeHealth,
  DEFAULT_HEALTH_MODEL,
  HEALTH_COMPONENTS,
  scoreOf,
  validateHealthModel,
  type HealthComponent,
  type HealthComponentResult,
  type HealthInput,
  type HealthModelSpec,
} from "@/lib/health";
import { contact, daysAgo, emptyInput, NOW } from "./support";

describe("computeHealth", () => {
  it("scores the points over the weights of the scored components", () => {
    const input = emptyInput({ churn: { score: 40, level: "MEDIUM" }, lastAssessedAt: daysAgo(360) });
    const health = computeHealth(input, DEFAULT_HEALTH_MODEL, NOW);
    // CHURN 0.6 × 15 = 9, ASSESSMENT 0.5 × 10 = 5, COMPLAINTS 1 × 10 = 10: 24 of 35.
    expect(health.score).toBe(69);
    expect(health.band).toBe("WATCH");
    expect(health.components.map((c) => [c.component, c.status])).toEqual([
      ["COVERAGE", "MISSING"],
      ["FRESHNESS", "MISSING"],
      ["PLAN", "MISSING"],
      ["CHURN", "SCORED"],
      ["ASSESSMENT", "SCORED"],
      ["COMPLAINTS", "SCORED"],
      ["FIT", "MISSING"],
    ]);
    expect(health.components[3]).toMatchObject({ value: 0.6, weight: 15, points: 9 });
  });

  it("has no score and no band when nothing is scored", () => {
    const model: HealthModelSpec = { ...DEFAULT_HEALTH_MODEL, weights: { ...DEFAULT_HEALTH_MODEL.weights, COMPLAINTS: 0, COVERAGE: 30 } };
    const health = computeHealth(emptyInput(), model, NOW);
    expect(health).toMatchObject({ score: null, band: null });
    expect(health.components.find((c) => c.component === "COMPLAINTS")).toEqual({ component: "COMPLAINTS", status: "OFF", weight: 0 });
  });

  it("reports a zero weight as OFF even when data exists", () => {
    const model: HealthModelSpec = { ...DEFAULT_HEALTH_MODEL, weights: { ...DEFAULT_HEALTH_MODEL.weights, CHURN: 0, COMPLAINTS: 25 } };
    const health = computeHealth(emptyInput({ churn: { score: 90, level: "HIGH" } }), model, NOW);
    expect(health.components.find((c) => c.component === "CHURN")?.status).toBe("OFF");
    expect(health.score).toBe(100);
  });
});

describe("validateHealthModel", () => {
  it("accepts the default model", () => {
    expect(validateHealthModel(DEFAULT_HEALTH_MODEL)).toEqual([]);
    expect(Object.values(DEFAULT_HEALTH_MODEL.weights).reduce((a, b) => a + b, 0)).toBe(100);
  });
  const withWeights = (weights: Partial<Record<HealthComponent, number>>) => ({
    ...DEFAULT_HEALTH_MODEL,
    weights: { ...DEFAULT_HEALTH_MODEL.weights, ...weights },
  });
  it.each([
    ["a total above 100", withWeights({ FIT: 11 }), [["weights", "weightTotal"]]],
    ["a negative weight", withWeights({ FIT: -5, COVERAGE: 35 }), [["weights.FIT", "weightRange"]]],
    ["a fractional weight", withWeights({ FIT: 9.5, COVERAGE: 20.5 }), [["weights.COVERAGE", "weightRange"], ["weights.FIT", "weightRange"]]],
    ["a weight above 100", withWeights({ FIT: 101 }), [["weights.FIT", "weightRange"]]],
    ["watch equal to healthy", { ...DEFAULT_HEALTH_MODEL, watchFrom: 70 }, [["watchFrom", "thresholdOrder"]]],
    ["watch above healthy", { ...DEFAULT_HEALTH_MODEL, watchFrom: 80 }, [["watchFrom", "thresholdOrder"]]],
    ["healthy above 100", { ...DEFAULT_HEALTH_MODEL, healthyFrom: 101 }, [["healthyFrom", "thresholdRange"]]],
    ["negative watch", { ...DEFAULT_HEALTH_MODEL, watchFrom: -1 }, [["watchFrom", "thresholdRange"]]],
    ["freshness 0 days", { ...DEFAULT_HEALTH_MODEL, freshnessDays: 0 }, [["freshnessDays", "freshnessRange"]]],
    ["freshness 731 days", { ...DEFAULT_HEALTH_MODEL, freshnessDays: 731 }, [["freshnessDays", "freshnessRange"]]],
    ["an unknown component", { ...DEFAULT_HEALTH_MODEL, weights: { ...DEFAULT_HEALTH_MODEL.weights, MOOD: 0 } }, [["weights.MOOD", "unknownComponent"]]],
  ] as const)("refuses %s", (_, spec, expected) => {
    const problems = validateHealthModel(spec as HealthModelSpec);
    expect(problems.map((p) => [p.field, p.key.replace("healthEvidence.problem.", "")])).toEqual(expected);
  });
  it("accepts the limits", () => {
    expect(validateHealthModel({ ...withWeights({ COVERAGE: 100, FRESHNESS: 0, PLAN: 0, CHURN: 0, ASSESSMENT: 0, COMPLAINTS: 0, FIT: 0 }), watchFrom: 0, healthyFrom: 100, freshnessDays: 730 })).toEqual([]);
    expect(validateHealthModel({ ...DEFAULT_HEALTH_MODEL, freshnessDays: 1, watchFrom: 99, healthyFrom: 100 })).toEqual([]);
  });
});

describe("bandFor", () => {
  it.each([
    [100, "HEALTHY"],
    [70, "HEALTHY"],
    [69, "WATCH"],
    [45, "WATCH"],
    [44, "AT_RISK"],
    [0, "AT_RISK"],
  ] as const)("%i is %s", (score, band) => expect(bandFor(score, DEFAULT_HEALTH_MODEL)).toBe(band));
  it("has no band without a score", () => expect(bandFor(null, DEFAULT_HEALTH_MODEL)).toBeNull());
});

// ——— properties ———

const arbDate = fc.integer({ min: -5, max: 900 }).map((d) => daysAgo(d));
const arbContact = fc.record({
  id: fc.uuid(),
  buyingRole: fc.constantFrom(null, "DECISION_MAKER", "INFLUENCER", "USER"),
  attitude: fc.constantFrom("SUPPORTER", "NEUTRAL", "OPPONENT" as const),
  key: fc.boolean(),
  coveredBy: fc.integer({ min: 0, max: 3 }),
  lastTouchedAt: fc.option(arbDate, { nil: null }),
});
const arbInput: fc.Arbitrary<HealthInput> = fc.record({
  stage: fc.constantFrom("EXPLORATORY", "BASIC", "COOPERATIVE", "INTERDEPENDENT", "INTEGRATED", "DISINTEGRATING" as const),
  quadrant: fc.constantFrom(null, "STAR", "CASH_COW", "QUESTION", "DOG" as const),
  isKeyAccount: fc.boolean(),
  coveragePattern: fc.constantFrom("NONE", "SINGLE_THREADED", "BOW_TIE", "DIAMOND" as const),
  contacts: fc.array(arbContact, { maxLength: 5 }),
  planItems: fc.array(fc.record({ dueDate: fc.option(arbDate, { nil: null }), done: fc.boolean() }), { maxLength: 5 }),
  hasPlan: fc.boolean(),
  objectives: fc.array(fc.record({ progress: fc.double({ min: 0, max: 1, noNaN: true }), elapsed: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 3 }),
  churn: fc.option(fc.integer({ min: 0, max: 100 }).map((score) => ({ score, level: score < 30 ? "LOW" : score < 60 ? "MEDIUM" : "HIGH" }) as const), { nil: null }),
  lastAssessedAt: fc.option(arbDate, { nil: null }),
  openComplaints: fc.array(fc.record({ severity: fc.constantFrom("LOW", "MEDIUM", "HIGH" as const), openedAt: arbDate }), { maxLength: 4 }),
});
/** Valid models: seven integer weights totalling 100 (some zero), thresholds in order. */
const arbModel: fc.Arbitrary<HealthModelSpec> = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 7, maxLength: 7 }).filter((xs) => xs.some((x) => x > 0)),
    fc.integer({ min: 0, max: 99 }).chain((watchFrom) => fc.tuple(fc.constant(watchFrom), fc.integer({ min: watchFrom + 1, max: 100 }))),
    fc.integer({ min: 1, max: 730 }),
  )
  .map(([raw, [watchFrom, healthyFrom], freshnessDays]) => {
    const sum = raw.reduce((x, y) => x + y, 0);
    const weights = raw.map((x) => Math.floor((x * 100) / sum));
    weights[raw.findIndex((x) => x > 0)] += 100 - weights.reduce((x, y) => x + y, 0);
    return {
      weights: Object.fromEntries(HEALTH_COMPONENTS.map((c, i) => [c, weights[i]])) as HealthModelSpec["weights"],
      watchFrom,
      healthyFrom,
      freshnessDays,
    };
  });
const scored = (results: readonly HealthComponentResult[]) => results.filter((r) => r.status === "SCORED");

describe("properties", () => {
  it("generates valid models", () => {
    fc.assert(
      fc.property(arbModel, (model) => {
        expect(validateHealthModel(model)).toEqual([]);
      }),
    );
  });

  it("keeps the score within 0–100 (or null with nothing scored) and the band consistent", () => {
    fc.assert(
      fc.property(arbInput, arbModel, (input, model) => {
        const health = computeHealth(input, model, NOW);
        if (scored(health.components).length === 0) expect(health.score).toBeNull();
        else {
          expect(Number.isInteger(health.score)).toBe(true);
          expect(health.score).toBeGreaterThanOrEqual(0);
          expect(health.score).toBeLessThanOrEqual(100);
        }
        expect(health.band).toBe(bandFor(health.score, model));
        for (const c of health.components) {
          if (c.status === "SCORED") expect(c.value >= 0 && c.value <= 1).toBe(true);
        }
      }),
    );
  });

  it("never lowers the score when one component's value improves", () => {
    fc.assert(
      fc.property(arbInput, arbModel, fc.nat(6), fc.double({ min: 0, max: 1, noNaN: true }), (input, model, index, better) => {
        const components = computeHealth(input, model, NOW).components;
        const target = components[index];
        fc.pre(target.status === "SCORED");
        const improved = components.map((c, i) => (i === index && c.status === "SCORED" ? { ...c, value: Math.max(c.value, better) } : c));
        expect(scoreOf(improved)!).toBeGreaterThanOrEqual(scoreOf(components)!);
      }),
    );
  });

  it("never lowers the score with a better input: fresher touch, lower churn, fewer complaints, newer assessment", () => {
    fc.assert(
      fc.property(arbInput, arbModel, fc.integer({ min: 0, max: 400 }), (input, model, gain) => {
        const before = computeHealth(input, model, NOW).score ?? 0;
        const better: HealthInput = {
          ...input,
          contacts: input.contacts.map((c) => ({ ...c, lastTouchedAt: c.lastTouchedAt ? new Date(c.lastTouchedAt.getTime() + gain * 86_400_000) : c.lastTouchedAt })),
          churn: input.churn ? { ...input.churn, score: Math.max(0, input.churn.score - gain) } : null,
          openComplaints: input.openComplaints.slice(1),
          lastAssessedAt: input.lastAssessedAt ? new Date(input.lastAssessedAt.getTime() + gain * 86_400_000) : null,
          planItems: input.planItems.map((item) => (gain > 200 ? { ...item, done: true } : item)),
        };
        expect(computeHealth(better, model, NOW).score ?? 0).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("removes a component with weight zero: the score is the model without it", () => {
    fc.assert(
      fc.property(arbInput, arbModel, fc.constantFrom(...HEALTH_COMPONENTS), (input, model, component) => {
        const withIt = computeHealth(input, model, NOW);
        const without = computeHealth(input, { ...model, weights: { ...model.weights, [component]: 0 } }, NOW);
        const others = scored(withIt.components).filter((c) => c.component !== component);
        expect(without.score).toBe(scoreOf(others));
        expect(without.components.find((c) => c.component === component)?.status).toBe("OFF");
      }),
    );
  });

  it("reports missing data instead of scoring it as zero", () => {
    fc.assert(
      fc.property(arbInput, arbModel, (input, model) => {
        const missing: HealthInput = { ...input, churn: null, lastAssessedAt: null, quadrant: null };
        const health = computeHealth(missing, model, NOW);
        for (const component of ["CHURN", "ASSESSMENT", "FIT"] as const) {
          const c = health.components.find((r) => r.component === component)!;
          expect(c.status).toBe(model.weights[component] === 0 ? "OFF" : "MISSING");
        }
        // Adding the worst possible data for a missing component may lower the score; leaving it out equals a model without it.
        const zeroed = { ...model, weights: { ...model.weights, CHURN: 0, ASSESSMENT: 0, FIT: 0 } };
        expect(health.score).toBe(computeHealth(input, zeroed, NOW).score);
      }),
    );
  });

  it("bands monotonically in the score", () => {
    const rank = { AT_RISK: 0, WATCH: 1, HEALTHY: 2 } as const;
    fc.assert(
      fc.property(arbModel, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (model, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank[bandFor(low, model)]).toBeLessThanOrEqual(rank[bandFor(high, model)]);
      }),
    );
  });

  it("treats an account with contacts but no coverage as scored, not missing", () => {
    const health = computeHealth(emptyInput({ contacts: [contact()] }), DEFAULT_HEALTH_MODEL, NOW);
    expect(health.components[0]).toMatchObject({ status: "SCORED", value: 0 });
  });
});
