import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  categoryClashes,
  categoryIndex,
  cellFigures,
  cellKey,
  offeringOfCategory,
  orderRevenueByCell,
  revenueWindow,
  shareOfWallet,
  whitespaceByOffering,
  WHITESPACE_STATUSES,
  type CellInput,
  type WhitespaceStatusCode,
} from "@/lib/whitespace";

const now = new Date("2026-11-30T15:00:00Z");
const offerings = [
  { id: "drives", productCategories: ["Machinery", "Spare Parts"], active: true },
  { id: "old", productCategories: ["Components"], active: false },
  { id: "parts", productCategories: ["Components", "Machinery"], active: true },
];

describe("offering of a category", () => {
  it("maps categories of active offerings, the first in catalogue order winning a clash", () => {
    const index = categoryIndex(offerings);
    expect(offeringOfCategory(index, "Machinery")).toBe("drives");
    expect(offeringOfCategory(index, "Spare Parts")).toBe("drives");
    expect(offeringOfCategory(index, "Components")).toBe("parts");
    expect(offeringOfCategory(index, "Packaging")).toBeNull();
  });

  it("names the categories claimed by two active offerings", () => {
    expect([...categoryClashes(offerings)]).toEqual([["Machinery", ["drives", "parts"]]]);
  });
});

describe("revenue window and order revenue per cell", () => {
  it("spans 365 days, now's day included", () => {
    const { from, to } = revenueWindow(now);
    expect(to.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(from.toISOString()).toBe("2025-12-01T00:00:00.000Z");
  });

  it("counts only window orders with a buying centre and a mapped category", () => {
    const index = categoryIndex(offerings);
    const sums = orderRevenueByCell(
      [
        { orderDate: new Date("2026-11-30"), amount: 100, productCategory: "Machinery", buyingCentreId: "bc1" },
        { orderDate: new Date("2025-12-01"), amount: 50, productCategory: "Spare Parts", buyingCentreId: "bc1" },
        { orderDate: new Date("2025-11-30"), amount: 999, productCategory: "Machinery", buyingCentreId: "bc1" },
        { orderDate: new Date("2026-06-01"), amount: 999, productCategory: "Machinery", buyingCentreId: null },
        { orderDate: new Date("2026-06-01"), amount: 999, productCategory: "Packaging", buyingCentreId: "bc1" },
        { orderDate: new Date("2026-06-01"), amount: 7, productCategory: "Components", buyingCentreId: "bc2" },
      ],
      index,
      revenueWindow(now),
    );
    expect(Object.fromEntries(sums)).toEqual({ [cellKey("bc1", "drives")]: 150, [cellKey("bc2", "parts")]: 7 });
  });
});

describe("cell figures", () => {
  it("takes orders before the entered revenue, and the entered one before nothing", () => {
    expect(cellFigures({ status: "SUPPLIED", totalMarket: 1000, ourRevenue: 900 }, 250)).toMatchObject({ ourRevenue: 250, revenueSource: "ORDERS", share: 0.25 });
    expect(cellFigures({ status: "SUPPLIED", totalMarket: 1000, ourRevenue: 900 }, undefined)).toMatchObject({ ourRevenue: 900, revenueSource: "ENTERED", share: 0.9 });
    expect(cellFigures({ status: "WHITESPACE", totalMarket: 1000, ourRevenue: null }, undefined)).toMatchObject({ ourRevenue: null, revenueSource: "NONE", share: 0, whitespace: 1000 });
  });

  it("has no share without a positive market, and flags a share above 100 % while capping its display", () => {
    expect(cellFigures({ status: "SUPPLIED", totalMarket: null, ourRevenue: 5 }, undefined).share).toBeNull();
    expect(cellFigures({ status: "SUPPLIED", totalMarket: 0, ourRevenue: 5 }, undefined).share).toBeNull();
    expect(cellFigures({ status: "COMPETITOR", totalMarket: 100, ourRevenue: 150 }, undefined)).toEqual({
      ourRevenue: 150, revenueSource: "ENTERED", share: 1.5, shareDisplay: 1, inconsistent: true, whitespace: 0,
    });
  });

  it("counts whitespace only for open statuses", () => {
    for (const status of ["SUPPLIED", "NOT_RELEVANT"] as const) expect(cellFigures({ status, totalMarket: 1000, ourRevenue: 100 }, undefined).whitespace).toBe(0);
    for (const status of ["WHITESPACE", "OPPORTUNITY", "COMPETITOR"] as const) expect(cellFigures({ status, totalMarket: 1000, ourRevenue: 100 }, undefined).whitespace).toBe(900);
  });
});

const money = fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null });
const cellArb = fc.record({
  accountId: fc.constantFrom("a1", "a2", "a3"),
  buyingCentreId: fc.constantFrom("b1", "b2"),
  offeringId: fc.constantFrom("o1", "o2", "o3"),
  status: fc.constantFrom<WhitespaceStatusCode>(...WHITESPACE_STATUSES),
  totalMarket: money,
  ourRevenue: money,
  orders: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
});

