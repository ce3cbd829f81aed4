/** Account plans with objectives and tasks for some of the key accounts. */
import type { PlanItemStatus, Prisma } from "@/lib/generated/prisma/client";
import type { DemoAccount } from "./accounts";
import type { PeopleData } from "./contacts";
import { DEMO_COUNTS } from "./counts";
import { createRng, seedId } from "./random";
import { PLAN_OBJECTIVES } from "./texts";
import { daysBefore } from "./time";

export function buildPlans(accounts: DemoAccount[], people: PeopleData, asOf: Date) {
  const rng = createRng("plans");
  const plans: Prisma.AccountPlanCreateManyInput[] = [];
  const objectives: Prisma.PlanObjectiveCreateManyInput[] = [];
  const tasks: Prisma.PlanTaskCreateManyInput[] = [];
  const candidates = accounts.filter((a) => a.isKeyAccount && a.stage !== "DISINTEGRATING");
  for (const account of rng.sample(candidates, DEMO_COUNTS.accountPlans)) {
    const planId = seedId("pln", plans.length + 1);
    const createdAt = daysBefore(asOf, rng.int(30, 300));
    plans.push({
      id: planId, accountId: account.id, title: `${asOf.getUTCFullYear()} account plan — ${account.name}`,
      createdById: account.ownerId, createdAt, updatedAt: daysBefore(asOf, rng.int(1, 29)),
    });
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
      objectives.push({
        id: objectiveId, planId, title, position,
        description: rng.chance(0.5) ? `Agreed with ${account.name.split(" ").slice(0, 2).join(" ")} management` : null,
        status: allDone ? "DONE" : anyStarted ? "IN_PROGRESS" : "OPEN",
      });
      picked.forEach((taskTitle, i) => {
        tasks.push({
          id: seedId("tsk", tasks.length + 1), objectiveId, title: taskTitle, position: i,
          ownerId: rng.pick(userIds), dueDate: daysBefore(asOf, -statuses[i].due), status: statuses[i].status,
        });
      });
    });
  }
  return { plans, objectives, tasks };
}
