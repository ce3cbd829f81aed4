import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { amountsByMonth } from "@/lib/orders/order-months";
import { revenueWindow } from "@/lib/whitespace";
import { windowRevenue } from "@/lib/whitespace-map/queries";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const DAY0 = new Date("2025-10-20T00:00:00Z");
const CATEGORIES = ["Drives", "Pumps", "Service"];

type Group = { accountId: string; month: string; productCategory: string; buyingCentreId: string | null; amount: string; orders: number };

/** The month sums as they must be: grouped from the orders now. */
const fromOrders = () =>
  db.$queryRaw<Group[]>`
    SELECT "accountId", to_char(date_trunc('month', "orderDate"), 'YYYY-MM-DD') AS month, "productCategory", "buyingCentreId",
      sum(amount)::text AS amount, count(*)::int AS orders
    FROM "Order" GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4 NULLS FIRST`;

const stored = () =>
  db.$queryRaw<Group[]>`
    SELECT "accountId", to_char(month, 'YYYY-MM-DD') AS month, "productCategory", "buyingCentreId", amount::text AS amount, orders
    FROM "OrderMonth" ORDER BY 1, 2, 3, 4 NULLS FIRST`;

let accounts: string[];
let centres: string[];
let sequence = 0;

async function order(accountIndex: number, dayOffset: number, amount: number, category: number, centre: number | null) {
  sequence += 1;
  const accountId = accounts[accountIndex];
  const own = centre === null ? null : (await db.buyingCentre.findMany({ where: { accountId }, orderBy: { id: "asc" }, select: { id: true } }))[centre]?.id ?? null;
  await db.order.create({
    data: { accountId, orderDate: addDays(DAY0, dayOffset), amount, margin: amount / 4, productCategory: CATEGORIES[category], externalRef: `OM-${sequence}`, buyingCentreId: own },
  });
}

describe("OrderMonth (kept by triggers on Order)", () => {
  beforeAll(async () => {
    await resetDatabase(db);
    const owner = await createUser(db, { role: "MANAGER" });
    accounts = [];
    centres = [];
    for (let i = 0; i < 3; i++) {
      const account = await createAccount(db, { ownerId: owner.id, name: `Monthly ${i}` });
      accounts.push(account.id);
      for (const name of ["Plant", "Head office"]) centres.push((await db.buyingCentre.create({ data: { accountId: account.id, name } })).id);
    }
  });

  it("sums every order into its account's month, category and buying centre through inserts, edits, moves and deletions", async () => {
    await db.order.createMany({
      data: [0, 10, 11, 40, 75, 400].map((offset, i) => ({
        accountId: accounts[i % 2], orderDate: addDays(DAY0, offset), amount: 100 + i + 0.25, margin: 10, productCategory: CATEGORIES[i % 3],
        externalRef: `BULK-${i}`, buyingCentreId: i % 2 === 0 ? centres[0] : null,
      })),
    });
    expect(await stored()).toEqual(await fromOrders());

    await db.order.updateMany({ where: { externalRef: "BULK-1" }, data: { amount: 5, orderDate: addDays(DAY0, 200), productCategory: CATEGORIES[2] } });
    await db.order.updateMany({ where: { accountId: accounts[1] }, data: { accountId: accounts[2] } }); // a duplicate merge
    expect(await stored()).toEqual(await fromOrders());

    // Removing a buying centre leaves its orders without one (the foreign key sets it to null): their sums follow.
    await db.buyingCentre.delete({ where: { id: centres[0] } });
    expect(await stored()).toEqual(await fromOrders());

    await db.order.deleteMany({ where: { externalRef: { in: ["BULK-0", "BULK-3"] } } });
    await db.account.delete({ where: { id: accounts[2] } });
    accounts = accounts.slice(0, 2);
    expect(await stored()).toEqual(await fromOrders());
    expect(await db.orderMonth.count({ where: { orders: { lte: 0 } } })).toBe(0);
  });

  it("an import's upsert (insert or update on the order number) keeps the sums", async () => {
    const upsert = (ref: string, amount: number, day: number) => db.$executeRaw`
      INSERT INTO "Order" (id, "accountId", "orderDate", amount, margin, "productCategory", "externalRef", "updatedAt")
      VALUES (${`up-${ref}-${amount}`}, ${accounts[0]}, ${addDays(DAY0, day)}, ${amount}, 0, 'Pumps', ${ref}, now())
      ON CONFLICT ("accountId", "externalRef") DO UPDATE SET amount = EXCLUDED.amount, "orderDate" = EXCLUDED."orderDate"`;
    await upsert("IMP-1", 10, 3);
    await upsert("IMP-1", 30, 70);
    await upsert("IMP-2", 7, 70);
    expect(await stored()).toEqual(await fromOrders());
  });

  it("equals the orders after any sequence of writes, and the year's figures equal those summed from the orders", async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("insert" as const), account: fc.nat(1), day: fc.integer({ min: -40, max: 420 }), amount: fc.integer({ min: 1, max: 99999 }), category: fc.nat(2), centre: fc.option(fc.nat(1)) }),
      fc.record({ kind: fc.constant("shift" as const), days: fc.integer({ min: -45, max: 45 }), pick: fc.nat(20) }),
      fc.record({ kind: fc.constant("delete" as const), pick: fc.nat(20) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 430 }), async (ops, nowOffset) => {
        for (const o of ops) {
          if (o.kind === "insert") {
            await order(o.account, o.day, o.amount / 100, o.category, o.centre);
            continue;
          }
          const all = await db.order.findMany({ orderBy: { id: "asc" }, select: { id: true, orderDate: true } });
          const target = all[o.pick % Math.max(1, all.length)];
          if (!target) continue;
          if (o.kind === "shift") await db.order.update({ where: { id: target.id }, data: { orderDate: addDays(target.orderDate, o.days) } });
          else await db.order.delete({ where: { id: target.id } });
        }
        expect(await stored()).toEqual(await fromOrders());

        const now = new Date(addDays(DAY0, nowOffset).getTime() + 13 * 3600 * 1000);
        const { from, to } = revenueWindow(now);
        const expected = await db.$queryRaw<{ buyingCentreId: string; productCategory: string; amount: string }[]>`
          SELECT "buyingCentreId", "productCategory", sum(amount)::text AS amount FROM "Order"
          WHERE "accountId" = ANY(${accounts}::text[]) AND "buyingCentreId" IS NOT NULL AND "orderDate" >= ${from}::date AND "orderDate" <= ${to}::date
          GROUP BY 1, 2`;
        const sortKey = (r: { buyingCentreId: string; productCategory: string }) => `${r.buyingCentreId}|${r.productCategory}`;
        const byKey = (rows: { buyingCentreId: string; productCategory: string; amount: number }[]) => rows.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
        expect(byKey(await windowRevenue(db, accounts, now))).toEqual(byKey(expected.map((r) => ({ ...r, amount: Number(r.amount) }))));

        const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
        const yearBefore = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1));
        const monthly = await db.$queryRaw<{ month: string; amount: string }[]>`
          SELECT to_char("orderDate", 'YYYY-MM') AS month, sum(amount)::text AS amount FROM "Order"
          WHERE "accountId" = ANY(${accounts}::text[]) AND "orderDate" >= ${yearBefore}::date AND "orderDate" < ${first}::date GROUP BY 1`;
        expect(await amountsByMonth(db, accounts, { from: yearBefore, until: first })).toEqual(new Map(monthly.map((r) => [r.month, Number(r.amount)])));
      }),
      { numRuns: 30 },
    );
  });
});
