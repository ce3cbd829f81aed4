/**
 * The whitespace demo: an offerings catalogue over the orders' product categories, 2–4 buying centres per key
 * account, part of those accounts' orders assigned to a buying centre, a whitespace map per key account and some
 * opportunities. Cells supplied from the orders get a total market that makes our share plausible; the others an
 * entered market (and revenue where we supply without order data).
 */
import { categoryIndex, cellKey, orderRevenueByCell, revenueWindow, type WhitespaceStatusCode } from "@/lib/whitespace";
import type { OpportunityStageCode } from "@/lib/pipeline";
import type { DemoAccount } from "./accounts";
import type { OrderRow } from "./orders";
import { createRng, round2, seedId } from "./random";
import { daysBefore } from "./time";

const LINES = [
  {
    nameEn: "Industrial Hardware", nameZh: "工业硬件",
    offerings: [
      { nameEn: "Drive Components", nameZh: "传动部件", categories: ["Components"] },
      { nameEn: "Machinery & Systems", nameZh: "机械与系统", categories: ["Machinery"] },
      { nameEn: "Spare Parts & Repair", nameZh: "备件与维修", categories: ["Spare Parts"] },
      { nameEn: "Raw Materials Supply", nameZh: "原材料供应", categories: ["Raw Materials"] },
    ],
  },
  {
    nameEn: "Services & Supplies", nameZh: "服务与耗材",
    offerings: [
      { nameEn: "Digital Services", nameZh: "数字化服务", categories: ["Software & Services"] },
      { nameEn: "Engineering Services", nameZh: "工程服务", categories: ["Engineering Services"] },
      { nameEn: "Packaging & Consumables", nameZh: "包装与耗材", categories: ["Packaging", "Consumables"] },
    ],
  },
] as const;

const CENTRES = ["Central Purchasing", "Shanghai Plant", "Suzhou Plant", "Tianjin Plant", "R&D Centre", "Service Division", "Chengdu Plant"] as const;
const COMPETITORS = ["Siemens", "ABB", "Schneider Electric", "Bosch Rexroth", "SKF", "Sany", "Inovance", "Delta Electronics"] as const;
const OPEN_STAGES: readonly OpportunityStageCode[] = ["QUALIFY", "DEVELOP", "PROPOSE", "NEGOTIATE"];
const STAGE_PROBABILITY: Record<OpportunityStageCode, number> = { QUALIFY: 10, DEVELOP: 30, PROPOSE: 50, NEGOTIATE: 75, WON: 100, LOST: 0 };

export type ProductLineRow = { id: string; nameEn: string; nameZh: string; position: number; createdAt: Date };
export type OfferingRow = { id: string; productLineId: string; nameEn: string; nameZh: string; productCategories: string[]; active: boolean; position: number; createdAt: Date };
export type BuyingCentreRow = { id: string; accountId: string; name: string; note: string | null; position: number; createdAt: Date };
export type WhitespaceCellRow = {
  id: string; accountId: string; buyingCentreId: string; offeringId: string; status: WhitespaceStatusCode;
  totalMarket: string | null; ourRevenue: string | null; competitor: string | null; note: string | null; updatedAt: Date;
};
export type OpportunityRow = {
  id: string; accountId: string; whitespaceCellId: string | null; name: string; value: string; probability: number;
  stage: OpportunityStageCode; expectedClose: Date; ownerId: string; createdAt: Date; updatedAt: Date;
};

const monthsAhead = (asOf: Date, months: number, day: number) => new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() + months, day));

/**
 * Builds the rows; sets `buyingCentreId` on part of the key accounts' orders in place (the orders are inserted
 * after, with that column).
 */
