/**
 * Background jobs benchmark: `npm run bench:jobs -- [--accounts N] [--orders M] [--runs K] [--fresh]`.
 * Seeds (or reuses, when it already holds at least that much) a portfolio of N accounts × M orders (default
 * 20,000 × 1,500,000) with activities and complaints in the `kam_bench_jobs` database of the embedded bench
 * cluster, starts a job worker in this process and measures:
 *   - the full metrics refresh (`metrics.refresh-all`'s work), median of K runs, and one run through the queue;
 *   - one per-account refresh, for the account with the most orders and for a typical one, median of 10 × K runs,
 *     and the time from a change's enqueue to its refreshed metrics through the queue (debounce and polling included);
 *   - one alert evaluation (the one the full refresh queues), when the worker has an `alerts.evaluate` handler;
 *   - the worker process' peak memory (maximum resident set size).
 * Targets: full refresh < 10 s, per-account refresh < 50 ms. The development machines are shared: besides wall
 * time the refreshes' CPU time (this process plus the Postgres cluster, when it runs on this machine) is printed,
 * which other people's load does not inflate.
 */
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { jobConfig } from "@/lib/jobs/definitions";
import { createJobHandlers } from "@/lib/automation/handlers";
import { createBoss, installJobQueue, sendJob, startBoss } from "@/lib/jobs/queue";
import { startJobWorker, type JobWorker } from "@/lib/jobs/worker";
import { refreshAccountMetrics } from "@/lib/metrics";
import { applyMigrations } from "@/lib/platform/migrations";
import { assertLocalDatabase, openDatabase } from "@/lib/platform/postgres";
import { argument, uniformSql } from "./support";

const AS_OF = new Date("2026-01-01T00:00:00Z");
/** Seed of the SQL hash PRNG: the same arguments always give the same rows. */
const SEED = 20_260_301;
const CHUNK = 100_000;

/** Uniform [0, 1) number k of row i from Postgres' seeded 64-bit hash (see prisma/bench/rfm.ts). */
const uniform = uniformSql(SEED);
const day = AS_OF.toISOString().slice(0, 10);

async function generate(db: Db, accounts: number, orders: number) {
  await db.$executeRawUnsafe(`TRUNCATE "User", "Account", "AccountMetrics", "Order", "Activity", "Complaint" CASCADE`);
  await db.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
    VALUES ('bench-owner', 'bench@bench.kam', 'Bench owner', '-', now())`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Account" (id, name, industry, region, country, size, "ownerId", "updatedAt")
    SELECT 'acc' || lpad(i::text, 7, '0'), 'Bench account ' || i, 'Manufacturing', 'East China', 'CN', 'MEDIUM',
      'bench-owner', now()
    FROM generate_series(1, ${accounts}) i`);
  // Accounts skewed towards low numbers (u²), dates uniform over three years before asOf, amounts skewed low.
  for (let start = 1; start <= orders; start += CHUNK) {
    const end = Math.min(orders, start + CHUNK - 1);
    await db.$executeRawUnsafe(`
      INSERT INTO "Order" (id, "accountId", "orderDate", amount, margin, "productCategory", "externalRef")
      SELECT 'ord' || i, 'acc' || lpad((1 + floor(${accounts} * u1 * u1))::int::text, 7, '0'),
        DATE '${day}' - floor(u2 * 1095)::int, amount, round(amount * (0.10 + 0.25 * u4)::numeric, 2), 'Bench', 'R' || i
      FROM (
        SELECT i, ${uniform(1)} AS u1, ${uniform(2)} AS u2, round((50 + 5000 * ${uniform(3)} ^ 2)::numeric, 2) AS amount,
          ${uniform(4)} AS u4
        FROM generate_series(${start}::bigint, ${end}::bigint) i
      ) g`);
    process.stdout.write(`\r  orders ${end.toLocaleString("en")} / ${orders.toLocaleString("en")}`);
  }
  process.stdout.write("\n");
  // Three activities per account over the last 200 days (so about a third is older than 90 days: NO_CONTACT).
  await db.$executeRawUnsafe(`
    INSERT INTO "Activity" (id, "accountId", "userId", type, "occurredAt", summary)
    SELECT 'act' || i, 'acc' || lpad((1 + (i % ${accounts}))::text, 7, '0'), 'bench-owner', 'CALL',
      TIMESTAMPTZ '${day}' - make_interval(days => floor(${uniform(5)} * 200)::int), 'Bench call'
    FROM generate_series(1::bigint, ${3 * accounts}::bigint) i`);
  // One complaint per ten accounts, half of them still open.
  await db.$executeRawUnsafe(`
    INSERT INTO "Complaint" (id, "accountId", "openedAt", "closedAt", severity, summary)
    SELECT 'cmp' || i, 'acc' || lpad((1 + floor(${accounts} * ${uniform(6)}))::int::text, 7, '0'),
      TIMESTAMPTZ '${day}' - make_interval(days => 10 + (i % 50)::int),
      CASE WHEN i % 2 = 0 THEN TIMESTAMPTZ '${day}' - interval '2 days' END,
      (ARRAY['LOW', 'MEDIUM', 'HIGH'])[1 + (i % 3)]::"ComplaintSeverity", 'Bench complaint'
    FROM generate_series(1::bigint, ${Math.ceil(accounts / 10)}::bigint) i`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Order"`);
  await db.$executeRawUnsafe(`ANALYZE "Account"`);
  await db.$executeRawUnsafe(`ANALYZE "Activity"`);
  await db.$executeRawUnsafe(`ANALYZE "Complaint"`);
}

