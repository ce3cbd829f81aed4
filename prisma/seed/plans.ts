/**
 * Account plans with objectives and tasks for some of the key accounts, as measurable working documents: SWOT
 * lines, measured objectives (revenue from the orders, decision makers covered, entered values), risks and one
 * business review per plan whose first outcome became a plan item.
 */
import type { ObjectiveMetric, PlanItemStatus, Prisma, RiskLevel, RiskStatus } from "@/lib/generated/prisma/client";
import type { DemoAccount } from "./accounts";
import type { PeopleData } from "./contacts";
import { DEMO_COUNTS } from "./counts";
import type { OrderRow } from "./orders";
import { planTemplateId } from "./plan-templates";
import { createRng, seedId } from "./random";
import { PLAN_OBJECTIVES } from "./texts";
import { daysBefore } from "./time";

/** How the sampled objective titles are measured (the rest are entered by hand against a target of 100 %). */
const MEASURED: Record<string, { metric: ObjectiveMetric; target: number; unit: string }> = {
  "Grow share of wallet to 40 %": { metric: "SHARE_OF_WALLET", target: 40, unit: "%" },
  "Widen the contact network to a diamond": { metric: "DECISION_MAKERS_COVERED", target: 3, unit: "people" },
};

const SWOT_LINES = {
  strengths: ["Long-standing supply relationship", "Strong technical support on site", "Preferred supplier for core components"],
  weaknesses: ["Few contacts above manager level", "Delivery times longer than the best competitor", "Little presence in their R&D"],
  opportunities: ["New plant opening next year", "Consolidation of their supplier base", "Demand for lighter materials"],
  threats: ["Low-cost competitor targets the account", "Price pressure at the framework renewal", "Key sponsor close to retirement"],
};

const RISKS: [title: string, mitigation: string][] = [
  ["Sponsor leaves the company", "Build a second relationship at board level"],
  ["Competitor undercuts the framework price", "Prepare a total-cost-of-ownership comparison"],
  ["Quality issue on the next batch", "Extra incoming inspection until the 8D closes"],
  ["Budget freeze in their next fiscal year", "Agree call-offs for the first half early"],
];
const LEVELS: RiskLevel[] = ["LOW", "MEDIUM", "HIGH"];

const DAY_MS = 86_400_000;

