import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import { loadPlans } from "@/lib/plans/queries";

/**
 * Everything the printable plan shows: the account's position (stage, quadrant, key-account status, revenue of the
 * last 12 months, health score when computed), its live contacts by buying role with attitude and coverage, the
 * whitespace cells, and the latest plan with measured objectives, items and risks, and the last business review.
 */
export async function loadPlanDocument(db: ReadDb, accountId: string, now: Date) {
  const [account, contacts, cells, plans] = await Promise.all([
    db.account.findUnique({
      where: { id: accountId },
      select: {
        id: true, name: true, localName: true, stage: true, quadrant: true, isKeyAccount: true, industry: true, region: true,
        owner: { select: { name: true } },
        metrics: { select: { revenue12m: true } },
        health: { select: { score: true, band: true } },
      },
    }),
    db.contact.findMany({
      where: { accountId, leftAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, title: true, buyingRole: true, attitude: true, _count: { select: { coverages: true } } },
    }),
    db.whitespaceCell.findMany({
      where: { accountId },
      orderBy: [{ buyingCentre: { position: "asc" } }, { buyingCentre: { name: "asc" } }, { offering: { position: "asc" } }, { id: "asc" }],
      select: {
        id: true, status: true, totalMarket: true, ourRevenue: true, competitor: true,
        buyingCentre: { select: { name: true } }, offering: { select: { nameEn: true, nameZh: true } },
      },
    }),
    loadPlans(db, accountId, now),
  ]);
  if (!account || !plans) return null;
  return {
    account,
    contacts: contacts.map(({ _count, ...c }) => ({ ...c, covered: _count.coverages > 0 })),
    cells,
    plan: plans.plans[0] ?? null,
    lastReview: plans.reviews[0] ?? null,
  };
}

export type PlanDocument = NonNullable<Awaited<ReturnType<typeof loadPlanDocument>>>;
