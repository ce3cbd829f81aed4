import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import { loadReviews, reviewParticipants } from "@/lib/business-reviews/queries";
import { risksOfPlans } from "@/lib/plan-risks/queries";
import { listActiveUsers } from "@/lib/team/queries";
import { objectiveValues } from "./objective-values";

/**
 * The plan tab: every plan with SWOT, objectives (with their current values, entered or computed) and tasks
 * (and owners), risks by exposure; the account's business reviews (latest first); the quadrant, the users to
 * pick, the review participants to pick and the offerings an objective can measure.
 */
export async function loadPlans(db: ReadDb, accountId: string, now = new Date()) {
  const [account, plans, users, reviews, participants, offerings] = await Promise.all([
    db.account.findUnique({ where: { id: accountId }, select: { id: true, quadrant: true, name: true } }),
    db.accountPlan.findMany({
      where: { accountId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      include: {
        createdBy: { select: { name: true } },
        objectives: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          include: {
            offering: { select: { nameEn: true, nameZh: true } },
            tasks: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { owner: { select: { id: true, name: true } } } },
          },
        },
      },
    }),
    listActiveUsers(db),
    loadReviews(db, accountId),
    reviewParticipants(db, accountId),
    db.offering.findMany({ where: { active: true }, orderBy: [{ position: "asc" }, { nameEn: "asc" }], select: { id: true, nameEn: true, nameZh: true } }),
  ]);
  if (!account) return null;
  const planIds = plans.map((p) => p.id);
  const [values, risks] = await Promise.all([objectiveValues(db, planIds, now), risksOfPlans(db, planIds)]);
  return {
    account,
    plans: plans.map((plan) => ({
      ...plan,
      objectives: plan.objectives.map((o) => ({ ...o, value: values.get(o.id) ?? null })),
      risks: risks.get(plan.id) ?? [],
    })),
    users,
    reviews,
    participants,
    offerings,
  };
}

export type PlansData = NonNullable<Awaited<ReturnType<typeof loadPlans>>>;
export type PlanRow = PlansData["plans"][number];
