import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BUYING_ROLES, buildStakeholderMap, departureProblem, filledFields, higherLevel, isKeyContact, RELATIONSHIP_LEVELS,
  reportsToProblem, wouldCreateCycle, type StakeholderContact, type StakeholderCoverage,
} from "@/lib/stakeholders";

const NOW = new Date("2026-11-30T10:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

const person = (id: string, over: Partial<StakeholderContact> = {}): StakeholderContact => ({
  id, name: id, reportsToId: null, level: "MANAGER", buyingRole: null, influence: null, attitude: "NEUTRAL",
  leftAt: null, lastTouchAt: daysAgo(1), ...over,
});
const cover = (contactId: string, userId = "u1", over: Partial<StakeholderCoverage> = {}): StakeholderCoverage => ({
  contactId, userId, levelNow: null, levelWanted: null, ...over,
});

/** A random forest: contact i may report to any contact before it, so the data itself has no loop. */
const forest = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 }), { nil: null }))))
    .map((parents) => parents.map((parent, i) => ({ id: `c${i}`, accountId: "a", reportsToId: parent === null ? null : `c${parent}` }))),
);

const ancestors = (contacts: { id: string; reportsToId: string | null }[], id: string) => {
  const byId = new Map(contacts.map((c) => [c.id, c.reportsToId]));
  const result: string[] = [];
  for (let at = byId.get(id); at; at = byId.get(at)) result.push(at);
  return result;
};

describe("wouldCreateCycle", () => {
  it("is true exactly when the new manager is the contact or one of his reports (direct or not)", () => {
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (contacts, a, b) => {
        const contact = contacts[a % contacts.length].id;
        const manager = contacts[b % contacts.length].id;
        const expected = manager === contact || ancestors(contacts, manager).includes(contact);
        expect(wouldCreateCycle(contacts, contact, manager)).toBe(expected);
      }),
    );
  });

  it("after any allowed change the organisation still has no loop", () => {
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (contacts, a, b) => {
        const contact = contacts[a % contacts.length].id;
        const manager = contacts[b % contacts.length].id;
        if (wouldCreateCycle(contacts, contact, manager)) return;
        const changed = contacts.map((c) => (c.id === contact ? { ...c, reportsToId: manager } : c));
        for (const c of changed) expect(ancestors(changed, c.id)).not.toContain(c.id);
      }),
    );
  });

  it("never loops on a cycle already in the data, and no manager is always fine", () => {
    const loop = [{ id: "a", reportsToId: "b" }, { id: "b", reportsToId: "a" }, { id: "c", reportsToId: null }];
    expect(wouldCreateCycle(loop, "c", "a")).toBe(false);
    expect(wouldCreateCycle(loop, "a", "b")).toBe(true);
    expect(wouldCreateCycle(loop, "a", null)).toBe(false);
    expect(wouldCreateCycle(loop, "a", "a")).toBe(true);
  });
});

describe("reportsToProblem", () => {
  const org = [
    { id: "ceo", accountId: "a", reportsToId: null },
    { id: "cfo", accountId: "a", reportsToId: "ceo" },
    { id: "ext", accountId: "b", reportsToId: null },
  ];
  it("names the problem", () => {
    expect(reportsToProblem(org, "cfo", "ceo")).toBeNull();
    expect(reportsToProblem(org, "cfo", null)).toBeNull();
    expect(reportsToProblem(org, "ceo", "cfo")).toBe("cycle");
    expect(reportsToProblem(org, "cfo", "ext")).toBe("otherAccount");
    expect(reportsToProblem(org, "cfo", "nobody")).toBe("unknownManager");
    expect(reportsToProblem(org, "nobody", "ceo")).toBe("unknownContact");
  });
});

