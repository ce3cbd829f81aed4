/**
 * The whitespace map's figures, pure: which offering an order's product category belongs to, our revenue per
 * cell (buying centre × offering) from the orders or as entered, share of the cell's market, and the portfolio's
 * whitespace by offering. Amounts are plain numbers in the installation's currency; `now` is a parameter.
 *
 * Definitions (the UI and the docs use the same words):
 * - Revenue window: the last 12 months as 365 calendar days ending on `now`'s UTC day, that day included (the
 *   same window as the account metrics).
 * - Our revenue of a cell: the sum of the window's orders whose buying centre is the cell's and whose product
 *   category maps to the cell's offering ("ORDERS") — as soon as at least one such order exists; otherwise the
 *   entered `ourRevenue` ("ENTERED"); otherwise unknown (null, "NONE").
 * - Share: our revenue (unknown counts as 0) ÷ total market; null without a positive total market. A share above
 *   100 % is inconsistent (the market was entered too low): it is flagged and displayed capped at 100 %.
 * - Whitespace of a cell: for the statuses WHITESPACE, OPPORTUNITY and COMPETITOR with a total market,
 *   max(0, total market − our revenue); 0 for every other cell. The portfolio's whitespace of an offering is the
 *   sum over its cells.
 */
import { DAY_MS, startOfUtcDay } from "@/lib/dates";

export const WHITESPACE_STATUSES = ["SUPPLIED", "OPPORTUNITY", "COMPETITOR", "WHITESPACE", "NOT_RELEVANT"] as const;
export type WhitespaceStatusCode = (typeof WHITESPACE_STATUSES)[number];
/** Statuses whose remaining market is business still to win. */
export const OPEN_STATUSES: readonly WhitespaceStatusCode[] = ["WHITESPACE", "OPPORTUNITY", "COMPETITOR"];
export const isOpenStatus = (status: WhitespaceStatusCode) => OPEN_STATUSES.includes(status);

export type OfferingCategories = { id: string; productCategories: readonly string[]; active: boolean };

/**
 * Product category → the active offering covering it. The catalogue allows one active offering per category;
 * should the data still hold two, the first in the given order (the catalogue's order) wins.
 */
export function categoryIndex(offerings: readonly OfferingCategories[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const offering of offerings) {
    if (!offering.active) continue;
    for (const category of offering.productCategories) if (!index.has(category)) index.set(category, offering.id);
  }
  return index;
}

/** The active offering an order's product category belongs to, or null when no offering covers it. */
export function offeringOfCategory(index: ReadonlyMap<string, string>, category: string): string | null {
  return index.get(category) ?? null;
}

/** Categories claimed by more than one active offering (what the catalogue refuses), each with those offerings. */
export function categoryClashes(offerings: readonly (OfferingCategories & { nameEn?: string })[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const offering of offerings) {
    if (!offering.active) continue;
    for (const category of new Set(offering.productCategories)) owners.set(category, [...(owners.get(category) ?? []), offering.id]);
  }
  return new Map([...owners].filter(([, ids]) => ids.length > 1));
}

export type RevenueWindow = { from: Date; to: Date };

/** The last 12 months before `now`: 365 UTC days, `now`'s day included (`from` and `to` are both inclusive days). */
export function revenueWindow(now: Date): RevenueWindow {
  const to = startOfUtcDay(now);
  return { from: new Date(to.getTime() - 364 * DAY_MS), to };
}

export type OrderLine = { orderDate: Date; amount: number; productCategory: string; buyingCentreId: string | null };

export const cellKey = (buyingCentreId: string, offeringId: string) => `${buyingCentreId}|${offeringId}`;

/** Our revenue per cell (key `cellKey`) from the window's orders whose buying centre and offering are known. */
export function orderRevenueByCell(orders: readonly OrderLine[], index: ReadonlyMap<string, string>, window: RevenueWindow): Map<string, number> {
  const from = window.from.getTime();
  const to = window.to.getTime();
  return sumByCell(orders.filter((order) => order.orderDate.getTime() >= from && order.orderDate.getTime() <= to), index);
}

/**
 * `orderRevenueByCell` for order amounts already limited to the window (e.g. summed per buying centre and
 * category in SQL): lines without a buying centre or with an unmapped category are left out.
 */
export function sumByCell(lines: readonly Pick<OrderLine, "amount" | "productCategory" | "buyingCentreId">[], index: ReadonlyMap<string, string>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const line of lines) {
    if (!line.buyingCentreId) continue;
    const offeringId = offeringOfCategory(index, line.productCategory);
    if (!offeringId) continue;
    const key = cellKey(line.buyingCentreId, offeringId);
    sums.set(key, (sums.get(key) ?? 0) + line.amount);
  }
  return sums;
}

