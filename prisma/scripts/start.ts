/**
 * `npm start` / `npm run dev`: Postgres (embedded unless DATABASE_URL), migrations, demo data on an empty
 * database, the background job worker (in this process; KAM_WORKER=0 leaves it to `npm run worker`), a
 * production build when needed, then Next on PORT (default 3000). Ctrl-C stops Next, the worker and Postgres.
 *
 * Flags: --dev (hot reload), --e2e (a fresh seeded database on the test cluster, for Playwright).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { startOfUtcDay } from "@/lib/dates";
import { applyMigrations } from "@/lib/platform/migrations";
import { E2E_DATABASE } from "@/lib/platform/clusters";
import { assertLocalDatabase, openDatabase, recreateDatabase } from "@/lib/platform/postgres";
import { createPrismaClient } from "@/lib/db/prisma";
import { jobConfig } from "@/lib/jobs/definitions";
import { runJobWorker } from "@/lib/automation/handlers";
import { installJobQueue } from "@/lib/jobs/queue";
import type { JobWorker } from "@/lib/jobs/worker";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoData } from "@/prisma/seed";
import { authSecret } from "./auth-secret";
import { needsBuild } from "./build-state";

const dev = process.argv.includes("--dev");
const e2e = process.argv.includes("--e2e");
const port = Number(process.env.PORT ?? (e2e ? 3100 : 3000));

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env });
}

function waitFor(child: ChildProcess) {
  return new Promise<number>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main() {
  const config = jobConfig();
  const db = e2e ? await openE2eDatabase() : await openDatabase("app");
  let child: ChildProcess | undefined;
  let worker: JobWorker | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await waitFor(child);
    }
    await worker?.stop().catch((error) => console.error(error));
    await db.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const applied = await applyMigrations(db.url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    await seedIfEmpty(db.url);
    // The worker also queues a full metrics refresh at start (the 12-month window moves with the date).
    if (config.worker) worker = await runJobWorker(db.url, config);
    else await installJobQueue(db.url);

    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: authSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      PORT: String(port),
    };
    const next = "node_modules/.bin/next";
    if (!dev && needsBuild()) {
      console.log("Building the app (first start or sources changed) …");
      const code = await waitFor(run(next, ["build"], env));
      if (code !== 0) return stop(code);
    }
    child = run(next, [dev ? "dev" : "start", "-p", String(port)], env);
    printWelcome();
    await stop(await waitFor(child));
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

async function openE2eDatabase() {
  const db = await openDatabase("test", E2E_DATABASE);
  assertLocalDatabase(db.url);
  await recreateDatabase(db.url);
  return db;
}

/** Seeds an empty database. */
async function seedIfEmpty(url: string) {
  const client = createPrismaClient(url);
  try {
    if ((await client.user.count()) > 0) return;
    console.log("Empty database: loading the demo data …");
    const started = Date.now();
    await seedDemoData(client, { asOf: startOfUtcDay(new Date()) });
    console.log(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await client.$disconnect();
  }
}

function printWelcome() {
  console.log(`
KAM is running at http://localhost:${port}
Demo logins (password "${DEMO_PASSWORD}"):
${DEMO_LOGINS.map((l) => `  ${l.email.padEnd(22)} ${l.role}`).join("\n")}
Press Ctrl-C to stop.
`);
}

void main();