describe("buildStakeholderMap", () => {
  it("keeps only live contacts on the map, lists the others as left, and edges only between live contacts", () => {
    const contacts = [
      person("boss", { level: "BOARD" }),
      person("mid", { reportsToId: "boss", leftAt: daysAgo(3) }),
      person("low", { reportsToId: "mid" }),
      person("peer", { reportsToId: "boss" }),
    ];
    const map = buildStakeholderMap(contacts, [cover("mid"), cover("boss")], { now: NOW });
    expect(map.nodes.map((n) => n.contact.id)).toEqual(["boss", "low", "peer"]);
    expect(map.left.map((c) => c.id)).toEqual(["mid"]);
    expect(map.edges).toEqual([{ from: "boss", to: "peer" }]);
    expect(map.nodes.find((n) => n.contact.id === "boss")!.coverage).toHaveLength(1);
  });

  it("reports missing buying roles, uncovered decision makers and untouched key contacts", () => {
    const contacts = [
      person("dm", { buyingRole: "DECISION_MAKER", lastTouchAt: daysAgo(10) }),
      person("dm2", { buyingRole: "DECISION_MAKER", lastTouchAt: daysAgo(90) }),
      person("inf", { buyingRole: "INFLUENCER", influence: "HIGH", lastTouchAt: null }),
      person("user", { buyingRole: "USER", lastTouchAt: null }),
      person("gone", { buyingRole: "PURCHASER", leftAt: daysAgo(1) }),
    ];
    const map = buildStakeholderMap(contacts, [cover("dm2")], { now: NOW });
    expect(map.gaps.missingRoles).toEqual(["PURCHASER", "GATEKEEPER"]);
    expect(map.gaps.uncoveredDecisionMakers).toEqual(["dm"]);
    expect(map.gaps.untouchedKeyContacts).toEqual(["dm2", "inf"]);
    expect(buildStakeholderMap(contacts, [cover("dm2")], { now: NOW, untouchedDays: 5 }).gaps.untouchedKeyContacts).toEqual(["dm", "dm2", "inf"]);
  });

  const arbContact = fc.record({
    id: fc.uuid(),
    name: fc.string(),
    reportsToId: fc.constant(null),
    level: fc.constantFrom("BOARD", "DIRECTOR", "MANAGER", "SUPERVISOR", "STAFF" as const),
    buyingRole: fc.option(fc.constantFrom(...BUYING_ROLES), { nil: null }),
    influence: fc.option(fc.constantFrom("LOW", "MEDIUM", "HIGH", "DECISIVE" as const), { nil: null }),
    attitude: fc.constantFrom("SUPPORTER", "NEUTRAL", "OPPONENT" as const),
    leftAt: fc.option(fc.integer({ min: 0, max: 400 }).map(daysAgo), { nil: null }),
    lastTouchAt: fc.option(fc.integer({ min: 0, max: 400 }).map(daysAgo), { nil: null }),
  }) as fc.Arbitrary<StakeholderContact>;

  it("invariants: every live contact is one node; flags agree with the gaps; every role is held or missing", () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbContact, { selector: (c) => c.id, maxLength: 30 }), fc.integer({ min: 1, max: 365 }), fc.func(fc.boolean()), (contacts, days, covered) => {
        const coverage = contacts.filter((c) => covered(c.id)).map((c) => cover(c.id));
        const map = buildStakeholderMap(contacts, coverage, { now: NOW, untouchedDays: days });
        expect(map.nodes.length + map.left.length).toBe(contacts.length);
        for (const node of map.nodes) {
          expect(node.contact.leftAt).toBeNull();
          expect(node.key).toBe(isKeyContact(node.contact));
          expect(node.uncoveredDecisionMaker).toBe(node.contact.buyingRole === "DECISION_MAKER" && !covered(node.contact.id));
          if (node.untouched) expect(node.key && (node.daysSinceTouch === null || node.daysSinceTouch >= days)).toBe(true);
        }
        const held = new Set(map.nodes.map((n) => n.contact.buyingRole));
        for (const role of BUYING_ROLES) expect(held.has(role)).toBe(!map.gaps.missingRoles.includes(role));
        expect(map.gaps.untouchedKeyContacts.length).toBe(map.nodes.filter((n) => n.untouched).length);
      }),
    );
  });
});

describe("lifecycle helpers", () => {
  it("refuses a leaving day in the future or before the contact was recorded, by calendar day", () => {
    const created = new Date("2026-01-10T15:00:00Z");
    expect(departureProblem(new Date("2026-11-30T23:00:00Z"), created, NOW)).toBeNull();
    expect(departureProblem(new Date("2026-12-01T00:00:00Z"), created, NOW)).toBe("future");
    expect(departureProblem(new Date("2026-01-10T00:00:00Z"), created, NOW)).toBeNull();
    expect(departureProblem(new Date("2026-01-09T00:00:00Z"), created, NOW)).toBe("beforeCreated");
  });

  it("higherLevel is the maximum on the ladder, commutative, with null as none", () => {
    const level = fc.option(fc.constantFrom(...RELATIONSHIP_LEVELS), { nil: null });
    fc.assert(
      fc.property(level, level, (a, b) => {
        const h = higherLevel(a, b);
        expect(h).toBe(higherLevel(b, a));
        if (a !== null) expect(RELATIONSHIP_LEVELS.indexOf(h!)).toBeGreaterThanOrEqual(RELATIONSHIP_LEVELS.indexOf(a));
        if (b !== null) expect(RELATIONSHIP_LEVELS.indexOf(h!)).toBeGreaterThanOrEqual(RELATIONSHIP_LEVELS.indexOf(b));
        expect([a, b]).toContain(h);
      }),
    );
  });

  it("filledFields takes only what the kept record lacks", () => {
    expect(filledFields({ a: null, b: "x", c: " " }, { a: "1", b: "2", c: "3" }, ["a", "b", "c"])).toEqual({ a: "1", c: "3" });
    expect(filledFields({ a: null }, { a: null }, ["a"])).toEqual({});
  });
});
