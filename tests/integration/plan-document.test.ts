import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import { addReviewAction, outcomeToTaskAction, removeReviewAction, updateReviewAction } from "@/lib/business-reviews/actions";
import { loadReviews } from "@/lib/business-reviews/queries";
import { STRATEGIES } from "@/lib/matrix";
import { loadPlanDocument } from "@/lib/plan-document/queries";
import { addRiskAction, removeRiskAction, updateRiskAction } from "@/lib/plan-risks/actions";
import { resetPlanTemplateAction, savePlanTemplateAction } from "@/lib/plan-templates/actions";
import { defaultTemplateContent } from "@/lib/plan-templates/defaults";
import { loadPlanTemplates } from "@/lib/plan-templates/queries";
import type { TTemplateContent } from "@/lib/plan-templates/schemas";
import {
  addObjectiveAction,
  addSwotLineAction,
  createPlanAction,
  moveSwotLineAction,
  removeSwotLineAction,
  updateObjectiveAction,
  updateSwotLineAction,
} from "@/lib/plans/actions";
import { objectiveValues } from "@/lib/plans/objective-values";
import { loadPlans } from "@/lib/plans/queries";
import { createAccount } from "../factories/accounts";
import { createAccountFixture } from "../factories/account-contents";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
let f: Awaited<ReturnType<typeof createAccountFixture>>;
let admin: Awaited<ReturnType<typeof createUser>>;

