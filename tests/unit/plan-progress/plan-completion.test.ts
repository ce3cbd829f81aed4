import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAN_ITEM_STATUSES, planCompletion, type PlanItemStatus } from "@/lib/plan-progress";

const plan = (...objectives: PlanItemStatus[][]) => ({ objectives: objectives.map((statuses) => ({ tasks: statuses.map((status) => ({ status })) })) });

describe("planCompletion", () => {
  it.each([
    ["no objectives", plan(), null],
    ["objectives without tasks", plan([], []), null],
    ["only cancelled tasks", plan(["CANCELLED"], ["CANCELLED"]), null],
    ["nothing done", plan(["OPEN", "IN_PROGRESS"]), 0],
    ["one of three done", plan(["DONE", "OPEN"], ["IN_PROGRESS"]), 1 / 3],
    ["cancelled tasks do not count", plan(["DONE", "CANCELLED"], ["CANCELLED"]), 1],
    ["all done across objectives", plan(["DONE"], ["DONE", "DONE"]), 1],
  ] as const)("%s → %s", (_name, input, expected) => {
    expect(planCompletion(input)).toBe(expected);
  });

  it("is the share of done among the tasks that are not cancelled, always within 0–1", () => {
    const statusArb = fc.constantFrom(...PLAN_ITEM_STATUSES);
    fc.assert(
      fc.property(fc.array(fc.array(statusArb, { maxLength: 8 }), { maxLength: 6 }), (objectives) => {
        const all = objectives.flat();
        const counted = all.filter((s) => s !== "CANCELLED").length;
        const done = all.filter((s) => s === "DONE").length;
        const result = planCompletion(plan(...objectives));
        if (counted === 0) expect(result).toBeNull();
        else {
          expect(result).toBe(done / counted);
          expect(result).toBeGreaterThanOrEqual(0);
          expect(result).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
