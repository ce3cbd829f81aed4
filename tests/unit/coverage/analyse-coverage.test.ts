import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyseCoverage,
  belowDiamondFor,
  CONTACT_LEVELS,
  coveragePattern,
  DIAMOND_EXPECTED_STAGES,
  type CoverageContact,
  type CoverageLine,
  type CoveragePattern,
} from "@/lib/coverage";
import { STAGES, type Stage } from "@/lib/stages";

const contact = (id: string, level: CoverageContact["level"], fn = "PURCHASING"): CoverageContact => ({
  id,
  level,
  function: fn,
});
const line = (userId: string, contactId: string): CoverageLine => ({ contactId, userId });

const buyer = contact("buyer", "MANAGER");
const buyer2 = contact("buyer2", "MANAGER");
const director = contact("director", "DIRECTOR");
const financeManager = contact("fin", "MANAGER", "FINANCE");
const contacts = [buyer, buyer2, director, financeManager];

describe("analyseCoverage patterns", () => {
  it.each<[string, CoverageContact[], CoverageLine[], CoveragePattern]>([
    ["no contacts, no lines", [], [], "NONE"],
    ["contacts but no lines", contacts, [], "NONE"],
    ["only lines to unknown contacts", contacts, [line("kam", "ghost")], "NONE"],
    ["one pair", contacts, [line("kam", "buyer")], "SINGLE_THREADED"],
    ["one pair entered twice", contacts, [line("kam", "buyer"), line("kam", "buyer")], "SINGLE_THREADED"],
    ["one of ours, contacts on two levels", contacts, [line("kam", "buyer"), line("kam", "director")], "BOW_TIE"],
    ["two of ours on one contact", contacts, [line("kam", "buyer"), line("fin", "buyer")], "BOW_TIE"],
    ["two and two, one level and function", contacts, [line("kam", "buyer"), line("sc", "buyer2")], "BOW_TIE"],
    ["minimal diamond across levels", contacts, [line("kam", "buyer"), line("ceo", "director")], "DIAMOND"],
    ["minimal diamond across functions", contacts, [line("kam", "buyer"), line("cfo", "fin")], "DIAMOND"],
    [
      "many-to-many",
      contacts,
      [line("kam", "buyer"), line("kam", "director"), line("ceo", "director"), line("cfo", "fin")],
      "DIAMOND",
    ],
  ])("%s → %s", (_name, cs, lines, pattern) => {
    expect(analyseCoverage(cs, lines).pattern).toBe(pattern);
  });

  it("keeps a bow-tie when one person of ours covers every contact", () => {
    const all = contacts.map((c) => line("kam", c.id));
    const result = analyseCoverage(contacts, all);
    expect(result.pattern).toBe("BOW_TIE");
    expect(result).toMatchObject({ coveredContacts: 4, coverageRatio: 1, ourPeople: ["kam"] });
    expect(result.levelsCovered).toEqual(["DIRECTOR", "MANAGER"]);
  });
});

describe("analyseCoverage measures", () => {
  it("reports levels, functions, people, pairs and the ratio", () => {
    const result = analyseCoverage(contacts, [
      line("kam", "director"),
      line("cfo", "fin"),
      line("kam", "buyer"),
      line("kam", "buyer"),
      line("kam", "ghost"),
    ]);
    expect(result).toEqual({
      pattern: "DIAMOND",
      levelsCovered: ["DIRECTOR", "MANAGER"],
      functionsCovered: ["FINANCE", "PURCHASING"],
      ourPeople: ["cfo", "kam"],
      pairs: [line("kam", "buyer"), line("kam", "director"), line("cfo", "fin")],
      totalContacts: 4,
      coveredContacts: 3,
      coverageRatio: 0.75,
      ignoredLines: 1,
      warning: null,
    });
  });

  it("handles no contacts at all", () => {
    expect(analyseCoverage([], [line("kam", "x")])).toMatchObject({
      pattern: "NONE",
      coverageRatio: 0,
      totalContacts: 0,
      ignoredLines: 1,
      ourPeople: [],
      levelsCovered: [],
    });
  });

  it("orders levels top down", () => {
    const cs = CONTACT_LEVELS.map((level) => contact(level, level)).reverse();
    const result = analyseCoverage(cs, cs.map((c) => line("kam", c.id)));
    expect(result.levelsCovered).toEqual([...CONTACT_LEVELS]);
  });
});

