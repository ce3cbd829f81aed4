import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertFinite, defaultOwnerFilter, effectiveOwner, EngineError, LOCALES, median } from "@/lib/domain";

describe("EngineError", () => {
  it("is an Error with a stable code, a message and an optional key", () => {
    const error = new EngineError("DUPLICATE_KEY", 'factor key "a" appears twice', "a");
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "EngineError", code: "DUPLICATE_KEY", key: "a", message: 'factor key "a" appears twice' });
    expect(new EngineError("INVALID_OPTION", "no").key).toBeUndefined();
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "3" as unknown as number])(
    "assertFinite rejects %s with NOT_FINITE",
    (value) => {
      expect(() => assertFinite(value, "x", "k")).toThrow(expect.objectContaining({ code: "NOT_FINITE", key: "k" }));
    },
  );

  it("assertFinite accepts finite numbers", () => {
    expect(() => assertFinite(-0.5, "x")).not.toThrow();
  });
});

describe("median", () => {
  it("lies between the smallest and the largest value and ignores the order", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (values) => {
        const m = median(values)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(m);
      }),
    );
  });
});

describe("owner filter of portfolio lists", () => {
  it.each([
    ["MANAGER", "me"],
    ["DIRECTOR", "all"],
    ["ADMIN", "all"],
  ])("a %s starts with %s", (role, expected) => {
    expect(defaultOwnerFilter(role)).toBe(expected);
    expect(effectiveOwner({}, { role })).toBe(expected);
  });

  it("an explicit filter wins over the role's default", () => {
    expect(effectiveOwner({ owner: "all" }, { role: "MANAGER" })).toBe("all");
    expect(effectiveOwner({ owner: "me" }, { role: "DIRECTOR" })).toBe("me");
    expect(effectiveOwner({ owner: "user-42" }, { role: "MANAGER" })).toBe("user-42");
  });
});

describe("LOCALES", () => {
  it("are English and Chinese", () => {
    expect(LOCALES).toEqual(["en", "zh"]);
  });
});
