import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FIT_RECOMMENDATIONS, inferFit } from "@/lib/identification";

const answers = (industryNeed: number, match: number, customerNeed: number, criteria: number) => ({
  industryFit: { need: industryNeed, match },
  customerFit: { need: customerNeed, supplierCriteriaMatch: criteria },
});

describe("inferFit", () => {
  it.each([
    { a: [5, 5, 5, 5], score: 100, recommendation: "PURSUE" },
    { a: [4, 4, 4, 4], score: 56.25, recommendation: "PURSUE" },
    { a: [5, 5, 3, 3], score: 50, recommendation: "PURSUE" },
    { a: [4, 4, 3, 3], score: 37.5, recommendation: "NURTURE" },
    { a: [3, 3, 3, 3], score: 25, recommendation: "NURTURE" },
    { a: [5, 5, 2, 2], score: 25, recommendation: "NURTURE" },
    { a: [3, 3, 2, 2], score: 12.5, recommendation: "MONITOR" },
    { a: [2, 2, 2, 2], score: 6.25, recommendation: "DEPRIORITISE" },
    { a: [1, 5, 5, 5], score: 0, recommendation: "DEPRIORITISE" },
    { a: [5, 5, 5, 1], score: 0, recommendation: "DEPRIORITISE" },
    { a: [1, 1, 1, 1], score: 0, recommendation: "DEPRIORITISE" },
  ])("answers $a → $score ($recommendation)", ({ a, score, recommendation }) => {
    const result = inferFit(answers(a[0], a[1], a[2], a[3]));
    expect(result.score).toBeCloseTo(score, 10);
    expect(result.recommendation).toBe(recommendation);
    expect(result.text).toEqual(FIT_RECOMMENDATIONS.find((r) => r.key === recommendation)?.text);
  });

  it("reports the industry and customer fits it multiplied", () => {
    expect(inferFit(answers(5, 5, 3, 3))).toMatchObject({ industry: 1, customer: 0.5, score: 50 });
  });

  it.each([
    { a: [0, 3, 3, 3], code: "SCORE_OUT_OF_SCALE", key: "industryFit.need" },
    { a: [3, 6, 3, 3], code: "SCORE_OUT_OF_SCALE", key: "industryFit.match" },
    { a: [3, 3, Number.NaN, 3], code: "NOT_FINITE", key: "customerFit.need" },
    { a: [3, 3, 3, 5.5], code: "SCORE_OUT_OF_SCALE", key: "customerFit.supplierCriteriaMatch" },
  ])("rejects $a with $code on $key", ({ a, code, key }) => {
    expect(() => inferFit(answers(a[0], a[1], a[2], a[3]))).toThrow(expect.objectContaining({ code, key }));
  });

  it("stays within 0–100 and never falls when an answer rises (property)", () => {
    const answer = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.tuple(answer, answer, answer, answer), fc.nat(3), (a, i) => {
        const base = inferFit(answers(a[0], a[1], a[2], a[3])).score;
        const raised = [...a];
        raised[i] = Math.min(5, raised[i] + 1);
        const higher = inferFit(answers(raised[0], raised[1], raised[2], raised[3])).score;
        expect(base).toBeGreaterThanOrEqual(0);
        expect(base).toBeLessThanOrEqual(100);
        expect(higher).toBeGreaterThanOrEqual(base);
      }),
    );
  });
});
