import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { refreshAccountMetrics } from "@/lib/metrics";
import { lastYearRevenue } from "@/lib/opportunities/queries";
import { createAccount, createOrders } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2026-03-10T00:00:00Z");
/** A moment of the refresh's day: the forecast asks with the current time, not midnight. */
const NOW = new Date("2026-03-10T15:30:00Z");
/** Another day of the same month: the same 12 months, summed from the orders (the refresh is of another day). */
const LIVE = addDays(NOW, 1);

const accountIds: string[] = [];
const keyIds: string[] = [];

const stored = () =>
  db.accountMetrics.findMany({ orderBy: { accountId: "asc" }, select: { accountId: true, lastYearMonths: true } }).then((rows) =>
    rows.map((row) => ({ accountId: row.accountId, months: row.lastYearMonths.map(String) })),
  );

/**
 * Six accounts, four of them key accounts: orders on the first and last day of the 12 months (March 2025 to
 * February 2026), the day before them and the refresh's own month, which are not counted, and cents that add up.
 */
beforeAll(async () => {
  await resetDatabase(db);
  const owner = await createUser(db, { role: "MANAGER" });
  for (let i = 0; i < 6; i++) {
    const account = await createAccount(db, { ownerId: owner.id, name: `Months ${i}`, isKeyAccount: i < 4 });
    accountIds.push(account.id);
    if (i < 4) keyIds.push(account.id);
    if (i === 3) continue; // a key account without orders: twelve zeros.
    await createOrders(db, account.id, [
      { date: "2025-02-28", amount: 1000 + i },
      { date: "2025-03-01", amount: "100.10" },
      { date: "2025-03-31", amount: "0.20" },
      { date: `2025-${String(5 + i).padStart(2, "0")}-15`, amount: 250 * (i + 1) },
      { date: "2026-02-28", amount: "33.33" },
      { date: "2026-03-01", amount: 5000 },
      { date: "2026-03-09", amount: 7000 },
    ]);
  }
  await refreshAccountMetrics(db, { asOf: AS_OF });
});

describe("the key accounts' stored months (AccountMetrics.lastYearMonths)", () => {
  it("are the 12 months before the refresh's month, for key accounts only", async () => {
    const rows = new Map((await stored()).map((row) => [row.accountId, row.months]));
    expect(rows.get(accountIds[0])).toEqual(["100.3", "0", "250", "0", "0", "0", "0", "0", "0", "0", "0", "33.33"]);
    expect(rows.get(accountIds[3])).toEqual(Array(12).fill("0"));
    expect([rows.get(accountIds[4]), rows.get(accountIds[5])]).toEqual([[], []]);
  });

  it("give the same revenue per month as the orders, for any set of accounts", async () => {
    for (const ids of [accountIds, keyIds, accountIds.slice(3), [accountIds[5]], []]) {
      const fromStore = await lastYearRevenue(db, ids, NOW);
      expect(fromStore).toEqual(await lastYearRevenue(db, ids, LIVE));
      expect([...fromStore.keys()]).toEqual(["2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]);
    }
    const all = await lastYearRevenue(db, accountIds, NOW);
    expect(all.get("2025-03")).toBeCloseTo(5 * 100.3, 6);
    expect(all.get("2026-02")).toBeCloseTo(5 * 33.33, 6);
  });

  it("are read from the refresh on its day, and a per-account refresh catches up with a new order", async () => {
    const target = keyIds[1];
    const before = await lastYearRevenue(db, [target], NOW);
    await createOrders(db, target, [{ date: "2025-08-03", amount: 999 }]);
    expect(await lastYearRevenue(db, [target], NOW)).toEqual(before);
    const live = await lastYearRevenue(db, [target], LIVE);
    expect(live.get("2025-08")).toBe((before.get("2025-08") ?? 0) + 999);

    await refreshAccountMetrics(db, { asOf: AS_OF, accountIds: [target] });
    expect(await lastYearRevenue(db, [target], NOW)).toEqual(live);
  });

  it("follow the key-account flag: per-account and full refresh give identical rows, and an unchanged refresh rewrites none", async () => {
    const [leaving, joining] = [keyIds[2], accountIds[4]];
    await db.account.update({ where: { id: leaving }, data: { isKeyAccount: false } });
    await db.account.update({ where: { id: joining }, data: { isKeyAccount: true } });
    // Before any refresh, the newly key account has no stored months: its orders are summed instead.
    expect(await lastYearRevenue(db, [joining], NOW)).toEqual(await lastYearRevenue(db, [joining], LIVE));

    await refreshAccountMetrics(db, { asOf: AS_OF, accountIds: [leaving, joining] });
    const incremental = await stored();
    expect(incremental.find((row) => row.accountId === leaving)!.months).toEqual([]);
    expect(incremental.find((row) => row.accountId === joining)!.months).toHaveLength(12);
    await refreshAccountMetrics(db, { asOf: AS_OF });
    expect(await stored()).toEqual(incremental);

    const versions = () => db.$queryRaw<{ v: string }[]>`SELECT xmin::text AS v FROM "AccountMetrics" ORDER BY "accountId"`;
    const first = await versions();
    await refreshAccountMetrics(db, { asOf: AS_OF });
    expect(await versions()).toEqual(first);
  });

  it("a per-account refresh on another day than the last full one leaves the stored months alone", async () => {
    const target = keyIds[0];
    const before = await stored();
    await createOrders(db, target, [{ date: "2025-12-24", amount: 10 }]);
    await refreshAccountMetrics(db, { asOf: addDays(AS_OF, 1), accountIds: [target] });
    expect((await stored()).find((row) => row.accountId === target)).toEqual(before.find((row) => row.accountId === target));
  });
});
