import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeAbcFromDb, computeRfmFromDb, refreshAccountMetrics } from "@/lib/metrics";
import { aggregateOrders, classifyAbc, computeRfm, type RfmOrder } from "@/lib/rfm";
import { seedDemoData } from "@/prisma/seed";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2026-01-15T00:00:00Z");
const LONG = 180_000;

/** Every order up to asOf's day of the non-archived accounts, as the in-memory path takes them. */
async function plainOrders(): Promise<RfmOrder[]> {
  const rows = await db.order.findMany({
    where: { orderDate: { lte: AS_OF }, account: { archived: false } },
    select: { accountId: true, orderDate: true, amount: true, margin: true },
  });
  return rows.map((o) => ({ accountId: o.accountId, date: o.orderDate, amount: Number(o.amount), margin: Number(o.margin) }));
}

/** Float sums in memory may differ from the exact numeric sums in the last bits; everything else must be equal. */
function expectSameRfm(fromDb: Awaited<ReturnType<typeof computeRfmFromDb>>, inMemory: ReturnType<typeof computeRfm>) {
  const exact = (row: (typeof inMemory)[number]) => [row.accountId, row.recencyDays, row.frequency, row.r, row.f, row.m, row.segment];
  expect(fromDb.map(exact)).toEqual(inMemory.map(exact));
  fromDb.forEach((row, i) => expect(row.monetary).toBeCloseTo(inMemory[i].monetary, 4));
}

describe("on the demo data the database path agrees with the in-memory engines", () => {
  let orders: RfmOrder[];

  beforeAll(async () => {
    await resetDatabase();
    // Only the demo's rows: the figures the seed would derive from them (metrics, health …) are not read here, and
    // the last test computes the metrics itself, into an empty table.
    await seedDemoData(db, { asOf: AS_OF, derived: false });
    orders = await plainOrders();
  }, LONG);

  afterAll(() => resetDatabase(), LONG);

  it("RFM by revenue and by margin", async () => {
    const fromDb = await computeRfmFromDb(db, { asOf: AS_OF });
    expect(fromDb.length).toBeGreaterThan(1_500);
    expectSameRfm(fromDb, computeRfm(orders, { asOf: AS_OF }));
    expectSameRfm(await computeRfmFromDb(db, { asOf: AS_OF, useMargin: true }), computeRfm(orders, { asOf: AS_OF, useMargin: true }));
  });

  it("ABC by revenue", async () => {
    const sums = aggregateOrders(orders, { asOf: AS_OF }).map((a) => ({ id: a.accountId, value: a.monetary }));
    const fromDb = await computeAbcFromDb(db, { asOf: AS_OF, value: "revenue" });
    expect(fromDb.items.map((item) => [item.id, item.abcClass])).toEqual(
      classifyAbc(sums).items.map((item) => [item.id, item.abcClass]),
    );
  });

  it("refreshes the metrics of every non-archived account in a few seconds", async () => {
    const result = await refreshAccountMetrics(db, { asOf: AS_OF });
    expect(result.accounts).toBe(await db.account.count({ where: { archived: false } }));
    expect(await db.accountMetrics.count()).toBe(result.accounts);
    expect(result.ms.total).toBeLessThan(10_000);
    expect(await db.accountMetrics.count({ where: { churnFlags: { has: "OVERDUE" } } })).toBeGreaterThan(0);
  }, LONG);
});
