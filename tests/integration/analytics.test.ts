import { DAY_MS } from "@/lib/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeAbcFromDb, computeRfmAbcFromDb, computeRfmFromDb, refreshAccountMetrics } from "@/lib/metrics";
import type { Prisma } from "@/lib/generated/prisma/client";
import { aggregateOrders, classifyAbc, computeRfm, type RfmOrder } from "@/lib/rfm";
import { createAccount, createOrders, type OrderSpec } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2025-06-30T15:30:00Z");
const daysBefore = (days: number) => new Date(Date.UTC(2025, 5, 30) - days * DAY_MS);

/** Deterministic PRNG (mulberry32) so the portfolio is the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The orders the in-memory path sees: up to asOf's day, non-archived accounts, as plain numbers. */
async function plainOrders(where: Prisma.OrderWhereInput = {}): Promise<RfmOrder[]> {
  const rows = await db.order.findMany({
    where: { orderDate: { lte: new Date("2025-06-30") }, account: { archived: false }, ...where },
    select: { accountId: true, orderDate: true, amount: true, margin: true },
  });
  return rows.map((o) => ({ accountId: o.accountId, date: o.orderDate, amount: Number(o.amount), margin: Number(o.margin) }));
}

describe("the database path agrees with the in-memory RFM and ABC engines", () => {
  let owners: string[];
  let firstOwnerAccounts: string[];

  beforeAll(async () => {
    await resetDatabase();
    owners = [(await createUser(db)).id, (await createUser(db)).id];
    const random = prng(42);
    // Amounts and margins are multiples of 0.25, so float sums in memory are exact and equal the numeric sums.
    const quarter = (max: number) => Math.round(random() * max * 4) / 4;
    const randomOrders = (): OrderSpec[] =>
      Array.from({ length: 1 + Math.floor(random() * 15) }, () => {
        const amount = 10 + quarter(4000);
        return { date: daysBefore(Math.floor(random() * 900)), amount, margin: quarter(amount * 0.4) - 50 };
      });
    const tied = randomOrders();
    const specs: OrderSpec[][] = [
      ...Array.from({ length: 24 }, randomOrders),
      tied, tied, tied, // identical accounts: ties on R, F and M
      [{ date: daysBefore(0), amount: 100 }], // ordered on asOf's day: recency 0
      [{ date: daysBefore(3), amount: 100 }, { date: daysBefore(-5), amount: 999 }], // one order after asOf
      [{ date: daysBefore(3), amount: 100 }, { date: daysBefore(3), amount: 100 }], // same F and M as a tied pair
      [{ date: daysBefore(-10), amount: 500 }], // only future orders: not in the portfolio
    ];
    firstOwnerAccounts = [];
    for (const [index, orders] of specs.entries()) {
      const account = await createAccount(db, { ownerId: owners[index % 2] });
      if (index % 2 === 0) firstOwnerAccounts.push(account.id);
      await createOrders(db, account.id, orders);
    }
    const archived = await createAccount(db, { ownerId: owners[0], archived: true });
    await createOrders(db, archived.id, [{ date: daysBefore(1), amount: 1_000_000 }]);
  });

  afterAll(() => resetDatabase());

  it("scores every account the same way, with identical recency, frequency and monetary", async () => {
    const fromDb = await computeRfmFromDb(db, { asOf: AS_OF });
    const inMemory = computeRfm(await plainOrders(), { asOf: AS_OF });
    expect(fromDb).toHaveLength(30);
    expect(fromDb).toEqual(inMemory);
    expect(new Set(fromDb.map((row) => row.segment)).size).toBeGreaterThan(3);
    expect(fromDb.find((row) => row.recencyDays === 0)).toBeDefined();
  });

  it("agrees with margin as the monetary value", async () => {
    const fromDb = await computeRfmFromDb(db, { asOf: AS_OF, useMargin: true });
    expect(fromDb).toEqual(computeRfm(await plainOrders(), { asOf: AS_OF, useMargin: true }));
  });

  it("agrees over a window and for an owner's or a list of accounts", async () => {
    const from = new Date("2024-07-01T00:00:00Z");
    expect(await computeRfmFromDb(db, { asOf: AS_OF, from })).toEqual(
      computeRfm(await plainOrders({ orderDate: { gte: from, lte: new Date("2025-06-30") } }), { asOf: AS_OF }),
    );
    const mine = computeRfm(await plainOrders({ account: { ownerId: owners[0], archived: false } }), { asOf: AS_OF });
    expect(await computeRfmFromDb(db, { asOf: AS_OF, ownerIds: [owners[0]] })).toEqual(mine);
    expect(await computeRfmFromDb(db, { asOf: AS_OF, accountIds: firstOwnerAccounts })).toEqual(mine);
  });

  it("classifies ABC like classifyAbc over the same sums, alone or with RFM in one query", async () => {
    const orders = await plainOrders();
    for (const value of ["revenue", "margin"] as const) {
      const sums = aggregateOrders(orders, { asOf: AS_OF, useMargin: value === "margin" });
      const expected = classifyAbc(sums.map((a) => ({ id: a.accountId, value: a.monetary })));
      expect(await computeAbcFromDb(db, { asOf: AS_OF, value })).toEqual(expected);
    }
    const both = await computeRfmAbcFromDb(db, { asOf: AS_OF, useMargin: true, abcValue: "revenue" });
    expect(both.rfm).toEqual(computeRfm(orders, { asOf: AS_OF, useMargin: true }));
    expect(both.abc).toEqual(await computeAbcFromDb(db, { asOf: AS_OF, value: "revenue" }));
  });
});

