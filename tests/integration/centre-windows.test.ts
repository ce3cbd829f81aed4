import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { refreshAccountMetrics } from "@/lib/metrics";
import { portfolioWhitespace, windowRevenue } from "@/lib/whitespace-map/queries";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2026-03-01T00:00:00Z");
/** A moment of the refresh's day: the whitespace asks with the current time, not midnight. */
const NOW = new Date("2026-03-01T15:30:00Z");
const CATEGORIES = ["Drives", "Pumps", "Service"];

const accountIds: string[] = [];
let sequence = 0;

async function order(accountId: string, daysAgo: number, amount: number, productCategory: string, buyingCentreId: string | null) {
  sequence += 1;
  await db.order.create({
    data: { accountId, orderDate: addDays(AS_OF, -daysAgo), amount, margin: 0, productCategory, externalRef: `CW-${sequence}`, buyingCentreId },
  });
}

type Amount = { buyingCentreId: string; productCategory: string; amount: number };
const sorted = (rows: Amount[]) => [...rows].sort((a, b) => `${a.buyingCentreId}|${a.productCategory}`.localeCompare(`${b.buyingCentreId}|${b.productCategory}`));
/** The stored rows of the given accounts summed per buying centre and category, as the orders are in windowRevenue. */
const storedRevenue = (ids: readonly string[]) =>
  db.$queryRaw<{ buyingCentreId: string; productCategory: string; amount: string }[]>`
    SELECT "buyingCentreId", "productCategory", SUM(revenue)::text AS amount FROM "CentreWindow"
    WHERE "accountId" = ANY(${ids}::text[]) GROUP BY 1, 2`.then((rows) => rows.map((row) => ({ ...row, amount: Number(row.amount) })));
const stored = () =>
  db.centreWindow.findMany({ orderBy: [{ accountId: "asc" }, { buyingCentreId: "asc" }, { productCategory: "asc" }] }).then((rows) =>
    rows.map((row) => ({ ...row, revenue: row.revenue.toString() })),
  );

/** Eight accounts, two buying centres each, orders over two years: inside and outside the window, with and without a centre. */
beforeAll(async () => {
  await resetDatabase(db);
  const owner = await createUser(db, { role: "MANAGER" });
  for (let i = 0; i < 8; i++) {
    const account = await createAccount(db, { ownerId: owner.id, name: `Centres ${i}`, isKeyAccount: i % 2 === 0 });
    accountIds.push(account.id);
    const centres = [];
    for (const name of ["Plant", "Office"]) centres.push((await db.buyingCentre.create({ data: { accountId: account.id, name } })).id);
    for (let k = 0; k < 12; k++) {
      // 0, 61, …, 671 days ago: the window's first and last days (0 and 364) and the day after it (365) are covered too.
      const daysAgo = [0, 364, 365][k] ?? (k * 61 + i) % 700;
      await order(account.id, daysAgo, 100 * (i + 1) + k + 0.5, CATEGORIES[(i + k) % 3], k % 4 === 3 ? null : centres[k % 2]);
    }
  }
  await refreshAccountMetrics(db, { asOf: AS_OF });
});

describe("the whitespace's stored window revenue (CentreWindow)", () => {
  it("equals the window's orders per buying centre and category, for any set of accounts", async () => {
    for (const ids of [accountIds, accountIds.filter((_, i) => i % 2 === 0), [accountIds[3]], []]) {
      expect(sorted(await storedRevenue(ids))).toEqual(sorted(await windowRevenue(db, ids, NOW)));
    }
    expect((await stored()).length).toBeGreaterThan(0);
  });

  it("a new order leaves the stored rows alone until the account's refresh, which catches up", async () => {
    const target = accountIds[2];
    const centre = (await db.buyingCentre.findFirstOrThrow({ where: { accountId: target }, orderBy: { name: "asc" } })).id;
    const before = sorted(await storedRevenue([target]));
    await order(target, 5, 999.99, "Pumps", centre);
    expect(sorted(await storedRevenue([target]))).toEqual(before);
    const live = sorted(await windowRevenue(db, [target], NOW));
    expect(live).not.toEqual(before);
    await refreshAccountMetrics(db, { asOf: AS_OF, accountIds: [target] });
    expect(sorted(await storedRevenue([target]))).toEqual(live);
  });

  it("per-account and full refresh give identical rows, and a refresh over unchanged orders rewrites none", async () => {
    const [a, b] = [accountIds[1], accountIds[4]];
    await order(a, 30, 12.34, "Service", (await db.buyingCentre.findFirstOrThrow({ where: { accountId: a } })).id);
    await db.order.deleteMany({ where: { accountId: b } });
    await refreshAccountMetrics(db, { asOf: AS_OF, accountIds: [a, b] });
    const incremental = await stored();
    expect(incremental.some((row) => row.accountId === b)).toBe(false);
    await refreshAccountMetrics(db, { asOf: AS_OF });
    expect(await stored()).toEqual(incremental);

    const versions = () => db.$queryRaw<{ v: string }[]>`SELECT xmin::text AS v FROM "CentreWindow" ORDER BY "accountId", "buyingCentreId", "productCategory"`;
    const first = await versions();
    await refreshAccountMetrics(db, { asOf: AS_OF });
    expect(await versions()).toEqual(first);
  });

  it("a per-account refresh on another day than the last full one leaves the stored rows alone", async () => {
    const target = accountIds[6];
    const before = await stored();
    await order(target, 1, 50, "Drives", (await db.buyingCentre.findFirstOrThrow({ where: { accountId: target } })).id);
    await refreshAccountMetrics(db, { asOf: addDays(AS_OF, 1), accountIds: [target] });
    expect(await stored()).toEqual(before);
    await refreshAccountMetrics(db, { asOf: AS_OF, accountIds: [target] });
  });

  it("loses a buying centre's rows with the buying centre", async () => {
    const centre = await db.buyingCentre.findFirstOrThrow({ where: { accountId: accountIds[0], windows: { some: {} } } });
    await db.buyingCentre.delete({ where: { id: centre.id } });
    expect((await stored()).some((row) => row.buyingCentreId === centre.id)).toBe(false);
    expect(sorted(await storedRevenue(accountIds))).toEqual(sorted(await windowRevenue(db, accountIds, NOW)));
  });
});