const TICK_MS = 10; // Linux clock ticks (USER_HZ = 100)

/** `/proc/<pid>/stat` fields after the command name: state, ppid, … utime (11), stime (12), cutime (13), cstime (14). */
function statFields(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/**
 * CPU milliseconds used so far by the Postgres cluster whose postmaster is `postmaster`: its live children (backends,
 * parallel workers) plus what its finished children used. Null off Linux or for a server on another machine.
 */
function clusterCpuMs(postmaster: number | null): number | null {
  if (postmaster === null) return null;
  const own = statFields(postmaster);
  if (!own) return null;
  let ticks = Number(own[13]) + Number(own[14]);
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    const fields = statFields(pid);
    if (fields && Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * TICK_MS;
}

type Timing = { wallMs: number; cpuMs: number | null };

/** Median wall time and median CPU time (this process + the cluster) of `runs` calls after one warm-up call. */
async function median(runs: number, postmaster: number | null, fn: () => unknown): Promise<Timing> {
  await fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuBefore = process.cpuUsage();
    const clusterBefore = clusterCpuMs(postmaster);
    const started = performance.now();
    await fn();
    walls.push(performance.now() - started);
    const own = process.cpuUsage(cpuBefore);
    const clusterAfter = clusterCpuMs(postmaster);
    if (clusterBefore !== null && clusterAfter !== null) cpus.push((own.user + own.system) / 1000 + clusterAfter - clusterBefore);
  }
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { wallMs: middle(walls), cpuMs: cpus.length === runs ? middle(cpus) : null };
}

/** The postmaster of the database's server, when it runs on this machine (the parent of a backend). */
async function postmasterOf(db: Db): Promise<number | null> {
  const [{ pid }] = await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  const fields = statFields(pid);
  return fields ? Number(fields[1]) : null;
}

async function counts(db: Db) {
  const [row] = await db.$queryRaw<{ accounts: number; orders: number }[]>`
    SELECT (SELECT count(*) FROM "Account")::int AS accounts, (SELECT count(*) FROM "Order")::int AS orders`;
  return row;
}

/** Waits for a job to finish and returns its run time as pg-boss recorded it (started → completed). */
async function jobRunMs(db: Db, name: string, id: string, timeoutMs = 120_000): Promise<{ runMs: number; doneAt: Date }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [job] = await db.$queryRaw<{ state: string; startedOn: Date | null; completedOn: Date | null }[]>`
      SELECT state::text AS state, started_on AS "startedOn", completed_on AS "completedOn" FROM pgboss.job
      WHERE name = ${name} AND id = ${id}::uuid`;
    if (job?.state === "completed") return { runMs: job.completedOn!.getTime() - job.startedOn!.getTime(), doneAt: job.completedOn! };
    if (job?.state === "failed") throw new Error(`Job ${name} ${id} failed`);
    if (Date.now() > deadline) throw new Error(`Job ${name} ${id} did not finish in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs the benchmark; false when a target was missed. */
async function main(): Promise<boolean> {
  const accounts = argument("accounts", 20_000);
  const orders = argument("orders", 1_500_000);
  const runs = argument("runs", 3);
  const fresh = process.argv.includes("--fresh");
  const database = await openDatabase("bench", "kam_bench_jobs");
  let db: Db | undefined;
  let worker: JobWorker | undefined;
  try {
    assertLocalDatabase(database.url);
    await applyMigrations(database.url);
    db = createPrismaClient(database.url);
    const client = db;
    const present = await counts(client);
    if (fresh || present.accounts < accounts || present.orders < orders) {
      console.log(`Generating ${accounts.toLocaleString("en")} accounts × ${orders.toLocaleString("en")} orders …`);
      const started = performance.now();
      await generate(client, accounts, orders);
      console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } else {
      console.log(`Reusing ${present.accounts.toLocaleString("en")} accounts × ${present.orders.toLocaleString("en")} orders (--fresh regenerates).`);
    }
    const portfolio = await counts(client);

    await installJobQueue(database.url);
    const boss = await startBoss(createBoss(database.url, "client"));
    // Nothing left over from an earlier run may compete with the measurements.
    await client.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name LIKE 'metrics.%' OR name LIKE 'alerts.%'`);
    let handlers: ReturnType<typeof createJobHandlers> = {};
    worker = await startJobWorker({
      url: database.url,
      config: jobConfig(),
      log: () => {},
      handlers: (send) => (handlers = createJobHandlers({ db: client, send })),
    });

    // Direct calls: what the handlers do, without the queue around them.
    const postmaster = database.embedded ? await postmasterOf(client) : null;
    const full = await median(runs, postmaster, () => refreshAccountMetrics(client, { asOf: AS_OF }));
    const [largest] = await client.$queryRaw<{ id: string; n: number }[]>`
      SELECT "accountId" AS id, count(*)::int AS n FROM "Order" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`;
    const [typical] = await client.$queryRaw<{ id: string; n: number }[]>`
      SELECT "accountId" AS id, count(*)::int AS n FROM "Order" GROUP BY 1 ORDER BY 2 LIMIT 1 OFFSET ${Math.floor(portfolio.accounts / 2)}`;
    const perLargest = await median(10 * runs, postmaster, () => refreshAccountMetrics(client, { asOf: AS_OF, accountIds: [largest.id] }));
    const perTypical = await median(10 * runs, postmaster, () => refreshAccountMetrics(client, { asOf: AS_OF, accountIds: [typical.id] }));
    const metricsPeakMb = process.resourceUsage().maxRSS / 1024;

    // Through the queue: the worker takes the job, runs the handler, records the outcome.
    const sentAt = Date.now();
    await sendJob(boss, "metrics.refresh-account", { accountId: typical.id });
    const [accountJob] = await client.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM pgboss.job WHERE name = 'metrics.refresh-account' AND singleton_key = ${typical.id}
      ORDER BY created_on DESC LIMIT 1`;
    const queuedAccount = await jobRunMs(client, "metrics.refresh-account", accountJob.id);
    const changeToFresh = queuedAccount.doneAt.getTime() - sentAt;
    await sendJob(boss, "metrics.refresh-all", { now: AS_OF.toISOString() });
    const [fullJob] = await client.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM pgboss.job WHERE name = 'metrics.refresh-all' ORDER BY created_on DESC LIMIT 1`;
    const queuedFull = await jobRunMs(client, "metrics.refresh-all", fullJob.id);
    // The full refresh queues one alert evaluation, which the worker runs next: that run is the alerts measurement.
    const [alertJob] = handlers["alerts.evaluate"]
      ? await client.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM pgboss.job WHERE name = 'alerts.evaluate' ORDER BY created_on DESC LIMIT 1`
      : [];
    const alerts = alertJob ? await jobRunMs(client, "alerts.evaluate", alertJob.id, 15 * 60_000) : null;
    await boss.stop({ graceful: false, close: true });

    const peakMb = process.resourceUsage().maxRSS / 1024;
    const ms = (value: number) => `${value.toLocaleString("en", { maximumFractionDigits: 1 })} ms`;
    const cpu = (timing: Timing) => (timing.cpuMs === null ? "" : ms(timing.cpuMs));
    console.log(`\nJobs benchmark: ${portfolio.accounts.toLocaleString("en")} accounts, ${portfolio.orders.toLocaleString("en")} orders` +
      ` (load average ${loadavg().map((value) => value.toFixed(1)).join(" ")} on ${availableParallelism()} cores)`);
    console.table([
      { measurement: `full refresh, refreshAccountMetrics (median of ${runs})`, wall: ms(full.wallMs), cpu: cpu(full), target: "< 10 s" },
      { measurement: "full refresh as a metrics.refresh-all job (started → completed)", wall: ms(queuedFull.runMs), cpu: "", target: "" },
      { measurement: `per-account refresh, largest account (${largest.n.toLocaleString("en")} orders, median of ${10 * runs})`, wall: ms(perLargest.wallMs), cpu: cpu(perLargest), target: "< 50 ms" },
      { measurement: `per-account refresh, median account (${typical.n} orders, median of ${10 * runs})`, wall: ms(perTypical.wallMs), cpu: cpu(perTypical), target: "< 50 ms" },
      { measurement: "per-account refresh as a metrics.refresh-account job (started → completed)", wall: ms(queuedAccount.runMs), cpu: "", target: "" },
      { measurement: "change → refreshed through the queue (1 s debounce + polling)", wall: ms(changeToFresh), cpu: "", target: "seconds" },
      { measurement: "alert evaluation as an alerts.evaluate job (started → completed)", wall: alerts === null ? "no handler registered" : ms(alerts.runMs), cpu: "", target: "" },
    ]);
    console.log(`worker peak memory (max RSS of this process): ${metricsPeakMb.toFixed(0)} MB with the metrics jobs, ` +
      `${peakMb.toFixed(0)} MB after the alert evaluation`);
    const fullOk = full.wallMs < 10_000;
    const accountOk = perLargest.wallMs < 50 && perTypical.wallMs < 50;
    console.log(`full < 10 s: ${fullOk ? "yes" : "NO"}; per-account < 50 ms: ${accountOk ? "yes" : "NO"}`);
    return fullOk && accountOk;
  } finally {
    await worker?.stop();
    await db?.$disconnect();
    await database.stop();
  }
}

if (!(await main())) process.exit(1);
