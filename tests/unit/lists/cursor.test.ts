import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, filterFingerprint, MAX_CURSOR_LENGTH } from "@/lib/lists/cursor";

describe("keyset cursor text", () => {
  it("round-trips any JSON array, in URL-safe characters only", () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(fc.array(value, { maxLength: 8 }), (values) => {
        const text = encodeCursor(values);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        if (text.length > 0 && text.length <= MAX_CURSOR_LENGTH) expect(decodeCursor(text)).toEqual(values);
      }),
    );
  });

  it("keeps CJK names intact", () => {
    expect(decodeCursor(encodeCursor(["杭州钢铁集团", "c1", 2]))).toEqual(["杭州钢铁集团", "c1", 2]);
  });

  it("reads anything that is not a cursor as null, never throws", () => {
    for (const text of ["", "a", "!!", "a+b/c=", "%00", "x".repeat(MAX_CURSOR_LENGTH + 1), encodeCursor({} as never), btoa("{}"), btoa("[1,"), "_-_-"]) {
      expect(decodeCursor(text)).toBeNull();
    }
    // Bytes that are not UTF-8.
    expect(decodeCursor(btoa(String.fromCharCode(0xff, 0xfe, 0x5b, 0x5d)).replace(/=+$/, ""))).toBeNull();
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => decodeCursor(text)).not.toThrow();
      }),
    );
  });
});

describe("filterFingerprint", () => {
  it("ignores empty values and the order of keys; tells different filters apart", () => {
    expect(filterFingerprint({ q: "steel", owner: "all" })).toBe(filterFingerprint({ owner: "all", q: "steel", key: undefined, region: "" }));
    expect(filterFingerprint({ q: "steel", owner: "all" })).not.toBe(filterFingerprint({ q: "steel", owner: "me" }));
    expect(filterFingerprint({})).not.toBe(filterFingerprint({ key: "1" }));
  });
});