export function buildWhitespace(accounts: DemoAccount[], rows: OrderRow[], asOf: Date) {
  const orders = rows as (OrderRow & { buyingCentreId: string | null })[];
  const rng = createRng("whitespace");
  const createdAt = daysBefore(asOf, 400);
  const productLines: ProductLineRow[] = [];
  const offerings: OfferingRow[] = [];
  LINES.forEach((line, l) => {
    const lineId = seedId("wpl", l + 1);
    productLines.push({ id: lineId, nameEn: line.nameEn, nameZh: line.nameZh, position: l, createdAt });
    line.offerings.forEach((o, i) => {
      offerings.push({ id: seedId("wof", offerings.length + 1), productLineId: lineId, nameEn: o.nameEn, nameZh: o.nameZh, productCategories: [...o.categories], active: true, position: i, createdAt });
    });
  });

  const keyAccounts = accounts.filter((a) => a.isKeyAccount);
  const centres: BuyingCentreRow[] = [];
  const centresOf = new Map<string, string[]>();
  const centreName = new Map<string, string>();
  for (const account of keyAccounts) {
    const names = rng.sample(CENTRES, rng.int(2, 4));
    const ids = names.map((name, position) => {
      const id = seedId("wbc", centres.length + 1);
      centres.push({ id, accountId: account.id, name, note: null, position, createdAt });
      centreName.set(id, name);
      return id;
    });
    centresOf.set(account.id, ids);
  }

  // Two thirds of the key accounts tell their buying centre on most orders; the rest never do.
  const tracked = new Set(keyAccounts.filter(() => rng.chance(2 / 3)).map((a) => a.id));
  for (const order of orders) {
    const ids = tracked.has(order.accountId) ? centresOf.get(order.accountId) : undefined;
    order.buyingCentreId = ids && rng.chance(0.8) ? rng.pick(ids) : null;
  }

  const index = categoryIndex(offerings);
  const fromOrders = orderRevenueByCell(
    orders.filter((o) => o.buyingCentreId).map((o) => ({ orderDate: o.orderDate, amount: Number(o.amount), productCategory: o.productCategory, buyingCentreId: o.buyingCentreId })),
    index,
    revenueWindow(asOf),
  );

  const cells: WhitespaceCellRow[] = [];
  const opportunities: OpportunityRow[] = [];
  for (const account of keyAccounts) {
    const scale = 400_000 * account.weight ** 0.5;
    for (const centreId of centresOf.get(account.id)!) {
      for (const offering of offerings) {
        const ours = fromOrders.get(cellKey(centreId, offering.id));
        const id = seedId("wcl", cells.length + 1);
        const market = round2(scale * rng.lognormal(0, 0.5));
        let cell: WhitespaceCellRow;
        const base = { id, accountId: account.id, buyingCentreId: centreId, offeringId: offering.id, competitor: null, note: null, updatedAt: daysBefore(asOf, rng.int(1, 120)) };
        if (ours !== undefined) {
          cell = { ...base, status: "SUPPLIED", totalMarket: String(round2(ours / rng.between(0.25, 0.85))), ourRevenue: null, competitor: rng.chance(0.5) ? rng.pick(COMPETITORS) : null };
        } else {
          const status = rng.weighted<WhitespaceStatusCode>([["WHITESPACE", 4], ["COMPETITOR", 3], ["OPPORTUNITY", 2], ["SUPPLIED", 1], ["NOT_RELEVANT", 2]]);
          if (status === "NOT_RELEVANT") {
            cell = { ...base, status, totalMarket: null, ourRevenue: null };
          } else if (status === "SUPPLIED") {
            cell = { ...base, status, totalMarket: String(market), ourRevenue: String(round2(market * rng.between(0.2, 0.7))) };
          } else {
            cell = { ...base, status, totalMarket: rng.chance(0.85) ? String(market) : null, ourRevenue: null, competitor: status === "WHITESPACE" ? null : rng.pick(COMPETITORS) };
          }
        }
        cells.push(cell);
        if (cell.status === "OPPORTUNITY" && rng.chance(0.7)) {
          const closed = rng.chance(0.25);
          const stage: OpportunityStageCode = closed ? (rng.chance(0.5) ? "WON" : "LOST") : rng.pick(OPEN_STAGES);
          const opened = daysBefore(asOf, rng.int(20, 200));
          opportunities.push({
            id: seedId("wop", opportunities.length + 1),
            accountId: account.id,
            whitespaceCellId: id,
            name: `${offering.nameEn} – ${centreName.get(centreId)}`,
            value: String(Math.round((Number(cell.totalMarket ?? market) * rng.between(0.2, 0.6)) / 1000) * 1000),
            probability: STAGE_PROBABILITY[stage],
            stage,
            expectedClose: closed ? monthsAhead(asOf, -rng.int(0, 3), rng.int(1, 28)) : monthsAhead(asOf, rng.int(0, 11), rng.int(1, 28)),
            ownerId: account.ownerId,
            createdAt: opened,
            updatedAt: opened,
          });
        }
      }
    }
  }
  return { productLines, offerings, centres, cells, opportunities, orders };
}
