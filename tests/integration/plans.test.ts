import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import {
  addObjectiveAction,
  addPlanTaskAction,
  createPlanAction,
  removeObjectiveAction,
  removePlanTaskAction,
  setTaskStatusAction,
  updateObjectiveAction,
  updatePlanTaskAction,
} from "@/lib/plans/actions";
import { loadPlans } from "@/lib/plans/queries";
import { planCompletion } from "@/lib/plan-progress";
import { STRATEGIES } from "@/lib/matrix";
import { createPlan, createAccountFixture } from "../factories/account-contents";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
let f: Awaited<ReturnType<typeof createAccountFixture>>;

beforeAll(async () => {
  await resetDatabase();
  f = await createAccountFixture(db);
});

beforeEach(() => actAs(f.owner));

const planRows = () => Promise.all([db.accountPlan.count(), db.planObjective.count(), db.planTask.findMany({ orderBy: { id: "asc" } })]);

describe("account plans", () => {
  it("starts a new plan from the recommended actions of the quadrant's strategy", async () => {
    const result = await createPlanAction({ accountId: f.mine.id, title: "2026 plan" });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const objectives = await db.planObjective.findMany({ where: { planId: result.data.id }, orderBy: { position: "asc" } });
    expect(objectives.map((o) => o.title)).toEqual(STRATEGIES.INVEST.actions.map((a) => a.en));
    const [audit] = await db.auditLog.findMany({ where: { entityType: "AccountPlan", entityId: result.data.id } });
    expect(audit).toMatchObject({ action: "create", userId: f.owner.id });
  });

  it("takes the objectives as edited in the form, and refuses a blank title", async () => {
    const result = await createPlanAction({ accountId: f.mine.id, title: "Edited", objectives: ["Investment-led growth", "Win the Shanghai plant"] });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const data = await loadPlans(db, f.mine.id);
    const plan = data!.plans.find((p) => p.id === result.data.id)!;
    expect(plan.objectives.map((o) => o.title)).toEqual(["Investment-led growth", "Win the Shanghai plant"]);
    expect(planCompletion(plan)).toBeNull();

    const before = await planRows();
    expect(await createPlanAction({ accountId: f.mine.id, title: " ", objectives: [""] })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { title: "This field is required.", "objectives.0": "This field is required." },
    });
    expect(await planRows()).toEqual(before);
  });

  it("adds, edits and removes objectives and tasks, and computes completion over non-cancelled tasks", async () => {
    const created = await createPlanAction({ accountId: f.mine.id, title: "Work plan", objectives: [] });
    if (!created.ok) throw new Error(created.error);
    const objective = await addObjectiveAction({ accountId: f.mine.id, planId: created.data.id, objective: { title: "Diamond by Q3", description: "" } });
    if (!objective.ok) throw new Error(objective.error);
    const objectiveId = objective.data.id;
    expect(await updateObjectiveAction({ accountId: f.mine.id, objectiveId, objective: { title: "Diamond by Q4", description: "All levels", status: "IN_PROGRESS" } })).toMatchObject({ ok: true });

    const ids: string[] = [];
    for (const [title, status] of [["Meet the CFO", "DONE"], ["Workshop", "OPEN"], ["Plant tour", "CANCELLED"], ["Dinner", "IN_PROGRESS"]] as const) {
      const added = await addPlanTaskAction({ accountId: f.mine.id, objectiveId, task: { title, ownerId: f.teamMate.id, dueDate: "2026-03-31", status } });
      if (!added.ok) throw new Error(added.error);
      ids.push(added.data.id);
    }
    const plan = async () => (await loadPlans(db, f.mine.id))!.plans.find((p) => p.id === created.data.id)!;
    expect(planCompletion(await plan())).toBeCloseTo(1 / 3);

    expect(await setTaskStatusAction({ accountId: f.mine.id, taskId: ids[1], status: "DONE" })).toMatchObject({ ok: true });
    expect(await updatePlanTaskAction({ accountId: f.mine.id, taskId: ids[3], task: { title: "Dinner with the board", ownerId: "", dueDate: "", status: "DONE" } })).toMatchObject({ ok: true });
    expect(planCompletion(await plan())).toBe(1);
    const dinner = (await plan()).objectives[0].tasks.find((a) => a.id === ids[3])!;
    expect(dinner).toMatchObject({ title: "Dinner with the board", ownerId: null, dueDate: null, status: "DONE" });

    expect(await removePlanTaskAction({ accountId: f.mine.id, taskId: ids[2] })).toMatchObject({ ok: true });
    expect((await plan()).objectives[0].tasks).toHaveLength(3);
    expect(await removeObjectiveAction({ accountId: f.mine.id, objectiveId })).toMatchObject({ ok: true });
    expect(await db.planTask.count({ where: { objectiveId } })).toBe(0);

    const audit = await db.auditLog.findMany({ where: { entityType: { in: ["PlanObjective", "PlanTask"] }, userId: f.owner.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => `${a.entityType}:${a.action}`)).toEqual([
      "PlanObjective:create", "PlanObjective:update",
      "PlanTask:create", "PlanTask:create", "PlanTask:create", "PlanTask:create",
      "PlanTask:status", "PlanTask:update", "PlanTask:delete", "PlanObjective:delete",
    ]);
  });

  it("refuses invalid objectives and tasks field by field", async () => {
    const plan = await createPlan(db, f.mine.id, f.owner.id);
    const objectiveId = plan.objectives[0].id;
    const taskId = plan.objectives[0].tasks[0].id;
    const before = await planRows();
    expect(await addObjectiveAction({ accountId: f.mine.id, planId: plan.id, objective: { title: "", description: null } })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { "objective.title": "This field is required." } });
    expect(await updateObjectiveAction({ accountId: f.mine.id, objectiveId, objective: { title: "x", description: null, status: "DONE?" as never } })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await removeObjectiveAction({ accountId: f.mine.id, objectiveId: "" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await addPlanTaskAction({ accountId: f.mine.id, objectiveId, task: { title: "x", dueDate: "31/12/2026" } })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { "task.dueDate": "Enter a valid date." } });
    expect(await addPlanTaskAction({ accountId: f.mine.id, objectiveId, task: { title: "x", ownerId: "nobody" } })).toMatchObject({ ok: false, code: "INVALID", error: "Pick one of our active users." });
    expect(await updatePlanTaskAction({ accountId: f.mine.id, taskId, task: { title: "" } })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await setTaskStatusAction({ accountId: f.mine.id, taskId, status: "LATER" as never })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await removePlanTaskAction({ accountId: f.mine.id, taskId: "" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await planRows()).toEqual(before);
  });

  it("refuses every plan action to a manager on someone else's account and changes nothing", async () => {
    const plan = await createPlan(db, f.theirs.id, f.other.id);
    const objectiveId = plan.objectives[0].id;
    const taskId = plan.objectives[0].tasks[0].id;
    const before = await planRows();
    const attempts = [
      createPlanAction({ accountId: f.theirs.id, title: "Mine now" }),
      addObjectiveAction({ accountId: f.theirs.id, planId: plan.id, objective: { title: "x", description: null } }),
      updateObjectiveAction({ accountId: f.theirs.id, objectiveId, objective: { title: "x", description: null, status: "DONE" } }),
      removeObjectiveAction({ accountId: f.theirs.id, objectiveId }),
      addPlanTaskAction({ accountId: f.theirs.id, objectiveId, task: { title: "x" } }),
      updatePlanTaskAction({ accountId: f.theirs.id, taskId, task: { title: "x" } }),
      setTaskStatusAction({ accountId: f.theirs.id, taskId, status: "DONE" }),
      removePlanTaskAction({ accountId: f.theirs.id, taskId }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Naming my own account while pointing at their rows finds nothing.
    expect(await setTaskStatusAction({ accountId: f.mine.id, taskId, status: "DONE" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await removeObjectiveAction({ accountId: f.mine.id, objectiveId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await planRows()).toEqual(before);
  });

  it("lets a director plan on any account, starting from its own quadrant", async () => {
    actAs(f.director);
    const result = await createPlanAction({ accountId: f.theirs.id, title: "Harvest plan" });
    if (!result.ok) throw new Error(result.error);
    const titles = (await db.planObjective.findMany({ where: { planId: result.data.id }, orderBy: { position: "asc" } })).map((o) => o.title);
    expect(titles).toEqual(STRATEGIES.HARVEST.actions.map((a) => a.en));
  });
});
