import { describe, expect, it } from "vitest";
import { computeHealth, type HealthComponent, type HealthComponentResult, type HealthInput } from "@/lib/health";
import { contact, daysAgo, emptyInput, NOW, only } from "./support";

function result(component: HealthComponent, input: HealthInput, freshnessDays = 90): HealthComponentResult {
  const health = computeHealth(input, only(component, freshnessDays), NOW);
  return health.components.find((c) => c.component === component)!;
}
const valueOf = (component: HealthComponent, input: HealthInput, freshnessDays = 90) => {
  const r = result(component, input, freshnessDays);
  if (r.status !== "SCORED") throw new Error(`${component} is ${r.status}`);
  return r.value;
};
const keys = (r: HealthComponentResult) => (r.status === "SCORED" ? r.evidence.map((e) => e.key) : []);

describe("COVERAGE", () => {
  const dm = contact({ id: "dm", buyingRole: "DECISION_MAKER", coveredBy: 1 });
  const fan = contact({ id: "fan", attitude: "SUPPORTER", coveredBy: 2 });
  const plain = contact({ id: "plain" });
  it.each([
    ["no contacts", emptyInput(), null],
    ["contacts, nobody covered", emptyInput({ contacts: [plain] }), 0],
    ["single-threaded to a plain contact", emptyInput({ coveragePattern: "SINGLE_THREADED", contacts: [{ ...plain, coveredBy: 1 }] }), 0.15],
    ["single-threaded to the decision maker", emptyInput({ coveragePattern: "SINGLE_THREADED", contacts: [dm] }), 0.35],
    ["bow-tie, decision maker and supporter", emptyInput({ coveragePattern: "BOW_TIE", contacts: [dm, fan] }), 0.76],
    ["diamond with both", emptyInput({ coveragePattern: "DIAMOND", contacts: [dm, fan, plain] }), 1],
    ["diamond, decision maker known but not covered", emptyInput({ coveragePattern: "DIAMOND", contacts: [{ ...dm, coveredBy: 0 }, fan] }), 0.8],
  ])("%s", (_, input, expected) => {
    const r = result("COVERAGE", input);
    if (expected === null) {
      expect(r).toMatchObject({ status: "MISSING", reason: { key: "healthEvidence.coverage.noContacts" } });
    } else {
      expect(r.status).toBe("SCORED");
      expect(valueOf("COVERAGE", input)).toBeCloseTo(expected, 4);
    }
  });
  it("explains the pattern and the key roles", () => {
    const r = result("COVERAGE", emptyInput({ coveragePattern: "DIAMOND", contacts: [{ ...dm, coveredBy: 0 }, plain] }));
    expect(keys(r)).toEqual([
      "healthEvidence.coverage.pattern.DIAMOND",
      "healthEvidence.coverage.covered",
      "healthEvidence.coverage.decisionMakerUncovered",
      "healthEvidence.coverage.noSupporter",
    ]);
    expect(r.status === "SCORED" && r.evidence[1].values).toEqual({ covered: 0, total: 2 });
  });
});

describe("FRESHNESS", () => {
  it.each([
    ["touched today", [0], 1],
    ["touched at the limit", [90], 1],
    ["halfway to twice the limit", [135], 0.5],
    ["twice the limit", [180], 0],
    ["never touched", [null], 0],
    ["one fresh, one never", [10, null], 0.5],
  ])("%s", (_, touches, expected) => {
    const contacts = touches.map((d, i) => contact({ id: `k${i}`, key: true, lastTouchedAt: d === null ? null : daysAgo(d) }));
    expect(valueOf("FRESHNESS", emptyInput({ contacts }))).toBeCloseTo(expected, 4);
  });
  it("judges key contacts only when there are some", () => {
    const contacts = [contact({ id: "k", key: true, lastTouchedAt: daysAgo(1) }), contact({ id: "o", lastTouchedAt: null })];
    expect(valueOf("FRESHNESS", emptyInput({ contacts }))).toBe(1);
    expect(keys(result("FRESHNESS", emptyInput({ contacts })))).toEqual(["healthEvidence.freshness.keyFresh"]);
  });
  it("falls back to every contact without a key one, and says so", () => {
    const contacts = [contact({ id: "a", lastTouchedAt: daysAgo(1) }), contact({ id: "b", lastTouchedAt: daysAgo(400) })];
    const r = result("FRESHNESS", emptyInput({ contacts }));
    expect(valueOf("FRESHNESS", emptyInput({ contacts }))).toBe(0.5);
    expect(keys(r)).toEqual(["healthEvidence.freshness.contactsFresh", "healthEvidence.freshness.noKeyContacts", "healthEvidence.freshness.stale"]);
    expect(r.status === "SCORED" && r.evidence[2].values).toEqual({ count: 1, oldestDays: 400 });
  });
  it("uses the model's freshness days", () => {
    const contacts = [contact({ key: true, lastTouchedAt: daysAgo(45) })];
    expect(valueOf("FRESHNESS", emptyInput({ contacts }), 30)).toBe(0.5);
    expect(valueOf("FRESHNESS", emptyInput({ contacts }), 90)).toBe(1);
  });
  it("is missing without contacts", () => {
    expect(result("FRESHNESS", emptyInput())).toMatchObject({ status: "MISSING", reason: { key: "healthEvidence.freshness.noContacts" } });
  });
});

