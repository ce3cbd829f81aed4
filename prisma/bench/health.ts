/**
 * Account health benchmark: `npm run bench:health`. Seeds the demo data (2,100 accounts) into its own database on
 * the bench cluster, then times the full health refresh with every row written, the same refresh again with
 * nothing changed, a one-account refresh and the seed's 30-day history, and ends with the summary line.
 */
import { refreshHealth } from "@/lib/account-health";
import { startOfUtcDay } from "@/lib/dates";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { applyMigrations } from "@/lib/platform/migrations";
import { assertLocalDatabase, openDatabase, recreateDatabase } from "@/lib/platform/postgres";
import { seedDemoData } from "@/prisma/seed";
import { seedHealthHistory } from "@/prisma/seed/health";

async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function main() {
  const database = await openDatabase("bench", "kam_bench_health");
  let db: Db | undefined;
  try {
    assertLocalDatabase(database.url);
    await recreateDatabase(database.url);
    await applyMigrations(database.url);
    db = createPrismaClient(database.url);
    const client = db;
    const asOf = startOfUtcDay(new Date());
    console.log("Loading the demo data …");
    await seedDemoData(client, { asOf });
    const now = new Date(asOf.getTime() + 8 * 3_600_000);

    // The seed refreshed once already (warm pool and plans); each timed run starts from no rows for the day.
    const colds: number[] = [];
    let result = await refreshHealth(client, { now });
    for (let i = 0; i < 3; i += 1) {
      await client.accountHealth.deleteMany();
      await client.healthSnapshot.deleteMany({ where: { day: asOf } });
      result = await refreshHealth(client, { now });
      colds.push(result.ms.total);
    }
    const cold = colds.sort((a, b) => a - b)[1];
    const warm = await median(3, () => refreshHealth(client, { now }));
    const typical = await client.account.findFirstOrThrow({ where: { isKeyAccount: true, archived: false }, orderBy: { id: "asc" } });
    const one = await median(21, () => refreshHealth(client, { now, accountIds: [typical.id] }));
    await client.healthSnapshot.deleteMany({ where: { day: { lt: asOf } } });
    const historyStarted = performance.now();
    const history = await seedHealthHistory(client, { asOf });
    const historyMs = performance.now() - historyStarted;

    console.log(`full refresh, every row written: ${Math.round(cold)} ms; again, nothing changed: ${Math.round(warm)} ms`);
    console.log(`seed history: ${history} snapshots of the key accounts in ${Math.round(historyMs)} ms`);
    console.log(`health: full refresh ${Math.round(cold)} ms for ${result.accounts} accounts, one account ${one.toFixed(1)} ms`);
  } finally {
    await db?.$disconnect();
    await database.stop();
  }
}

await main();