export function buildPlans(accounts: DemoAccount[], people: PeopleData, asOf: Date, orders: readonly OrderRow[] = []) {
  const rng = createRng("plans");
  // Measures, SWOT, risks and reviews come from their own stream, so the plans above stay as they were.
  const doc = createRng("plan-document");
  const plans: Prisma.AccountPlanCreateManyInput[] = [];
  const objectives: Prisma.PlanObjectiveCreateManyInput[] = [];
  const tasks: Prisma.PlanTaskCreateManyInput[] = [];
  const risks: Prisma.PlanRiskCreateManyInput[] = [];
  const reviews: Prisma.BusinessReviewCreateManyInput[] = [];
  const reviewUsers: Prisma.BusinessReviewUserCreateManyInput[] = [];
  const reviewContacts: Prisma.BusinessReviewContactCreateManyInput[] = [];
  // Revenue of the last 365 days per account: what the revenue objectives' targets grow from.
  const yearAgo = asOf.getTime() - 365 * DAY_MS;
  const revenue = new Map<string, number>();
  for (const order of orders) {
    if (order.orderDate.getTime() > yearAgo && order.orderDate <= asOf) revenue.set(order.accountId, (revenue.get(order.accountId) ?? 0) + Number(order.amount));
  }
  const yearStart = new Date(Date.UTC(asOf.getUTCFullYear(), 0, 1));
  const yearEnd = new Date(Date.UTC(asOf.getUTCFullYear(), 11, 31));
  const candidates = accounts.filter((a) => a.isKeyAccount && a.stage !== "DISINTEGRATING");
  for (const account of rng.sample(candidates, DEMO_COUNTS.accountPlans)) {
    const planId = seedId("pln", plans.length + 1);
    const createdAt = daysBefore(asOf, rng.int(30, 300));
    plans.push({
      id: planId, accountId: account.id, title: `${asOf.getUTCFullYear()} account plan — ${account.name}`,
      createdById: account.ownerId, createdAt, updatedAt: daysBefore(asOf, rng.int(1, 29)),
      templateId: account.quadrant ? planTemplateId(account.quadrant) : null,
      strengths: doc.sample(SWOT_LINES.strengths, doc.int(1, 2)),
      weaknesses: doc.sample(SWOT_LINES.weaknesses, doc.int(1, 2)),
      opportunities: doc.sample(SWOT_LINES.opportunities, doc.int(1, 2)),
      threats: doc.sample(SWOT_LINES.threats, doc.int(1, 2)),
    });
    const firstObjective = objectives.length;
    const userIds = people.byAccount.get(account.id)?.userIds ?? [account.ownerId];
    rng.sample(PLAN_OBJECTIVES, rng.int(2, 4)).forEach(([title, steps], position) => {
      const objectiveId = seedId("obj", objectives.length + 1);
      const picked = steps.slice(0, rng.int(1, steps.length));
      // Tasks due in the past are mostly done; future ones open or under way.
      const statuses = picked.map((_, i) => {
        const due = rng.int(-60, 180) + i * 30;
        const status: PlanItemStatus = due < 0
          ? rng.weighted([["DONE", 7], ["IN_PROGRESS", 2], ["CANCELLED", 1]])
          : rng.weighted([["OPEN", 5], ["IN_PROGRESS", 3]]);
        return { due, status };
      });
      const allDone = statuses.every((s) => s.status === "DONE" || s.status === "CANCELLED");
      const anyStarted = statuses.some((s) => s.status !== "OPEN");
      const measured = MEASURED[title];
      objectives.push({
        id: objectiveId, planId, title, position,
        description: rng.chance(0.5) ? `Agreed with ${account.name.split(" ").slice(0, 2).join(" ")} management` : null,
        status: allDone ? "DONE" : anyStarted ? "IN_PROGRESS" : "OPEN",
        dueDate: yearEnd,
        ...(measured
          ? { metric: measured.metric, target: measured.target, unit: measured.unit }
          : { metric: "MANUAL" as const, target: 100, unit: "%", currentValue: doc.int(1, 19) * 5 }),
      });
      picked.forEach((taskTitle, i) => {
        tasks.push({
          id: seedId("tsk", tasks.length + 1), objectiveId, title: taskTitle, position: i,
          ownerId: rng.pick(userIds), dueDate: daysBefore(asOf, -statuses[i].due), status: statuses[i].status,
        });
      });
    });
    // Every plan measures this year's revenue from the orders (all offerings) against last year's plus growth.
    const objectiveCount = objectives.length - firstObjective;
    const base = revenue.get(account.id) ?? 0;
    objectives.push({
      id: seedId("obj", objectives.length + 1), planId, title: "Grow revenue this year", position: objectiveCount, status: "IN_PROGRESS",
      metric: "OFFERING_REVENUE", unit: "CNY", target: Math.max(100_000, Math.ceil((base * 1.15) / 10_000) * 10_000),
      periodStart: yearStart, periodEnd: yearEnd, dueDate: yearEnd,
    });
    const team = people.byAccount.get(account.id)?.userIds ?? [account.ownerId];
    doc.sample(RISKS, doc.int(1, 3)).forEach(([title, mitigation], i) => {
      risks.push({
        id: seedId("rsk", risks.length + 1), planId, title, mitigation,
        severity: doc.pick(LEVELS), likelihood: doc.pick(LEVELS), ownerId: doc.pick(team),
        status: doc.weighted<RiskStatus>([["OPEN", 5], ["MITIGATING", 3], ["CLOSED", 1]]),
        createdAt: new Date(createdAt.getTime() + i * DAY_MS), updatedAt: createdAt,
      });
    });
    const reviewId = seedId("rvw", reviews.length + 1);
    const heldOn = daysBefore(asOf, doc.int(10, 80));
    const outcomes = ["Agree next year's volume forecast", "Joint visit to the new plant", "Share the quality dashboard monthly"];
    reviews.push({
      id: reviewId, accountId: account.id, planId, heldOn, createdById: account.ownerId, createdAt: heldOn, updatedAt: heldOn,
      agenda: "Business results\nQuality and delivery\nPlans for next quarter",
      outcomes: outcomes.join("\n"),
    });
    for (const userId of new Set(team.slice(0, 2))) reviewUsers.push({ reviewId, userId });
    for (const contact of (people.byAccount.get(account.id)?.contacts ?? []).slice(0, 2)) reviewContacts.push({ reviewId, contactId: contact.id });
    tasks.push({
      id: seedId("tsk", tasks.length + 1), objectiveId: objectives[firstObjective].id as string, title: outcomes[0], position: 99,
      ownerId: account.ownerId, dueDate: daysBefore(asOf, -30), status: "OPEN", reviewId,
    });
  }
  return { plans, objectives, tasks, risks, reviews, reviewUsers, reviewContacts };
}