describe("the portfolio whitespace from the stored windows", () => {
  const director = { id: "director", role: "DIRECTOR" as const, directorScope: "ALL" as const };
  let motionId = "";
  const STATUSES = ["WHITESPACE", "OPPORTUNITY", "COMPETITOR", "SUPPLIED", "NOT_RELEVANT"] as const;
  const totals = (rows: Awaited<ReturnType<typeof portfolioWhitespace>>) => ({
    accounts: rows.accounts,
    mapped: rows.mappedAccounts,
    rows: rows.rows.map((row) => [row.offeringId, row.openCells, row.accounts, row.totalMarket, Math.round(row.ourRevenue * 100), Math.round(row.whitespace * 100)]),
  });

  beforeAll(async () => {
    await refreshAccountMetrics(db, { asOf: AS_OF });
    const line = await db.productLine.create({ data: { nameEn: "Line", nameZh: "线" } });
    // Two categories on one offering (their revenues add up), one on another, one category no offering covers.
    const motion = await db.offering.create({ data: { productLineId: line.id, nameEn: "Motion", nameZh: "运动", productCategories: ["Drives", "Pumps"], position: 0 } });
    motionId = motion.id;
    const care = await db.offering.create({ data: { productLineId: line.id, nameEn: "Care", nameZh: "服务", productCategories: ["Service"], position: 1 } });
    let n = 0;
    for (const centre of await db.buyingCentre.findMany({ orderBy: { id: "asc" } })) {
      for (const offering of [motion, care]) {
        n += 1;
        await db.whitespaceCell.create({
          data: {
            accountId: centre.accountId, buyingCentreId: centre.id, offeringId: offering.id, status: STATUSES[n % STATUSES.length],
            totalMarket: n % 6 === 0 ? null : 500 + 137 * n, ourRevenue: n % 3 === 0 ? 40.5 * n : null,
          },
        });
      }
    }
  });

  it("gives the same totals from the stored windows as from the orders, for any set of accounts", async () => {
    for (const ids of [accountIds, accountIds.filter((_, i) => i % 2 === 0), [accountIds[3]], []]) {
      const stored = await portfolioWhitespace(db, director, NOW, ids, "stored");
      expect(totals(stored)).toEqual(totals(await portfolioWhitespace(db, director, NOW, ids, "live")));
      // On the refresh's day the stored windows are read.
      expect(totals(await portfolioWhitespace(db, director, NOW, ids))).toEqual(totals(stored));
    }
    expect((await portfolioWhitespace(db, director, NOW, accountIds)).rows.some((row) => row.ourRevenue > 0)).toBe(true);
  });

  it("reads the orders on a day the full refresh has not covered, and the stored windows again once an account's refresh caught up", async () => {
    const target = accountIds[5];
    const centre = (await db.buyingCentre.findFirstOrThrow({ where: { accountId: target }, orderBy: { name: "asc" } })).id;
    // An open cell with a total market that the new order's revenue counts in.
    await db.whitespaceCell.update({ where: { buyingCentreId_offeringId: { buyingCentreId: centre, offeringId: motionId } }, data: { status: "WHITESPACE", totalMarket: 100_000 } });
    await order(target, 3, 777.77, "Drives", centre);
    const live = totals(await portfolioWhitespace(db, director, NOW, accountIds, "live"));
    expect(totals(await portfolioWhitespace(db, director, NOW, accountIds, "stored"))).not.toEqual(live);
    const nextDay = addDays(NOW, 1);
    expect(totals(await portfolioWhitespace(db, director, nextDay, accountIds))).toEqual(totals(await portfolioWhitespace(db, director, nextDay, accountIds, "live")));
    await refreshAccountMetrics(db, { asOf: AS_OF, accountIds: [target] });
    expect(totals(await portfolioWhitespace(db, director, NOW, accountIds))).toEqual(live);
  });
});