describe("refreshAccountMetrics", () => {
  const ids: Record<"big" | "quiet" | "small" | "edge" | "none" | "archived", string> = {} as never;
  const monthly = (year: number, month: number, day: number, count: number, amount: number): OrderSpec[] =>
    Array.from({ length: count }, (_, i) => ({ date: new Date(Date.UTC(year, month - 1 + i, day)), amount }));

  beforeAll(async () => {
    await resetDatabase();
    const owner = (await createUser(db)).id;
    for (const key of ["big", "quiet", "small", "edge", "none"] as const) {
      ids[key] = (await createAccount(db, { ownerId: owner })).id;
    }
    ids.archived = (await createAccount(db, { ownerId: owner, archived: true })).id;
    // big: 1,000 on the 15th of each month, Jul 2023 – Jun 2025; contacted 5 days ago; one open, one closed complaint.
    await createOrders(db, ids.big, monthly(2023, 7, 15, 24, 1000));
    await db.activity.create({
      data: { accountId: ids.big, userId: owner, type: "CALL", occurredAt: daysBefore(5), summary: "Review" },
    });
    await db.complaint.createMany({
      data: [
        { accountId: ids.big, openedAt: daysBefore(20), closedAt: null, severity: "HIGH", summary: "Late delivery" },
        { accountId: ids.big, openedAt: daysBefore(90), closedAt: daysBefore(60), severity: "LOW", summary: "Invoice" },
      ],
    });
    // quiet: 500 on the 1st of each month, Jan 2023 – Dec 2024, then nothing.
    await createOrders(db, ids.quiet, monthly(2023, 1, 1, 24, 500));
    await createOrders(db, ids.small, [{ date: "2025-03-01", amount: 1000 }]);
    // edge: the 12-month window is asOf's day and the 364 before, so 2024-06-30 is out and 2024-07-01 in.
    await createOrders(db, ids.edge, [
      { date: "2024-06-30", amount: "100.10", margin: "10.00" },
      { date: "2024-07-01", amount: "200.20", margin: "20.02" },
      { date: "2025-06-30", amount: "0.05", margin: "0.01" },
      { date: "2025-07-01", amount: "999.00", margin: "99.00" },
    ]);
    await createOrders(db, ids.archived, [{ date: "2025-06-01", amount: 5000 }]);
    await db.accountMetrics.create({ data: { accountId: ids.archived, revenue12m: 1 } });
  });

  afterAll(() => resetDatabase());

  it("writes the 12-month figures, recency, ABC and churn risk of every non-archived account", async () => {
    const result = await refreshAccountMetrics(db, { asOf: AS_OF });
    expect(result.accounts).toBe(5);
    const rows = await db.accountMetrics.findMany();
    const byId = new Map(rows.map((row) => [row.accountId, row]));
    expect(rows).toHaveLength(5);
    expect(byId.has(ids.archived)).toBe(false);

    const edge = byId.get(ids.edge)!;
    expect(edge.revenue12m.toString()).toBe("200.25");
    expect(edge.margin12m.toString()).toBe("20.03");
    expect(edge).toMatchObject({ orderCount: 3, lastOrderAt: new Date("2025-06-30"), recencyDays: 0, abcClass: "C" });

    const big = byId.get(ids.big)!;
    expect(big.revenue12m.toString()).toBe("12000");
    expect(big.margin12m.toString()).toBe("3000");
    expect(big).toMatchObject({ orderCount: 24, recencyDays: 15, abcClass: "A", riskScore: 20, riskLevel: "LOW" });
    expect(big.churnFlags).toEqual(["OPEN_COMPLAINTS"]);

    // Shares of 16,200.25: big 0 before → A, quiet 74 % before → A, small 93 % before → B, edge 99 % → C.
    const quiet = byId.get(ids.quiet)!;
    expect(quiet.revenue12m.toString()).toBe("3000");
    expect(quiet).toMatchObject({ abcClass: "A", recencyDays: 211, riskScore: 80, riskLevel: "HIGH" });
    expect(quiet.churnFlags).toEqual(["OVERDUE", "DECLINING", "NO_CONTACT"]);
    expect(byId.get(ids.small)!.abcClass).toBe("B");

    expect(byId.get(ids.none)).toMatchObject({
      orderCount: 0, lastOrderAt: null, recencyDays: null, r: null, f: null, m: null, rfmSegment: null,
      abcClass: null, riskScore: 15, riskLevel: "LOW", churnFlags: ["NO_CONTACT"],
    });
    expect(byId.get(ids.none)!.revenue12m.toString()).toBe("0");
  });

  it("stores the RFM scores of the three-year window, as the database path computes them", async () => {
    await refreshAccountMetrics(db, { asOf: AS_OF });
    const expected = await computeRfmFromDb(db, { asOf: AS_OF, from: daysBefore(3 * 365 - 1) });
    const rows = await db.accountMetrics.findMany({ where: { r: { not: null } }, orderBy: { accountId: "asc" } });
    expect(rows.map((row) => [row.accountId, row.r, row.f, row.m, row.rfmSegment])).toEqual(
      expected.map((row) => [row.accountId, row.r, row.f, row.m, row.segment]),
    );
    expect(rows).toHaveLength(4);
  });
});