describe("PLAN", () => {
  const item = (due: number | null, done = false) => ({ dueDate: due === null ? null : daysAgo(due), done });
  it.each([
    ["all on time", { planItems: [item(-10), item(5, true)] }, 1],
    ["one of four overdue", { planItems: [item(3), item(-3), item(null), item(30, true)] }, 0.75],
    ["due today is not overdue", { planItems: [item(0)] }, 1],
    ["objective ahead of time", { objectives: [{ progress: 0.8, elapsed: 0.5 }] }, 1],
    ["objective behind: half the progress expected", { objectives: [{ progress: 0.25, elapsed: 0.5 }] }, 0.5],
    ["objective not started yet", { objectives: [{ progress: 0, elapsed: 0 }] }, 1],
    ["tasks and objectives average", { planItems: [item(3)], objectives: [{ progress: 0.5, elapsed: 0.5 }] }, 0.5],
  ])("%s", (_, input, expected) => {
    expect(valueOf("PLAN", emptyInput({ hasPlan: true, ...input }))).toBeCloseTo(expected, 4);
  });
  it("is missing without a plan, or with nothing to measure", () => {
    expect(result("PLAN", emptyInput())).toMatchObject({ status: "MISSING", reason: { key: "healthEvidence.plan.noPlan" } });
    expect(result("PLAN", emptyInput({ hasPlan: true }))).toMatchObject({ status: "MISSING", reason: { key: "healthEvidence.plan.nothingToMeasure" } });
  });
  it("counts overdue and open items", () => {
    const r = result("PLAN", emptyInput({ planItems: [item(3), item(-3), item(30, true)] }));
    expect(r.status === "SCORED" && r.evidence[0]).toEqual({ key: "healthEvidence.plan.items", values: { open: 2, overdue: 1, total: 3 } });
  });
});

describe("CHURN", () => {
  it.each([
    [0, "LOW", 1],
    [35, "MEDIUM", 0.65],
    [100, "HIGH", 0],
  ] as const)("risk %i (%s)", (score, level, expected) => {
    const input = emptyInput({ churn: { score, level } });
    expect(valueOf("CHURN", input)).toBeCloseTo(expected, 4);
    expect(keys(result("CHURN", input))).toEqual([`healthEvidence.churn.risk.${level}`]);
  });
  it("is missing when never computed", () => {
    expect(result("CHURN", emptyInput())).toMatchObject({ status: "MISSING", reason: { key: "healthEvidence.churn.neverComputed" } });
  });
});

describe("ASSESSMENT", () => {
  it.each([
    [0, 1, "recent"],
    [180, 1, "recent"],
    [360, 0.5, "ageing"],
    [540, 0, "outdated"],
    [2000, 0, "outdated"],
  ])("assessed %i days ago", (days, expected, state) => {
    const input = emptyInput({ lastAssessedAt: daysAgo(days) });
    expect(valueOf("ASSESSMENT", input)).toBeCloseTo(expected, 4);
    expect(keys(result("ASSESSMENT", input))).toEqual([`healthEvidence.assessment.${state}`]);
  });
  it("is missing when never assessed", () => {
    expect(result("ASSESSMENT", emptyInput())).toMatchObject({ status: "MISSING", reason: { key: "healthEvidence.assessment.never" } });
  });
});

describe("COMPLAINTS", () => {
  const complaint = (severity: "LOW" | "MEDIUM" | "HIGH", days: number) => ({ severity, openedAt: daysAgo(days) });
  it.each([
    ["none open", [], 1],
    ["a fresh low one", [complaint("LOW", 0)], 0.875],
    ["a fresh high one", [complaint("HIGH", 0)], 0.5],
    ["a high one open 45 days", [complaint("HIGH", 45)], 0.25],
    ["a high one open for a quarter", [complaint("HIGH", 90)], 0],
    ["a medium and a low, both old", [complaint("MEDIUM", 200), complaint("LOW", 120)], 0.25],
  ])("%s", (_, openComplaints, expected) => {
    expect(valueOf("COMPLAINTS", emptyInput({ openComplaints }))).toBeCloseTo(expected, 4);
  });
  it("counts them by severity", () => {
    const r = result("COMPLAINTS", emptyInput({ openComplaints: [complaint("HIGH", 3), complaint("LOW", 10)] }));
    expect(r.status === "SCORED" && r.evidence[0].values).toEqual({ open: 2, high: 1, medium: 0, low: 1, oldestDays: 10 });
  });
});

describe("FIT", () => {
  it.each([
    ["STAR", "EXPLORATORY", 0, "starEarly"],
    ["STAR", "COOPERATIVE", 0.75, "starCooperative"],
    ["STAR", "INTEGRATED", 1, "fits"],
    ["STAR", "DISINTEGRATING", 0, "losingValuable"],
    ["CASH_COW", "BASIC", 0.5, "cashCowEarly"],
    ["QUESTION", "BASIC", 1, "fits"],
    ["QUESTION", "INTERDEPENDENT", 0.5, "questionLate"],
    ["DOG", "INTEGRATED", 0, "dogLate"],
    ["DOG", "COOPERATIVE", 0.75, "dogCooperative"],
    ["DOG", "DISINTEGRATING", 1, "fits"],
  ] as const)("%s at %s", (quadrant, stage, expected, key) => {
    const input = emptyInput({ quadrant, stage });
    expect(valueOf("FIT", input)).toBe(expected);
    expect(keys(result("FIT", input))).toEqual([`healthEvidence.fit.${key}`]);
  });
  it("is missing without a quadrant", () => {
    expect(result("FIT", emptyInput({ stage: "INTEGRATED" }))).toMatchObject({ status: "MISSING", reason: { key: "healthEvidence.fit.noQuadrant" } });
  });
});
