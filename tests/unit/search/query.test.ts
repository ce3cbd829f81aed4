import { describe, expect, it } from "vitest";
import { hasCjk, isSearchable, normaliseQuery, QUICK_FIND_MAX, ZQuickFindQuery } from "@/lib/search/schemas";

describe("quick-find query", () => {
  it("collapses whitespace, trims and caps the length", () => {
    expect(normaliseQuery("  Westfield \n  Logistics ")).toBe("Westfield Logistics");
    expect(normaliseQuery("x".repeat(500))).toHaveLength(QUICK_FIND_MAX);
    expect(ZQuickFindQuery.parse({})).toEqual({ q: "" });
  });

  it("needs two characters, or one Chinese character", () => {
    expect(isSearchable("")).toBe(false);
    expect(isSearchable("w")).toBe(false);
    expect(isSearchable("we")).toBe(true);
    expect(isSearchable("沪")).toBe(true);
    expect(hasCjk("上海")).toBe(true);
    expect(hasCjk("Shanghai")).toBe(false);
  });
});
