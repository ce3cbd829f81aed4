/**
 * RFM benchmark (issue 3, "Acceptance"): `npm run bench:rfm -- [--accounts N] [--orders M] [--runs K]`.
 * Generates N accounts × M orders (default 10,000 × 1,000,000) in a fresh `kam_bench` database on the embedded
 * bench cluster, then times the bare GROUP BY query, the full RFM + ABC computation of the database path and the
 * in-memory engine, each as the median of K runs (default 5) after one warm-up. Targets: full ≤ 1.5 × bare;
 * scoring in memory < 50 ms per 10,000 accounts (the scoring is O(n log n); at 210,000 accounts, 100 × the demo
 * portfolio, the budget is 1,050 ms).
 */
import { computeAbcFromDb, computeRfmAbcFromDb, computeRfmFromDb } from "@/lib/metrics";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { applyMigrations } from "@/lib/platform/migrations";
import { assertLocalDatabase, openDatabase, recreateDatabase } from "@/lib/platform/postgres";
import { aggregateOrders, computeRfm, scoreRfm, type RfmOrder } from "@/lib/rfm";
import { argument, uniformSql } from "./support";

const AS_OF = new Date("2026-01-01T00:00:00Z");
/** Seed of the SQL hash PRNG: the same arguments always give the same rows. */
const SEED = 20_260_101;
const CHUNK = 100_000;

const uniform = uniformSql(SEED);

async function generate(db: Db, accounts: number, orders: number) {
  await db.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
    VALUES ('bench-owner', 'bench@bench.kam', 'Bench owner', '-', now())`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Account" (id, name, industry, region, country, size, "ownerId", "updatedAt")
    SELECT 'acc' || lpad(i::text, 7, '0'), 'Bench account ' || i, 'Manufacturing', 'East China', 'CN', 'MEDIUM',
      'bench-owner', now()
    FROM generate_series(1, ${accounts}) i`);
  // Account skewed towards low numbers (u²: a Pareto-like spread), dates uniform over three years before asOf,
  // amounts 50–5,050 skewed low, margins 10–35 % of the amount.
  for (let start = 1; start <= orders; start += CHUNK) {
    const end = Math.min(orders, start + CHUNK - 1);
    await db.$executeRawUnsafe(`
      INSERT INTO "Order" (id, "accountId", "orderDate", amount, margin, "productCategory", "externalRef")
      SELECT 'ord' || i, 'acc' || lpad((1 + floor(${accounts} * u1 * u1))::int::text, 7, '0'),
        DATE '${AS_OF.toISOString().slice(0, 10)}' - floor(u2 * 1095)::int, amount, round(amount * (0.10 + 0.25 * u4)::numeric, 2),
        'Bench', 'R' || i
      FROM (
        SELECT i, ${uniform(1)} AS u1, ${uniform(2)} AS u2, round((50 + 5000 * ${uniform(3)} ^ 2)::numeric, 2) AS amount,
          ${uniform(4)} AS u4
        FROM generate_series(${start}::bigint, ${end}::bigint) i
      ) g`);
    process.stdout.write(`\r  orders ${end.toLocaleString("en")} / ${orders.toLocaleString("en")}`);
  }
  process.stdout.write("\n");
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Order"`);
  await db.$executeRawUnsafe(`ANALYZE "Account"`);
}

/** Median wall time (ms) of `runs` calls after one warm-up call. */
async function median(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function loadOrders(db: Db): Promise<RfmOrder[]> {
  const rows = await db.$queryRaw<{ accountId: string; date: Date; amount: number }[]>`
    SELECT "accountId", "orderDate" AS date, amount::float8 AS amount FROM "Order"`;
  return rows;
}

async function main() {
  const accounts = argument("accounts", 10_000);
  const orders = argument("orders", 1_000_000);
  const runs = argument("runs", 5);
  const database = await openDatabase("bench", "kam_bench");
  let db: Db | undefined;
  try {
    assertLocalDatabase(database.url);
    await recreateDatabase(database.url);
    await applyMigrations(database.url);
    db = createPrismaClient(database.url);
    console.log(`Generating ${accounts.toLocaleString("en")} accounts × ${orders.toLocaleString("en")} orders …`);
    let started = performance.now();
    await generate(db, accounts, orders);
    console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const client = db;

    const bare = await median(runs, () => client.$queryRaw`
      SELECT "accountId", max("orderDate"), count(*), sum(amount) FROM "Order" GROUP BY "accountId"`);
    const full = await median(runs, () => computeRfmAbcFromDb(client, { asOf: AS_OF, abcValue: "revenue" }));
    const separate = await median(runs, async () => {
      await computeRfmFromDb(client, { asOf: AS_OF });
      await computeAbcFromDb(client, { asOf: AS_OF, value: "revenue" });
    });

    started = performance.now();
    const inMemoryOrders = await loadOrders(client);
    const loadMs = performance.now() - started;
    const aggregates = aggregateOrders(inMemoryOrders, { asOf: AS_OF });
    const scoring = await median(runs, () => scoreRfm(aggregates));
    const aggregateAndScore = await median(runs, () => computeRfm(inMemoryOrders, { asOf: AS_OF }));

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(`\nRFM benchmark: ${aggregates.length.toLocaleString("en")} accounts with orders, ` +
      `${inMemoryOrders.length.toLocaleString("en")} orders, median of ${runs} runs`);
    console.table([
      { measurement: "bare GROUP BY query", time: ms(bare), "× bare": "1.00" },
      { measurement: "RFM + ABC, database path (one query)", time: ms(full), "× bare": (full / bare).toFixed(2) },
      { measurement: "computeRfmFromDb + computeAbcFromDb", time: ms(separate), "× bare": (separate / bare).toFixed(2) },
      { measurement: "in memory: scoreRfm of the aggregates", time: ms(scoring), "× bare": "" },
      { measurement: "in memory: computeRfm (aggregate + score)", time: ms(aggregateAndScore), "× bare": "" },
      { measurement: "(loading the orders into memory)", time: ms(loadMs), "× bare": "" },
    ]);
    const ratioOk = full <= 1.5 * bare;
    const budget = 50 * Math.max(1, aggregates.length / 10_000);
    const scoringOk = scoring < budget;
    console.log(`full ≤ 1.5 × bare: ${ratioOk ? "yes" : "NO"} (${(full / bare).toFixed(2)}); ` +
      `scoring < ${ms(budget)} (50 ms per 10,000 accounts): ${scoringOk ? "yes" : "NO"} (${ms(scoring)})`);
    if (!ratioOk || !scoringOk) process.exitCode = 1;
  } finally {
    await db?.$disconnect();
    await database.stop();
  }
}

await main();
