/**
 * REST API benchmark: `npm run bench:api -- [--orders N] [--batch M] [--port P]`.
 * Loads the demo data into a fresh `kam_bench_api` database of the embedded bench cluster (or of DATABASE_URL),
 * starts the real server on it (prisma/scripts/start.ts: production build when sources changed, then `next
 * start`; without the job worker, so nothing else competes for the CPU), creates an API key for the demo admin and
 * upserts N new orders (default 100,000) across the demo accounts through HTTP, `POST /api/v1/orders/bulk` in
 * batches of M (default 10,000), then refreshes the metrics. It ends with the line
 * `api: <N> orders in <seconds> s` (uploads plus refresh; target under 30 s on a 2-core machine).
 *
 * The build writes .next, which the end-to-end tests share: run it under their lock,
 * `flock /tmp/kam-e2e.lock npm run bench:api`.
 */
import { availableParallelism, loadavg } from "node:os";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import { startOfUtcDay } from "@/lib/dates";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { refreshAccountMetrics } from "@/lib/metrics";
import { assertLocalDatabase, openDatabase } from "@/lib/platform/postgres";
import { seedFreshDatabase, startServer, type BenchServer } from "./server";
import { argument } from "./support";

const TARGET_SECONDS = 30;

/** A deterministic pseudo-random number generator (mulberry32), so every run sends the same orders. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function orderRows(accountIds: string[], count: number, asOf: Date) {
  const next = random(20_260_413);
  const day = 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    const amount = Math.round((100 + 20_000 * next() ** 2) * 100) / 100;
    return {
      accountId: accountIds[Math.floor(next() * next() * accountIds.length)],
      externalRef: `API-BENCH-${i + 1}`,
      orderDate: new Date(asOf.getTime() - Math.floor(next() * 730) * day).toISOString().slice(0, 10),
      amount: amount.toFixed(2),
      margin: (amount * (0.1 + 0.25 * next())).toFixed(2),
      productCategory: ["Pumps", "Valves", "Sensors", "Services"][Math.floor(next() * 4)],
    };
  });
}

async function main(): Promise<boolean> {
  const total = argument("orders", 100_000);
  const batch = argument("batch", 10_000);
  const port = argument("port", 3213);
  const database = await openDatabase("bench", "kam_bench_api");
  let db: Db | undefined;
  let server: BenchServer | undefined;
  try {
    assertLocalDatabase(database.url);
    await seedFreshDatabase(database.url);
    db = createPrismaClient(database.url);
    const asOf = startOfUtcDay(new Date());
    const accounts = await db.account.findMany({ where: { archived: false }, select: { id: true }, orderBy: { id: "asc" } });
    const [{ orders: before }] = await db.$queryRaw<{ orders: number }[]>`SELECT count(*)::int AS orders FROM "Order"`;
    console.log(`  ${accounts.length.toLocaleString("en")} accounts, ${before.toLocaleString("en")} orders`);

    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN", active: true }, orderBy: { email: "asc" } });
    const secret = generateApiKey();
    await db.apiKey.create({
      data: { name: "API benchmark", prefix: secret.prefix, secretHash: secret.secretHash, scopes: [...API_SCOPES], userId: admin.id, createdById: admin.id },
    });

    server = await startServer(database.url, port, { readyPath: "/api/v1/openapi.json", output: "inherit" });
    const { base } = server;

    const rows = orderRows(accounts.map((a) => a.id), total, asOf);
    const bodies = Array.from({ length: Math.ceil(total / batch) }, (_, i) => JSON.stringify({ rows: rows.slice(i * batch, (i + 1) * batch) }));
    const headers = { Authorization: `Bearer ${secret.token}`, "Content-Type": "application/json" };
    // One small request first, so the route is compiled and the connections are open before the clock starts.
    const warm = await fetch(`${base}/api/v1/orders?limit=1`, { headers });
    if (!warm.ok) throw new Error(`Warm-up request failed: ${warm.status} ${await warm.text()}`);

    console.log(`Upserting ${total.toLocaleString("en")} orders in ${bodies.length} requests of ${batch.toLocaleString("en")} …`);
    const started = performance.now();
    let created = 0;
    for (const [i, body] of bodies.entries()) {
      const t0 = performance.now();
      const response = await fetch(`${base}/api/v1/orders/bulk`, { method: "POST", headers, body });
      const answer = (await response.json()) as { created?: number; updated?: number; detail?: string };
      if (!response.ok) throw new Error(`Batch ${i + 1} failed: ${response.status} ${JSON.stringify(answer).slice(0, 500)}`);
      created += answer.created ?? 0;
      console.log(`  batch ${i + 1}: ${answer.created} created, ${answer.updated} updated in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
    }
    const uploadSeconds = (performance.now() - started) / 1000;
    const refreshStarted = performance.now();
    const refreshed = await refreshAccountMetrics(db, { asOf });
    const refreshSeconds = (performance.now() - refreshStarted) / 1000;
    const seconds = (performance.now() - started) / 1000;

    const [{ orders: after }] = await db.$queryRaw<{ orders: number }[]>`SELECT count(*)::int AS orders FROM "Order"`;
    if (created !== total || after - before !== total) throw new Error(`Expected ${total} new orders, the API created ${created} and the table grew by ${after - before}.`);
    console.log(
      `\nUploads ${uploadSeconds.toFixed(1)} s (${Math.round(total / uploadSeconds).toLocaleString("en")} orders/s), metrics refresh of ` +
        `${refreshed.accounts.toLocaleString("en")} accounts ${refreshSeconds.toFixed(1)} s; load average ${loadavg().map((v) => v.toFixed(1)).join(" ")} on ${availableParallelism()} cores.`,
    );
    console.log(`api: ${total} orders in ${seconds.toFixed(1)} s`);
    return seconds < TARGET_SECONDS;
  } finally {
    await server?.stop();
    await db?.$disconnect();
    await database.stop();
  }
}

main().then(
  (met) => process.exit(met ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
