import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactName, foldName, nameSimilarity, normalizeCompanyName } from "@/lib/duplicates/normalize";

describe("normalizeCompanyName", () => {
  it.each([
    ["ACME Trading Co., Ltd.", "acme trading"],
    ["ＡＣＭＥ　Ｔｒａｄｉｎｇ", "acme trading"],
    ["Acme-Trading GmbH", "acme trading"],
    ["Siemens AG", "siemens"],
    ["The Boring Company", "the boring"],
    ["上海华信电子股份有限公司", "上海华信电子"],
    ["上海华信电子有限公司", "上海华信电子"],
    ["华为技术有限公司", "华为技术"],
    ["株式会社", "株式会社"],
    ["Co., Ltd.", "co"],
    ["Acme Ltd 有限公司", "acme"],
    ["", ""],
  ])("%s → %s", (raw, core) => expect(normalizeCompanyName(raw)).toBe(core));

  it("is idempotent and never longer than the folded name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const core = normalizeCompanyName(raw);
        expect(normalizeCompanyName(core)).toBe(core);
        expect(core.length).toBeLessThanOrEqual(foldName(raw).length);
      }),
    );
  });
});

describe("nameSimilarity", () => {
  it("is 1 for the same core (spaces aside), 0 for nothing shared, symmetric and within [0, 1]", () => {
    expect(nameSimilarity("west field", compactName("westfield"))).toBe(1);
    expect(nameSimilarity("acme", "globex")).toBe(0);
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const s = nameSimilarity(normalizeCompanyName(a), normalizeCompanyName(b));
        expect(s).toBe(nameSimilarity(normalizeCompanyName(b), normalizeCompanyName(a)));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("ranks a typo above a shared first word, and works on Chinese by character pairs", () => {
    expect(nameSimilarity("westfield logistic", "westfield logistics")).toBeGreaterThan(0.7);
    expect(nameSimilarity("acme", "acme trading")).toBeLessThan(0.5);
    expect(nameSimilarity("上海华信电子科技", "上海华信电子")).toBeGreaterThanOrEqual(0.5);
    expect(nameSimilarity("北京燕山石化", "上海华信电子")).toBe(0);
  });
});
