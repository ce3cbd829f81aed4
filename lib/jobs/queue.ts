// No "server-only" here: the start and worker scripts and the benchmark use the queue too.
import PgBoss from "pg-boss";
import {
  ACCOUNT_REFRESH_DELAY_SECONDS,
  RANKING_DELAY_SECONDS,
  JOB_NAMES,
  JOB_PAYLOADS,
  JOBS,
  singletonKeyOf,
  type JobName,
  type JobPayload,
} from "./definitions";

/**
 * The job queue is pg-boss on the app's own Postgres, in its schema `pgboss`: jobs survive restarts, failed jobs
 * are retried with backoff, and SKIP LOCKED hands each job to exactly one worker however many instances run.
 */

/** Finished jobs move to `pgboss.archive` after a day and are deleted after 14, so /admin/jobs shows two weeks. */
const RETENTION = { archiveCompletedAfterSeconds: 24 * 3600, deleteAfterDays: 14 } as const;

const ROLES = {
  /** Works the queues, runs maintenance (archiving, expiry) and the cron clock; creates or migrates the schema. */
  worker: { application_name: "kam-worker", max: 4, migrate: true, supervise: true, schedule: true },
  /** Only sends (the app instances); never touches the schema. */
  client: { application_name: "kam-app", max: 2, migrate: false, supervise: false, schedule: false },
  /** Creates or migrates the schema and the queues, then stops (the start script when no worker runs in it). */
  installer: { application_name: "kam-install", max: 1, migrate: true, supervise: false, schedule: false },
} as const;

/**
 * A pg-boss instance in one of the roles above. What it reports outside a job (a lost connection, a failed poll) is
 * logged in one line — pg-boss carries on by itself, and without a listener such an error would end the process.
 */
export function createBoss(url: string, role: keyof typeof ROLES): PgBoss {
  const boss = new PgBoss({ connectionString: url, ...ROLES[role], ...RETENTION });
  boss.on("error", (error: Error & { queue?: string }) =>
    console.error(`Job queue (${role}${error.queue ? `, ${error.queue}` : ""}): ${error.message}`),
  );
  return boss;
}

/** Starts a pg-boss instance; when that fails, its connection pool is closed too (pg-boss' stop() would not). */
export async function startBoss(boss: PgBoss): Promise<PgBoss> {
  try {
    return await boss.start();
  } catch (error) {
    const db = boss.getDb() as PgBoss.Db & { opened?: boolean; close?: () => Promise<void> };
    if (db.opened) await db.close?.().catch(() => {});
    throw error;
  }
}

/** Creates one queue per job, or updates it, with the policy and retry settings of its definition (idempotent). */
export async function ensureQueues(boss: PgBoss) {
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  for (const name of JOB_NAMES) {
    const { policy, retryLimit, retryDelay, expireInSeconds } = JOBS[name];
    const options = { name, policy, retryLimit, retryDelay, retryBackoff: true, expireInSeconds };
    if (existing.has(name)) await boss.updateQueue(name, options);
    else await boss.createQueue(name, options);
  }
}

/** Installs (or migrates) the queue's schema and queues in the database of `url`, then disconnects. */
export async function installJobQueue(url: string) {
  const installer = await startBoss(createBoss(url, "installer"));
  try {
    await ensureQueues(installer);
  } finally {
    await installer.stop({ graceful: false, close: true });
  }
}

/** "queued": a new job; "pending": an identical job is already waiting and will cover this request. */
export type SendOutcome = "queued" | "pending";

/** Validates the payload and sends the job with its queue's singleton key (and the per-account debounce). */
export async function sendJob<N extends JobName>(boss: PgBoss, name: N, payload: JobPayload<N>): Promise<SendOutcome> {
  const data = JOB_PAYLOADS[name].parse(payload) as object;
  const singletonKey = singletonKeyOf(name, payload);
  const options: PgBoss.SendOptions = {};
  if (singletonKey !== undefined) options.singletonKey = singletonKey;
  if (name === "metrics.refresh-account") options.startAfter = ACCOUNT_REFRESH_DELAY_SECONDS;
  if (name === "identification.rank") options.startAfter = RANKING_DELAY_SECONDS;
  return (await boss.send(name, data, options)) ? "queued" : "pending";
}

// ─────────────── the app's sending client (one per process, like the Prisma client) ───────────────

type ClientState = { url: string; ready: Promise<PgBoss | null>; missingSince?: number };
const globalForJobs = globalThis as unknown as { kamJobClient?: ClientState };

/** While the queue is not installed, the client looks again after this long (the worker may be starting). */
const RECHECK_MS = 30_000;

async function openClient(url: string): Promise<PgBoss | null> {
  const boss = createBoss(url, "client");
  try {
    return await startBoss(boss);
  } catch (error) {
    if (error instanceof Error && /not installed|requires migrations/.test(error.message)) return null;
    throw error;
  }
}

/** The process' client on DATABASE_URL, or null while this database has no job queue (logged at each check). */
async function jobClient(): Promise<PgBoss | null> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  const current = globalForJobs.kamJobClient;
  const recheck = current?.missingSince !== undefined && Date.now() - current.missingSince > RECHECK_MS;
  if (current && current.url === url && !recheck) return current.ready;

  const state: ClientState = { url, ready: openClient(url) };
  globalForJobs.kamJobClient = state;
  state.ready.then(
    (boss) => {
      if (boss) return;
      state.missingSince = Date.now();
      console.warn("The job queue is not installed in this database (start the app with `npm start` or run `npm run worker`): background jobs are not sent.");
    },
    // A connection failure is not remembered: the next call tries again.
    () => {
      if (globalForJobs.kamJobClient === state) globalForJobs.kamJobClient = undefined;
    },
  );
  return state.ready;
}

/** Sends a job from the app; "unavailable" when this database has no job queue. */
export async function enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<SendOutcome | "unavailable"> {
  const boss = await jobClient();
  return boss ? sendJob(boss, name, payload) : "unavailable";
}

/**
 * Asks for a refresh of one account's cached metrics after a committed change to it. Never throws: the change is
 * saved, and a metrics refresh that could not be queued is made good by the nightly run.
 */
export async function enqueueAccountRefresh(accountId: string): Promise<void> {
  try {
    await enqueue("metrics.refresh-account", { accountId });
  } catch (error) {
    console.error(`Could not queue the metrics refresh of account ${accountId}`, error);
  }
}

/**
 * Asks for a full metrics refresh (after a bulk change such as an orders import). False when it could not be queued
 * (no job queue in this database, or it failed, which is logged): the caller then refreshes itself.
 */
export async function enqueueFullRefresh(): Promise<boolean> {
  try {
    return (await enqueue("metrics.refresh-all", {})) !== "unavailable";
  } catch (error) {
    console.error("Could not queue a full metrics refresh", error);
    return false;
  }
}

/** Closes the app's client (tests and scripts that end their process cleanly). */
export async function stopJobClient() {
  const state = globalForJobs.kamJobClient;
  globalForJobs.kamJobClient = undefined;
  const boss = await state?.ready.catch(() => null);
  await boss?.stop({ graceful: false, close: true });
}