const ok = <T,>(result: { ok: true; data: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.data;
};

async function plainPlan(accountId: string, title = "Plan") {
  actAs(f.owner);
  return ok(await createPlanAction({ accountId, title, objectives: [] })).id;
}

beforeAll(async () => {
  await resetDatabase();
  f = await createAccountFixture(db);
  admin = await createUser(db, { role: "ADMIN", name: "Admin" });
});

beforeEach(() => actAs(f.owner));

describe("plan templates", () => {
  const content: TTemplateContent = {
    title: "Star plan",
    swot: { strengths: ["Trusted supplier"], weaknesses: [], opportunities: ["New plant"], threats: ["Low-cost rival"] },
    objectives: [
      { title: "Revenue 2 M", metric: "OFFERING_REVENUE", unit: "CNY", target: 2_000_000, tasks: ["Meet purchasing", "Quote the plant"] },
      { title: "Cover the deciders", metric: "DECISION_MAKERS_COVERED", unit: "people", target: 3, tasks: [] },
    ],
  };

  it("only admins save or reset a template; content is validated", async () => {
    for (const user of [f.owner, f.director]) {
      actAs(user);
      expect(await savePlanTemplateAction({ quadrant: "STAR", content })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await resetPlanTemplateAction({ quadrant: "STAR" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(admin);
    expect(await savePlanTemplateAction({ quadrant: "STAR", content: { ...content, title: " ", objectives: [{ ...content.objectives[0], target: -1 }] } })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { "content.title": "This field is required.", "content.objectives.0.target": expect.any(String) },
    });
    expect(await db.planTemplate.count()).toBe(0);
    // Without stored templates the page offers the defaults derived from the strategies.
    const defaults = await loadPlanTemplates(db, "en");
    expect(defaults.map((d) => [d.quadrant, d.stored])).toEqual([["STAR", false], ["CASH_COW", false], ["QUESTION", false], ["DOG", false]]);
    expect(defaults[0].content.objectives.map((o) => o.title)).toEqual(STRATEGIES.INVEST.actions.map((a) => a.en));

    expect(await savePlanTemplateAction({ quadrant: "STAR", content })).toMatchObject({ ok: true });
    const stored = await loadPlanTemplates(db, "en");
    expect(stored[0]).toMatchObject({ quadrant: "STAR", stored: true, content });
    expect(await db.auditLog.count({ where: { entityType: "PlanTemplate", action: "create" } })).toBe(1);
  });

  it("a new plan starts from the template of the account's quadrant: SWOT, measured objectives, tasks", async () => {
    actAs(f.owner);
    const id = ok(await createPlanAction({ accountId: f.mine.id, title: "From template" })).id;
    const plan = (await loadPlans(db, f.mine.id))!.plans.find((p) => p.id === id)!;
    const template = await db.planTemplate.findUniqueOrThrow({ where: { quadrant: "STAR" } });
    expect(plan).toMatchObject({ templateId: template.id, strengths: ["Trusted supplier"], opportunities: ["New plant"], threats: ["Low-cost rival"], weaknesses: [] });
    expect(plan.objectives.map((o) => [o.title, o.metric, o.unit, o.target?.toString()])).toEqual([
      ["Revenue 2 M", "OFFERING_REVENUE", "CNY", "2000000"],
      ["Cover the deciders", "DECISION_MAKERS_COVERED", "people", "3"],
    ]);
    expect(plan.objectives[0].tasks.map((t) => t.title)).toEqual(["Meet purchasing", "Quote the plant"]);
    // A revenue objective runs for a year from today.
    expect(plan.objectives[0].periodStart).not.toBeNull();
    expect(plan.objectives[0].periodEnd!.getTime() - plan.objectives[0].periodStart!.getTime()).toBeGreaterThanOrEqual(364 * 86_400_000);
  });

  it("an account without a quadrant gets a blank plan; reset brings the default back", async () => {
    const noQuadrant = await createAccount(db, { ownerId: f.owner.id });
    const id = ok(await createPlanAction({ accountId: noQuadrant.id, title: "Blank" })).id;
    const plan = await db.accountPlan.findUniqueOrThrow({ where: { id }, include: { objectives: true } });
    expect(plan).toMatchObject({ templateId: null, strengths: [], threats: [] });
    expect(plan.objectives).toEqual([]);

    actAs(admin);
    expect(await resetPlanTemplateAction({ quadrant: "STAR" })).toMatchObject({ ok: true });
    actAs(f.owner);
    const fresh = ok(await createPlanAction({ accountId: f.mine.id, title: "Default" })).id;
    const row = await db.accountPlan.findUniqueOrThrow({ where: { id: fresh }, include: { objectives: { orderBy: { position: "asc" } } } });
    const defaults = defaultTemplateContent("STAR", "en");
    expect(row.templateId).toBeNull();
    expect(row.strengths).toEqual(defaults.swot.strengths);
    expect(row.objectives.map((o) => o.metric)).toEqual(defaults.objectives.map((o) => o.metric));
  });

  it("a manager cannot create a plan on another manager's account", async () => {
    expect(await createPlanAction({ accountId: f.theirs.id, title: "Not mine" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("SWOT", () => {
  it("adds, edits, reorders and removes lines, refusing stale edits and other managers", async () => {
    const planId = await plainPlan(f.mine.id, "SWOT plan");
    const base = { accountId: f.mine.id, planId, list: "strengths" as const };
    for (const text of ["A", "B", "C"]) expect(await addSwotLineAction({ ...base, text })).toMatchObject({ ok: true });
    expect(await updateSwotLineAction({ ...base, index: 1, expected: "B", text: "B2" })).toMatchObject({ ok: true });
    expect(await moveSwotLineAction({ ...base, index: 2, expected: "C", direction: -1 })).toMatchObject({ ok: true });
    const lines = async () => (await db.accountPlan.findUniqueOrThrow({ where: { id: planId } })).strengths;
    expect(await lines()).toEqual(["A", "C", "B2"]);
    // The editor saw an older list: nothing changes.
    expect(await removeSwotLineAction({ ...base, index: 1, expected: "B2" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await moveSwotLineAction({ ...base, index: 0, expected: "A", direction: -1 })).toMatchObject({ ok: true });
    expect(await removeSwotLineAction({ ...base, index: 0, expected: "A" })).toMatchObject({ ok: true });
    expect(await lines()).toEqual(["C", "B2"]);
    expect(await addSwotLineAction({ ...base, text: "  " })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.auditLog.count({ where: { entityType: "AccountPlan", entityId: planId, action: { startsWith: "swot." } } })).toBe(6); // the move past the top changed nothing

    actAs(f.other);
    expect(await addSwotLineAction({ ...base, text: "X" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateSwotLineAction({ ...base, index: 0, expected: "C", text: "X" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await removeSwotLineAction({ ...base, index: 0, expected: "C" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await moveSwotLineAction({ ...base, index: 0, expected: "C", direction: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(f.director);
    expect(await addSwotLineAction({ ...base, list: "threats", text: "Director's line" })).toMatchObject({ ok: true });
    actAs(f.teamMate);
    expect(await addSwotLineAction({ ...base, list: "threats", text: "Team mate's line" })).toMatchObject({ ok: true });
    expect((await db.accountPlan.findUniqueOrThrow({ where: { id: planId } })).threats).toEqual(["Director's line", "Team mate's line"]);
    // A plan of another account cannot be reached through mine.
    const theirPlan = await db.accountPlan.create({ data: { accountId: f.theirs.id, title: "Theirs", createdById: f.other.id } });
    actAs(f.owner);
    expect(await addSwotLineAction({ accountId: f.mine.id, planId: theirPlan.id, list: "threats", text: "X" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("measured objectives", () => {
  let account: Awaited<ReturnType<typeof createAccount>>;
  let planId: string;
  let offeringId: string;

  beforeAll(async () => {
    account = await createAccount(db, { ownerId: f.owner.id, quadrant: "CASH_COW" });
    const line = await db.productLine.create({ data: { nameEn: "Motion", nameZh: "运动" } });
    offeringId = (await db.offering.create({ data: { productLineId: line.id, nameEn: "Drives", nameZh: "驱动", productCategories: ["Components", "Drives"] } })).id;
    await db.order.createMany({
      data: [
        { date: "2026-01-01", amount: "1000.10", category: "Components" },
        { date: "2026-03-15", amount: "2500.25", category: "Drives" },
        { date: "2026-06-30", amount: "400.00", category: "Valves" },
        { date: "2025-12-31", amount: "9999.00", category: "Components" },
        { date: "2026-07-01", amount: "7777.00", category: "Components" },
      ].map((o, i) => ({ accountId: account.id, orderDate: new Date(`${o.date}T00:00:00Z`), amount: o.amount, margin: "0", productCategory: o.category, externalRef: `PD-${i}` })),
    });
    planId = await plainPlan(account.id, "Measured");
  });

  it("requires a period for offering revenue and keeps columns consistent with the metric", async () => {
    expect(await addObjectiveAction({ accountId: account.id, planId, objective: { title: "Revenue", metric: "OFFERING_REVENUE" } })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { "objective.periodStart": "This field is required.", "objective.periodEnd": "This field is required." },
    });
    expect(await addObjectiveAction({ accountId: account.id, planId, objective: { title: "Revenue", metric: "OFFERING_REVENUE", periodStart: "2026-02-01", periodEnd: "2026-01-01" } })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { "objective.periodEnd": "The period cannot end before it starts." },
    });
    expect(await addObjectiveAction({ accountId: account.id, planId, objective: { title: "Revenue", metric: "OFFERING_REVENUE", offeringId: "nope", periodStart: "2026-01-01", periodEnd: "2026-06-30" } })).toMatchObject({
      ok: false, code: "INVALID", error: "This offering does not exist.",
    });
    const id = ok(await addObjectiveAction({ accountId: account.id, planId, objective: { title: "Entered", metric: "MANUAL", target: "80", unit: "%", currentValue: "12.5", dueDate: "2026-12-31" } })).id;
    expect(await db.planObjective.findUniqueOrThrow({ where: { id } })).toMatchObject({ metric: "MANUAL", unit: "%" });
    // Switching to a computed metric drops the entered value.
    expect(await updateObjectiveAction({ accountId: account.id, objectiveId: id, objective: { title: "Health", status: "OPEN", metric: "HEALTH", target: "70" } })).toMatchObject({ ok: true });
    expect((await db.planObjective.findUniqueOrThrow({ where: { id } })).currentValue).toBeNull();
    actAs(f.other);
    expect(await addObjectiveAction({ accountId: account.id, planId, objective: { title: "X" } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateObjectiveAction({ accountId: account.id, objectiveId: id, objective: { title: "X", status: "OPEN" } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("computes current values exactly from orders, whitespace, contacts and health", async () => {
    const add = async (objective: Parameters<typeof addObjectiveAction>[0]["objective"]) => ok(await addObjectiveAction({ accountId: account.id, planId, objective })).id;
    const offering = await add({ title: "Drives H1", metric: "OFFERING_REVENUE", offeringId, periodStart: "2026-01-01", periodEnd: "2026-06-30", target: "10000" });
    const all = await add({ title: "All H1", metric: "OFFERING_REVENUE", periodStart: "2026-01-01", periodEnd: "2026-06-30", target: "10000" });
    const wallet = await add({ title: "Wallet", metric: "SHARE_OF_WALLET", target: "50", unit: "%" });
    const deciders = await add({ title: "Deciders", metric: "DECISION_MAKERS_COVERED", target: "3" });
    const health = await add({ title: "Health", metric: "HEALTH", target: "80" });
    const manual = await add({ title: "Manual", metric: "MANUAL", currentValue: "7.25", target: "10" });
    const now = new Date("2026-07-15T10:00:00Z");

    let values = await objectiveValues(db, [planId], now);
    expect(values.get(offering)).toBe("3500.35");
    expect(values.get(all)).toBe("3900.35");
    expect(values.get(wallet)).toBeNull();
    expect(values.get(deciders)).toBe("0");
    expect(values.get(health)).toBeNull();
    expect(values.get(manual)).toBe("7.25");

    // Whitespace market 40,000; every order lies within the 365 days up to 2026-07-15.
    const centre = await db.buyingCentre.create({ data: { accountId: account.id, name: "Plant A" } });
    await db.whitespaceCell.create({ data: { accountId: account.id, buyingCentreId: centre.id, offeringId, totalMarket: "40000" } });
    const dm = (name: string, extra: object = {}) => db.contact.create({ data: { accountId: account.id, name, function: "MANAGEMENT", level: "BOARD", buyingRole: "DECISION_MAKER", ...extra } });
    const [covered, left, uncovered] = [await dm("Covered"), await dm("Left", { leftAt: new Date("2026-05-01") }), await dm("Uncovered")];
    const influencer = await db.contact.create({ data: { accountId: account.id, name: "Influencer", function: "IT", level: "MANAGER", buyingRole: "INFLUENCER" } });
    for (const contact of [covered, left, influencer]) await db.contactCoverage.create({ data: { contactId: contact.id, userId: f.owner.id } });
    await db.contactCoverage.create({ data: { contactId: covered.id, userId: f.teamMate.id } });
    void uncovered;
    const model = await db.healthModel.create({ data: { version: 901, name: "Test", weights: {}, healthyFrom: 70, watchFrom: 40 } });
    await db.accountHealth.create({ data: { accountId: account.id, modelId: model.id, score: 64, components: {} } });

    values = await objectiveValues(db, [planId], now);
    // 1000.10 + 2500.25 + 400 + 9999 + 7777 = 21676.35 over 40000 = 54.19 %.
    expect(values.get(wallet)).toBe("54.19");
    expect(values.get(deciders)).toBe("1");
    expect(values.get(health)).toBe("64");
    // A year later the old orders drop out of the wallet window (only the 2026-07-01 order is left).
    expect((await objectiveValues(db, [planId], new Date("2027-06-30T00:00:00Z"))).get(wallet)).toBe("19.44");

    const plan = (await loadPlans(db, account.id, now))!.plans[0];
    expect(plan.objectives.find((o) => o.id === offering)!.value).toBe("3500.35");
  });
});

describe("risk register", () => {
  it("adds, edits and removes risks, sorted by severity × likelihood; closed last", async () => {
    const planId = await plainPlan(f.mine.id, "Risky");
    const add = async (title: string, severity: "LOW" | "MEDIUM" | "HIGH", likelihood: "LOW" | "MEDIUM" | "HIGH", status: "OPEN" | "CLOSED" = "OPEN") =>
      ok(await addRiskAction({ accountId: f.mine.id, planId, risk: { title, severity, likelihood, ownerId: f.teamMate.id, mitigation: "Act", status } })).id;
    await add("Low", "LOW", "LOW");
    const high = await add("High/low", "HIGH", "LOW");
    await add("Medium", "MEDIUM", "MEDIUM");
    await add("Closed top", "HIGH", "HIGH", "CLOSED");
    await add("Low/high", "LOW", "HIGH");
    const order = async () => (await loadPlans(db, f.mine.id))!.plans.find((p) => p.id === planId)!.risks.map((r) => r.title);
    expect(await order()).toEqual(["Medium", "High/low", "Low/high", "Low", "Closed top"]);
    expect(await updateRiskAction({ accountId: f.mine.id, riskId: high, risk: { title: "High/high", severity: "HIGH", likelihood: "HIGH", ownerId: null, mitigation: null, status: "MITIGATING" } })).toMatchObject({ ok: true });
    expect((await order())[0]).toBe("High/high");
    const inactive = await createUser(db, { active: false });
    expect(await addRiskAction({ accountId: f.mine.id, planId, risk: { title: "X", severity: "LOW", likelihood: "LOW", ownerId: inactive.id } })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await addRiskAction({ accountId: f.mine.id, planId, risk: { title: "X", severity: "BAD" as "LOW", likelihood: "LOW", ownerId: null } })).toMatchObject({ ok: false, code: "INVALID" });

    actAs(f.other);
    expect(await addRiskAction({ accountId: f.mine.id, planId, risk: { title: "X", severity: "LOW", likelihood: "LOW", ownerId: null } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateRiskAction({ accountId: f.mine.id, riskId: high, risk: { title: "X", severity: "LOW", likelihood: "LOW", ownerId: null } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await removeRiskAction({ accountId: f.mine.id, riskId: high })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Through an account the manager may edit, another account's risk is not found.
    expect(await removeRiskAction({ accountId: f.theirs.id, riskId: high })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(f.director);
    expect(await removeRiskAction({ accountId: f.mine.id, riskId: high })).toMatchObject({ ok: true });
    expect(await db.planRisk.count({ where: { planId } })).toBe(4);
    expect(await db.auditLog.count({ where: { entityType: "PlanRisk", action: "delete" } })).toBe(1);
  });
});

describe("business reviews", () => {
  it("records a review with both sides, turns outcome lines into plan items, refuses outsiders", async () => {
    const planId = await plainPlan(f.mine.id, "Reviewed");
    const objectiveId = ok(await addObjectiveAction({ accountId: f.mine.id, planId, objective: { title: "Grow" } })).id;
    const contact = await db.contact.create({ data: { accountId: f.mine.id, name: "Li Wei", function: "PURCHASING", level: "DIRECTOR" } });
    const gone = await db.contact.create({ data: { accountId: f.mine.id, name: "Gone", function: "IT", level: "STAFF", leftAt: new Date("2025-01-01") } });
    const review = { heldOn: "2026-03-10", planId, agenda: "Results", outcomes: "Joint visit\n\n  Monthly dashboard  ", userIds: [f.owner.id, f.teamMate.id], contactIds: [contact.id] };

    expect(await addReviewAction({ accountId: f.mine.id, review: { ...review, userIds: [f.other.id] } })).toMatchObject({ ok: false, code: "INVALID", error: expect.stringContaining("owner or team") });
    expect(await addReviewAction({ accountId: f.mine.id, review: { ...review, contactIds: [gone.id] } })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await addReviewAction({ accountId: f.mine.id, review: { ...review, heldOn: "2026-02-30" } })).toMatchObject({ ok: false, code: "INVALID" });
    const reviewId = ok(await addReviewAction({ accountId: f.mine.id, review })).id;
    const older = ok(await addReviewAction({ accountId: f.mine.id, review: { ...review, heldOn: "2025-12-01", outcomes: null } })).id;

    expect(await outcomeToTaskAction({ accountId: f.mine.id, reviewId, objectiveId, line: 1, ownerId: f.teamMate.id, dueDate: "2026-04-30" })).toMatchObject({ ok: true });
    expect(await outcomeToTaskAction({ accountId: f.mine.id, reviewId, objectiveId, line: 1, ownerId: null, dueDate: null })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await outcomeToTaskAction({ accountId: f.mine.id, reviewId, objectiveId, line: 5, ownerId: null, dueDate: null })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const task = await db.planTask.findFirstOrThrow({ where: { reviewId } });
    expect(task).toMatchObject({ title: "Monthly dashboard", objectiveId, ownerId: f.teamMate.id });

    const reviews = await loadReviews(db, f.mine.id);
    expect(reviews.map((r) => r.id)).toEqual([reviewId, older]);
    expect(reviews[0]).toMatchObject({
      users: [{ name: "Owner Manager" }, { name: "Team Mate" }], contacts: [{ name: "Li Wei" }],
      lines: [{ text: "Joint visit", objectiveTitle: null }, { text: "Monthly dashboard", objectiveTitle: "Grow" }],
    });
    expect(await updateReviewAction({ accountId: f.mine.id, reviewId, review: { ...review, userIds: [f.owner.id], contactIds: [] } })).toMatchObject({ ok: true });
    expect(await db.businessReviewUser.count({ where: { reviewId } })).toBe(1);
    expect(await db.businessReviewContact.count({ where: { reviewId } })).toBe(0);

    actAs(f.other);
    expect(await addReviewAction({ accountId: f.mine.id, review })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateReviewAction({ accountId: f.mine.id, reviewId, review })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await outcomeToTaskAction({ accountId: f.mine.id, reviewId, objectiveId, line: 0, ownerId: null, dueDate: null })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await removeReviewAction({ accountId: f.mine.id, reviewId })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    actAs(f.owner);
    expect(await removeReviewAction({ accountId: f.mine.id, reviewId })).toMatchObject({ ok: true });
    // The plan item stays, without its link.
    expect(await db.planTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ reviewId: null, title: "Monthly dashboard" });
  });
});

describe("plan document", () => {
  it("gathers position, stakeholders, the latest plan and the last review", async () => {
    const doc = await loadPlanDocument(db, f.mine.id, new Date("2026-07-15T00:00:00Z"));
    expect(doc!.account).toMatchObject({ name: f.mine.name, quadrant: "STAR", stage: "COOPERATIVE" });
    expect(doc!.plan!.title).toBe("Reviewed");
    expect(doc!.lastReview!.heldOn.toISOString().slice(0, 10)).toBe("2025-12-01");
    expect(doc!.contacts.map((c) => c.name)).toEqual(["Li Wei"]);
    expect(await loadPlanDocument(db, "missing", new Date())).toBeNull();
  });
});
