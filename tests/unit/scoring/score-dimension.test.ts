import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EngineError } from "@/lib/domain";
import { scoreAssessment, scoreDimension, type ScoringFactor } from "@/lib/scoring";

const factors: ScoringFactor[] = [
  { key: "a", weight: 2 },
  { key: "b", weight: 1 },
  { key: "c", weight: 1, inverted: true },
];

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return (error as EngineError).code;
  }
  return undefined;
}

describe("scoreDimension", () => {
  it.each([
    { scores: { a: 10, b: 10, c: 0 }, score: 10, completeness: 1 },
    { scores: { a: 0, b: 0, c: 10 }, score: 0, completeness: 1 },
    { scores: { a: 5, b: 8, c: 2 }, score: (5 * 2 + 8 + 8) / 4, completeness: 1 },
    { scores: { a: 6 }, score: 6, completeness: 0.5 },
    { scores: { b: 4, c: 4 }, score: 5, completeness: 0.5 },
    { scores: { a: null, b: undefined }, score: null, completeness: 0 },
    { scores: {}, score: null, completeness: 0 },
  ])("scores $scores as $score ($completeness complete)", ({ scores, score, completeness }) => {
    const result = scoreDimension(factors, scores, { min: 0, max: 10 });
    expect(result.score).toBe(score);
    expect(result.completeness).toBe(completeness);
  });

  it("defaults to the 0–10 scale", () => {
    expect(scoreDimension(factors, { a: 10 }).score).toBe(10);
    expect(codeOf(() => scoreDimension(factors, { a: 11 }))).toBe("SCORE_OUT_OF_SCALE");
  });

  it("mirrors inverted factors on a non-zero-based scale", () => {
    const result = scoreDimension([{ key: "x", weight: 1, inverted: true }], { x: 2 }, { min: 1, max: 5 });
    expect(result.score).toBe(4);
  });

  it("reports a contribution per factor in model order (分值 = 评分 × 权重)", () => {
    const { contributions } = scoreDimension(factors, { a: 5, c: 3 });
    expect(contributions).toEqual([
      { key: "a", score: 5, effectiveScore: 5, weight: 2, inverted: false, value: 10 },
      { key: "b", score: null, effectiveScore: null, weight: 1, inverted: false, value: null },
      { key: "c", score: 3, effectiveScore: 7, weight: 1, inverted: true, value: 7 },
    ]);
  });

  it("ignores scores for keys that are not factors", () => {
    expect(scoreDimension(factors, { a: 4, zzz: 99 }).score).toBe(4);
  });

  it("lets zero-weight factors be scored without effect, and null score when only they are scored", () => {
    const withZero = [...factors, { key: "z", weight: 0 }];
    expect(scoreDimension(withZero, { a: 4, z: 10 }).score).toBe(4);
    expect(scoreDimension(withZero, { z: 10 })).toMatchObject({ score: null, completeness: 0 });
  });

  it.each([
    { name: "score above scale", f: factors, s: { a: 10.5 }, code: "SCORE_OUT_OF_SCALE" },
    { name: "score below scale", f: factors, s: { a: -1 }, code: "SCORE_OUT_OF_SCALE" },
    { name: "NaN score", f: factors, s: { a: Number.NaN }, code: "NOT_FINITE" },
    { name: "infinite score", f: factors, s: { a: Number.POSITIVE_INFINITY }, code: "NOT_FINITE" },
    { name: "negative weight", f: [{ key: "a", weight: -1 }, { key: "b", weight: 2 }], s: {}, code: "NEGATIVE_WEIGHT" },
    { name: "NaN weight", f: [{ key: "a", weight: Number.NaN }], s: {}, code: "NOT_FINITE" },
    { name: "all-zero weights", f: [{ key: "a", weight: 0 }, { key: "b", weight: 0 }], s: {}, code: "ZERO_TOTAL_WEIGHT" },
    { name: "no factors", f: [], s: {}, code: "ZERO_TOTAL_WEIGHT" },
    { name: "duplicate keys", f: [{ key: "a", weight: 1 }, { key: "a", weight: 2 }], s: {}, code: "DUPLICATE_KEY" },
  ])("rejects $name with $code", ({ f, s, code }) => {
    expect(codeOf(() => scoreDimension(f, s))).toBe(code);
  });

  it.each([
    { min: 5, max: 5 },
    { min: 10, max: 0 },
    { min: 0, max: Number.NaN },
  ])("rejects the invalid scale $min–$max", (scale) => {
    expect(codeOf(() => scoreDimension(factors, {}, scale))).toMatch(/INVALID_SCALE|NOT_FINITE/);
  });

  it("names the offending factor on the error", () => {
    expect(() => scoreDimension(factors, { b: 42 })).toThrow(expect.objectContaining({ key: "b" }));
  });
});

