/**
 * Shared by the benchmarks that measure the real app over HTTP (pages, load, API): a freshly seeded database, the
 * production server on it, and signing in as a demo user.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { startOfUtcDay } from "@/lib/dates";
import { createPrismaClient } from "@/lib/db/prisma";
import { applyMigrations } from "@/lib/platform/migrations";
import { recreateDatabase } from "@/lib/platform/postgres";
import { DEMO_PASSWORD, seedDemoData } from "@/prisma/seed";

/** The URL of another database of the same cluster. */
export function databaseUrl(url: string, name: string): string {
  const other = new URL(url);
  other.pathname = `/${name}`;
  return other.toString();
}

/**
 * Drops and recreates the database of `url`, migrates it, loads the demo portfolio × `scale` and vacuums it, reporting
 * the times.
 */
export async function seedFreshDatabase(url: string, scale = 1): Promise<{ accounts: number; orders: number }> {
  await recreateDatabase(url);
  await applyMigrations(url);
  const db = createPrismaClient(url);
  try {
    console.log(`Loading the demo data${scale > 1 ? ` × ${scale}` : ""} …`);
    const started = performance.now();
    const size = await seedDemoData(db, { asOf: startOfUtcDay(new Date()), scale });
    console.log(`  ${size.accounts.toLocaleString("en")} accounts, ${size.orders.toLocaleString("en")} orders in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // A settled database, as one in use is: right after the bulk load, autovacuum would vacuum and analyze the new
    // tables (1.65 M orders at 10×) on the same cores while the first pages are timed.
    const vacuumed = performance.now();
    await db.$executeRawUnsafe("VACUUM (ANALYZE)");
    console.log(`  vacuumed and analyzed in ${((performance.now() - vacuumed) / 1000).toFixed(1)} s`);
    return size;
  } finally {
    await db.$disconnect();
  }
}

export type BenchServer = { base: string; stop: () => Promise<void> };

/**
 * Starts the production server on `url` (prisma/scripts/start.ts: builds when the sources changed) without the job
 * worker, so nothing else competes for the CPU, and waits until `readyPath` answers below 500.
 */
export async function startServer(url: string, port: number, { readyPath = "/login", output = "ignore" }: { readyPath?: string; output?: "ignore" | "inherit" } = {}): Promise<BenchServer> {
  const base = `http://localhost:${port}`;
  // A server left over from an interrupted run would answer in the new one's place (and an older build at that).
  if (await answers(`${base}${readyPath}`)) throw new Error(`Port ${port} is in use: another server answers at ${base}. Stop it first.`);
  console.log(`Starting the server on port ${port} (building first when the sources changed) …`);
  const child = spawn("node_modules/.bin/tsx", ["prisma/scripts/start.ts"], {
    stdio: ["ignore", output, "inherit"],
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), KAM_WORKER: "0", NEXTAUTH_URL: `http://localhost:${port}` },
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    // The next run must not find this one still answering on the port (it would be measured instead of its own).
    const deadline = Date.now() + 30_000;
    while (await answers(`${base}${readyPath}`)) {
      if (Date.now() > deadline) throw new Error(`The server on port ${port} still answers after being stopped.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  try {
    await waitForServer(`${base}${readyPath}`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

/** Whether a server answers at `url` (any status). */
const answers = (url: string) => fetch(url, { redirect: "manual" }).then(() => true, () => false);

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 15 * 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it answered.`);
    const status = await fetch(url, { redirect: "manual" }).then((r) => r.status, () => 0);
    if (status > 0 && status < 500) return;
    if (Date.now() > deadline) throw new Error(`The server did not answer at ${url} in time.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The `name=value` pairs of a response's Set-Cookie headers. */
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((line) => line.split(";")[0]);

/** Signs in with e-mail and the demo password the way the sign-in form does (next-auth credentials), returning the cookie. */
export async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed: ${response.status}`);
  return [...jar, session].join("; ");
}
