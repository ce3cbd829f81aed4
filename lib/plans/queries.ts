import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import { listActiveUsers } from "@/lib/team/queries";

/** The plan tab: every plan with objectives and tasks (and owners), the quadrant, and the users to pick. */
export async function loadPlans(db: ReadDb, accountId: string) {
  const [account, plans, users] = await Promise.all([
    db.account.findUnique({ where: { id: accountId }, select: { id: true, quadrant: true, name: true } }),
    db.accountPlan.findMany({
      where: { accountId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      include: {
        createdBy: { select: { name: true } },
        objectives: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          include: { tasks: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { owner: { select: { id: true, name: true } } } } },
        },
      },
    }),
    listActiveUsers(db),
  ]);
  if (!account) return null;
  return { account, plans, users };
}

export type PlansData = NonNullable<Awaited<ReturnType<typeof loadPlans>>>;
export type PlanRow = PlansData["plans"][number];