describe("scoreAssessment", () => {
  const model = {
    factors: [
      { key: "attr1", weight: 1, dimension: "ATTRACTIVENESS" as const },
      { key: "attr2", weight: 3, dimension: "ATTRACTIVENESS" as const, inverted: true },
      { key: "str1", weight: 1, dimension: "STRENGTH" as const },
    ],
  };

  it("scores each axis from its own factors", () => {
    const result = scoreAssessment(model, { attr1: 10, attr2: 10, str1: 7 });
    expect(result.attractiveness.score).toBe(2.5);
    expect(result.strength.score).toBe(7);
    expect(result.strength.contributions.map((c) => c.key)).toEqual(["str1"]);
  });

  it("uses the model's scale", () => {
    expect(scoreAssessment({ ...model, scale: { min: 1, max: 5 } }, { str1: 5 }).strength.score).toBe(5);
    expect(() => scoreAssessment({ ...model, scale: { min: 1, max: 5 } }, { str1: 7 })).toThrow(EngineError);
  });

  it("rejects a key used in both dimensions", () => {
    const clash = { factors: [...model.factors, { key: "attr1", weight: 1, dimension: "STRENGTH" as const }] };
    expect(codeOf(() => scoreAssessment(clash, {}))).toBe("DUPLICATE_KEY");
  });
});

const scaleArb = fc
  .tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: 1, max: 100 }))
  .map(([min, span]) => ({ min, max: min + span }));

/** A random model on a random scale with random (possibly missing) scores on that scale. */
const caseArb = scaleArb.chain((scale) =>
  fc
    .array(
      fc.record({
        weight: fc.double({ min: 0, max: 1000, noNaN: true }),
        inverted: fc.boolean(),
        score: fc.option(fc.double({ min: scale.min, max: scale.max, noNaN: true }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 12 },
    )
    .filter((rows) => rows.some((row) => row.weight > 0))
    .map((rows) => ({
      scale,
      factors: rows.map((row, i) => ({ key: `f${i}`, weight: row.weight, inverted: row.inverted })),
      scores: Object.fromEntries(rows.map((row, i) => [`f${i}`, row.score])),
    })),
);

describe("scoreDimension properties", () => {
  it("keeps the score on the scale and completeness within 0–1", () => {
    fc.assert(
      fc.property(caseArb, ({ scale, factors: fs, scores }) => {
        const { score, completeness } = scoreDimension(fs, scores, scale);
        if (score !== null) {
          expect(score).toBeGreaterThanOrEqual(scale.min);
          expect(score).toBeLessThanOrEqual(scale.max);
        }
        expect(completeness).toBeGreaterThanOrEqual(0);
        expect(completeness).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("never lowers the score when one factor score rises (never raises it for an inverted factor)", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (c, pick, step) => {
        const scored = Object.keys(c.scores).filter((key) => c.scores[key] !== undefined);
        fc.pre(scored.length > 0);
        const key = scored[pick % scored.length];
        const before = c.scores[key] as number;
        const after = Math.min(c.scale.max, before + step * (c.scale.max - before));
        const low = scoreDimension(c.factors, c.scores, c.scale).score;
        // Only zero-weight factors scored: no score at all (null), so nothing to compare.
        fc.pre(low !== null);
        const high = scoreDimension(c.factors, { ...c.scores, [key]: after }, c.scale).score as number;
        const inverted = c.factors.find((f) => f.key === key)?.inverted;
        if (inverted) expect(high).toBeLessThanOrEqual(low);
        else expect(high).toBeGreaterThanOrEqual(low);
      }),
    );
  });
});