export type CellInput = {
  buyingCentreId: string;
  offeringId: string;
  status: WhitespaceStatusCode;
  totalMarket: number | null;
  /** As entered, used when the orders cannot tell. */
  ourRevenue: number | null;
};

export type RevenueSource = "ORDERS" | "ENTERED" | "NONE";

export type CellFigures = {
  ourRevenue: number | null;
  revenueSource: RevenueSource;
  /** Our revenue ÷ total market, uncapped; null without a positive total market. */
  share: number | null;
  /** The share to show: capped at 1. */
  shareDisplay: number | null;
  /** Our revenue exceeds the total market. */
  inconsistent: boolean;
  whitespace: number;
};

/** A cell's figures; `orderRevenue` is the cell's sum from `orderRevenueByCell`, undefined when no order counts. */
export function cellFigures(cell: Pick<CellInput, "status" | "totalMarket" | "ourRevenue">, orderRevenue: number | undefined): CellFigures {
  const revenueSource: RevenueSource = orderRevenue !== undefined ? "ORDERS" : cell.ourRevenue !== null ? "ENTERED" : "NONE";
  const ourRevenue = orderRevenue ?? cell.ourRevenue;
  const market = cell.totalMarket;
  const share = market !== null && market > 0 ? (ourRevenue ?? 0) / market : null;
  const whitespace = isOpenStatus(cell.status) && market !== null ? Math.max(0, market - (ourRevenue ?? 0)) : 0;
  return {
    ourRevenue,
    revenueSource,
    share,
    shareDisplay: share === null ? null : Math.min(share, 1),
    inconsistent: share !== null && share > 1,
    whitespace,
  };
}

export type OfferingTotal = {
  offeringId: string;
  /** Cells with an open status and a total market. */
  openCells: number;
  /** Accounts with at least one such cell. */
  accounts: number;
  totalMarket: number;
  ourRevenue: number;
  whitespace: number;
};

/**
 * The portfolio's whitespace by offering over cells with an open status and a total market: the sum of the
 * cells' total market, our revenue (unknown as 0) and whitespace. Offerings without such a cell are left out.
 */
export function whitespaceByOffering(cells: readonly (Pick<CellInput, "offeringId" | "status" | "totalMarket"> & { accountId: string; figures: CellFigures })[]): OfferingTotal[] {
  const totals = new Map<string, OfferingTotal & { accountIds: Set<string> }>();
  for (const cell of cells) {
    if (!isOpenStatus(cell.status) || cell.totalMarket === null) continue;
    const total = totals.get(cell.offeringId) ?? { offeringId: cell.offeringId, openCells: 0, accounts: 0, totalMarket: 0, ourRevenue: 0, whitespace: 0, accountIds: new Set<string>() };
    total.openCells += 1;
    total.accountIds.add(cell.accountId);
    total.accounts = total.accountIds.size;
    total.totalMarket += cell.totalMarket;
    total.ourRevenue += cell.figures.ourRevenue ?? 0;
    total.whitespace += cell.figures.whitespace;
    totals.set(cell.offeringId, total);
  }
  return [...totals.values()].map(({ offeringId, openCells, accounts, totalMarket, ourRevenue, whitespace }) => ({ offeringId, openCells, accounts, totalMarket, ourRevenue, whitespace })).sort((a, b) => b.whitespace - a.whitespace || a.offeringId.localeCompare(b.offeringId));
}

export type ShareOfWallet = { ourRevenue: number; totalMarket: number; share: number | null };

/**
 * An account's share of wallet: over its cells with a total market, except NOT_RELEVANT ones, our revenue
 * (unknown as 0) ÷ the summed total market; null when no cell has a positive total market.
 */
export function shareOfWallet(cells: readonly (Pick<CellInput, "status" | "totalMarket"> & { figures: Pick<CellFigures, "ourRevenue"> })[]): ShareOfWallet {
  let ourRevenue = 0;
  let totalMarket = 0;
  for (const cell of cells) {
    if (cell.status === "NOT_RELEVANT" || cell.totalMarket === null) continue;
    totalMarket += cell.totalMarket;
    ourRevenue += cell.figures.ourRevenue ?? 0;
  }
  return { ourRevenue, totalMarket, share: totalMarket > 0 ? ourRevenue / totalMarket : null };
}