describe("properties", () => {
  it("a cell's share display is within [0, 1], whitespace within [0, market], inconsistent exactly when share > 1", () => {
    fc.assert(
      fc.property(cellArb, (cell) => {
        const f = cellFigures(cell, cell.orders);
        if (f.shareDisplay !== null) expect(f.shareDisplay).toBeGreaterThanOrEqual(0);
        if (f.shareDisplay !== null) expect(f.shareDisplay).toBeLessThanOrEqual(1);
        expect(f.inconsistent).toBe(f.share !== null && f.share > 1);
        expect(f.whitespace).toBeGreaterThanOrEqual(0);
        expect(f.whitespace).toBeLessThanOrEqual(cell.totalMarket ?? 0);
        if (f.ourRevenue !== null && f.share !== null && !f.inconsistent && ["WHITESPACE", "OPPORTUNITY", "COMPETITOR"].includes(cell.status)) {
          expect(f.whitespace).toBeCloseTo(cell.totalMarket! - f.ourRevenue);
        }
      }),
    );
  });

  it("portfolio totals by offering add up to the per-cell whitespace, and never count closed statuses", () => {
    fc.assert(
      fc.property(fc.array(cellArb, { maxLength: 40 }), (cells) => {
        const withFigures = cells.map((cell) => ({ ...(cell as CellInput & { accountId: string }), figures: cellFigures(cell, cell.orders) }));
        const totals = whitespaceByOffering(withFigures);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(totals.map((t) => t.whitespace))).toBeCloseTo(sum(withFigures.map((c) => c.figures.whitespace)));
        for (const total of totals) {
          const own = withFigures.filter((c) => c.offeringId === total.offeringId && c.totalMarket !== null && ["WHITESPACE", "OPPORTUNITY", "COMPETITOR"].includes(c.status));
          expect(total.openCells).toBe(own.length);
          expect(total.accounts).toBe(new Set(own.map((c) => c.accountId)).size);
          expect(total.totalMarket).toBe(sum(own.map((c) => c.totalMarket!)));
          expect(total.whitespace).toBeLessThanOrEqual(total.totalMarket);
        }
        for (let i = 1; i < totals.length; i++) expect(totals[i - 1].whitespace).toBeGreaterThanOrEqual(totals[i].whitespace);
      }),
    );
  });

  it("share of wallet is our revenue over the market of the relevant cells", () => {
    fc.assert(
      fc.property(fc.array(cellArb, { maxLength: 20 }), (cells) => {
        const rows = cells.map((cell) => ({ ...cell, figures: cellFigures(cell, cell.orders) }));
        const result = shareOfWallet(rows);
        const relevant = rows.filter((c) => c.status !== "NOT_RELEVANT" && c.totalMarket !== null);
        expect(result.totalMarket).toBe(relevant.reduce((s, c) => s + c.totalMarket!, 0));
        expect(result.share === null).toBe(result.totalMarket === 0);
        if (result.share !== null) expect(result.share).toBeCloseTo(result.ourRevenue / result.totalMarket);
      }),
    );
  });
});
