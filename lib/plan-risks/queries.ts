import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import { sortRisks } from "@/lib/objectives";

/**
 * The risks of the given plans, per plan: open and mitigating ones first by exposure (severity × likelihood,
 * then severity), closed ones after them in the same order.
 */
export async function risksOfPlans(db: ReadDb, planIds: readonly string[]) {
  const rows = await db.planRisk.findMany({
    where: { planId: { in: [...planIds] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { owner: { select: { id: true, name: true } } },
  });
  const byPlan = new Map<string, typeof rows>();
  for (const planId of planIds) {
    const mine = rows.filter((r) => r.planId === planId);
    byPlan.set(planId, [...sortRisks(mine.filter((r) => r.status !== "CLOSED")), ...sortRisks(mine.filter((r) => r.status === "CLOSED"))]);
  }
  return byPlan;
}

export type RiskRow = NonNullable<ReturnType<Awaited<ReturnType<typeof risksOfPlans>>["get"]>>[number];