describe("analyseCoverage warning", () => {
  const bowTie = [line("kam", "buyer"), line("kam", "director")];
  const diamond = [line("kam", "buyer"), line("ceo", "director")];

  it.each<Stage>(["COOPERATIVE", "INTERDEPENDENT", "INTEGRATED"])("a bow-tie at %s warns", (stage) => {
    expect(analyseCoverage(contacts, bowTie, { stage }).warning).toMatchObject({
      code: "BELOW_DIAMOND",
      stage,
      pattern: "BOW_TIE",
      message: { en: expect.any(String), zh: expect.any(String) },
    });
  });

  it.each<Stage>(["EXPLORATORY", "BASIC", "DISINTEGRATING"])("a bow-tie at %s does not warn", (stage) => {
    expect(analyseCoverage(contacts, bowTie, { stage }).warning).toBeNull();
  });

  it.each(["COOPERATIVE", "INTEGRATED"] as const)("a diamond at %s does not warn", (stage) => {
    expect(analyseCoverage(contacts, diamond, { stage }).warning).toBeNull();
  });

  it("warns for no coverage at INTERDEPENDENT and never without a stage", () => {
    expect(analyseCoverage(contacts, [], { stage: "INTERDEPENDENT" }).warning?.pattern).toBe("NONE");
    expect(analyseCoverage(contacts, bowTie).warning).toBeNull();
  });
});

describe("analyseCoverage properties", () => {
  const levelArb = fc.constantFrom(...CONTACT_LEVELS);
  const contactsArb = fc.uniqueArray(
    fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e"), level: levelArb, function: fc.constantFrom("P", "F") }),
    { selector: (c) => c.id },
  );
  const linesArb = (users: string[]) =>
    fc.array(fc.record({ contactId: fc.constantFrom("a", "b", "c", "d", "x"), userId: fc.constantFrom(...users) }));

  it("is never DIAMOND with one person of ours", () => {
    fc.assert(
      fc.property(contactsArb, linesArb(["kam"]), (cs, lines) => {
        expect(analyseCoverage(cs, lines).pattern).not.toBe("DIAMOND");
      }),
    );
  });

  it("is DIAMOND exactly when no single person on either side carries every line and the contacts span two groups", () => {
    fc.assert(
      fc.property(contactsArb, linesArb(["u1", "u2", "u3"]), (cs, lines) => {
        const result = analyseCoverage(cs, lines);
        const pairs = result.pairs;
        const throughOne = (key: "userId" | "contactId") => pairs.every((p) => p[key] === pairs[0][key]);
        const covered = cs.filter((c) => pairs.some((p) => p.contactId === c.id));
        const oneGroup = covered.every((c) => c.level === covered[0].level && c.function === covered[0].function);
        const isDiamond = pairs.length >= 2 && !throughOne("userId") && !throughOne("contactId") && !oneGroup;
        expect(result.pattern === "DIAMOND").toBe(isDiamond);
        expect(result.coverageRatio).toBeGreaterThanOrEqual(0);
        expect(result.coverageRatio).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("coveragePattern and belowDiamondFor agree with analyseCoverage for any contacts, lines and stage", () => {
    fc.assert(
      fc.property(contactsArb, linesArb(["u1", "u2", "u3"]), fc.constantFrom(...STAGES), (cs, lines, stage) => {
        const full = analyseCoverage(cs, lines, { stage });
        expect(coveragePattern(cs, lines)).toBe(full.pattern);
        expect(belowDiamondFor(stage, full.pattern)).toBe(full.warning !== null);
        expect(belowDiamondFor(stage, full.pattern)).toBe(DIAMOND_EXPECTED_STAGES.includes(stage) && full.pattern !== "DIAMOND");
      }),
      { numRuns: 500 },
    );
  });
});
