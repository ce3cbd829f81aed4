import { describe, expect, it } from "vitest";
import { EngineError } from "@/lib/domain";
import { RFM_SEGMENT_KEYS, RFM_SEGMENTS, segmentFor, type RfmSegment } from "@/lib/rfm";

const scores = [1, 2, 3, 4, 5];

describe("segmentFor (the 125-cell segment table)", () => {
  it.each([
    ["555", "CHAMPIONS"],
    ["545", "CHAMPIONS"],
    ["445", "CHAMPIONS"],
    ["553", "POTENTIAL_LOYALISTS"],
    ["441", "POTENTIAL_LOYALISTS"],
    ["543", "LOYAL"],
    ["435", "LOYAL"],
    ["535", "NEED_ATTENTION"],
    ["525", "PROMISING"],
    ["314", "PROMISING"],
    ["512", "NEW_CUSTOMERS"],
    ["311", "NEW_CUSTOMERS"],
    ["331", "ABOUT_TO_SLEEP"],
    ["213", "ABOUT_TO_SLEEP"],
    ["155", "CANNOT_LOSE_THEM"],
    ["114", "CANNOT_LOSE_THEM"],
    ["245", "AT_RISK"],
    ["145", "AT_RISK"],
    ["241", "HIBERNATING"],
    ["122", "HIBERNATING"],
    ["111", "LOST"],
    ["141", "LOST"],
  ])("(r, f, m) = %s → %s", (cell, segment) => {
    const [r, f, m] = [...cell].map(Number);
    expect(segmentFor(r, f, m)).toBe(segment);
  });

  it("maps all 125 cells to one of the 11 keys, with the CSV's count per segment", () => {
    const counts = new Map<RfmSegment, number>();
    for (const r of scores)
      for (const f of scores)
        for (const m of scores) {
          const segment = segmentFor(r, f, m);
          expect(RFM_SEGMENT_KEYS).toContain(segment);
          counts.set(segment, (counts.get(segment) ?? 0) + 1);
        }
    expect(Object.fromEntries(counts)).toEqual({
      CHAMPIONS: 7,
      LOYAL: 8,
      POTENTIAL_LOYALISTS: 24,
      NEW_CUSTOMERS: 7,
      PROMISING: 16,
      NEED_ATTENTION: 8,
      ABOUT_TO_SLEEP: 5,
      CANNOT_LOSE_THEM: 8,
      AT_RISK: 22,
      HIBERNATING: 14,
      LOST: 6,
    });
  });

  it.each([
    [0, 3, 3],
    [6, 3, 3],
    [3, 2.5, 3],
    [3, 3, Number.NaN],
  ])("rejects scores outside 1–5: (%s, %s, %s)", (r, f, m) => {
    expect(() => segmentFor(r, f, m)).toThrow(EngineError);
  });
});

describe("RFM_SEGMENTS", () => {
  it("describes every segment bilingually with an action, in display order", () => {
    expect(RFM_SEGMENT_KEYS).toHaveLength(11);
    RFM_SEGMENT_KEYS.forEach((key, index) => {
      const info = RFM_SEGMENTS[key];
      expect(info.key).toBe(key);
      expect(info.order).toBe(index + 1);
      for (const text of [info.label, info.action]) {
        expect(text.en.trim()).not.toBe("");
        expect(text.zh).toMatch(/\p{Script=Han}/u);
      }
    });
    expect(RFM_SEGMENTS.CHAMPIONS.label).toEqual({ en: "Champions", zh: "冠军客户" });
  });
});
