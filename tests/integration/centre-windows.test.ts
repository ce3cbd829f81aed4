import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { refreshAccountMetrics } from "@/lib/metrics";
import { portfolioWindowRevenue, windowRevenue } from "@/lib/whitespace-map/queries";
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
      expect(sorted(await portfolioWindowRevenue(db, ids, NOW))).toEqual(sorted(await windowRevenue(db, ids, NOW)));
    }
    expect((await stored()).length).toBeGreaterThan(0);
  });

  it("is read from the refresh on its day, falls back to the orders on another, and a per-account refresh catches up", async () => {
    const target = accountIds[2];
    const centre = (await db.buyingCentre.findFirstOrThrow({ where: { accountId: target }, orderBy: { name: "asc" } })).id;
    const before = sorted(await portfolioWindowRevenue(db, [target], NOW));
    await order(target, 5, 999.99, "Pumps", centre);
    expect(sorted(await portfolioWindowRevenue(db, [target], NOW))).toEqual(before);
    const live = sorted(await windowRevenue(db, [target], NOW));
    expect(live).not.toEqual(before);
    const nextDay = addDays(NOW, 1);
    expect(sorted(await portfolioWindowRevenue(db, [target], nextDay))).toEqual(sorted(await windowRevenue(db, [target], nextDay)));

    await refreshAccountMetrics(db, { asOf: AS_OF, accountIds: [target] });
    expect(sorted(await portfolioWindowRevenue(db, [target], NOW))).toEqual(live);
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
    expect(sorted(await portfolioWindowRevenue(db, accountIds, NOW))).toEqual(sorted(await windowRevenue(db, accountIds, NOW)));
  });
});
