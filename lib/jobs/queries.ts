import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import { JOB_NAMES, JOBS, type JobName } from "./definitions";

/** One run of a job as pg-boss recorded it (live table or archive). */
export type JobRunRow = {
  id: string;
  state: "active" | "completed" | "failed" | "retry";
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  /** Wall time of the last attempt; null while it runs or when it is waiting for a retry. */
  durationMs: number | null;
  /** Attempts so far (1 = first try) out of 1 + retries allowed. */
  attempt: number;
  attempts: number;
  /** The account of a per-account refresh (its id, and its name while it exists). */
  singletonKey: string | null;
  accountName: string | null;
  error: string | null;
};

export type JobOverview = {
  name: JobName;
  /** The schedule as the workers wrote it; null when no worker schedules this job. */
  cron: string | null;
  timeZone: string | null;
  runNow: boolean;
  waiting: number;
  running: number;
  retrying: number;
  lastRuns: JobRunRow[];
  failures: JobRunRow[];
};

export type JobsPage =
  | { installed: false }
  | {
      installed: true;
      jobs: JobOverview[];
      /** The workers' time zone (KAM_TIME_ZONE), as their schedules carry it; UTC before any worker ran. */
      timeZone: string;
      clockTickedAt: Date | null;
      now: Date;
    };

/** Runs and failures listed per job. */
const LISTED = 10;

type RawRun = Omit<JobRunRow, "state" | "durationMs" | "attempt" | "attempts"> & {
  name: string;
  state: string;
  retryCount: number;
  retryLimit: number;
  recent: number;
  failure: number;
};

/**
 * The /admin/jobs page from pg-boss' own tables (schema `pgboss`): schedules, queue sizes, the last runs of each job
 * and its failures, from the live table and the archive (finished jobs move there after a day, kept 14 days).
 * `clockTickedAt` is when a worker's cron clock last ran: older than a couple of minutes means no worker is up.
 */
export async function loadJobsPage(db: ReadDb): Promise<JobsPage> {
  const [{ installed }] = await db.$queryRaw<{ installed: boolean }[]>`SELECT to_regclass('pgboss.version') IS NOT NULL AS installed`;
  if (!installed) return { installed: false };
  const names = [...JOB_NAMES];
  const [schedules, sizes, runs, clock] = await Promise.all([
    db.$queryRaw<{ name: string; cron: string; timezone: string | null }[]>`
      SELECT name, cron, timezone FROM pgboss.schedule WHERE name = ANY(${names}::text[])`,
    db.$queryRaw<{ name: string; state: string; count: number }[]>`
      SELECT name, state::text AS state, count(*)::int AS count FROM pgboss.job
      WHERE name = ANY(${names}::text[]) AND state IN ('created', 'retry', 'active') GROUP BY 1, 2`,
    // The newest runs per job and, separately numbered, the newest failures and retries.
    db.$queryRaw<RawRun[]>`
      WITH runs AS (
        SELECT id::text, name, state::text AS state, retry_count, retry_limit, singleton_key, created_on, started_on,
          completed_on, output
        FROM pgboss.job WHERE name = ANY(${names}::text[]) AND state IN ('active', 'completed', 'failed', 'retry')
          AND started_on IS NOT NULL
        UNION ALL
        SELECT id::text, name, state::text, retry_count, retry_limit, singleton_key, created_on, started_on, completed_on,
          output
        FROM pgboss.archive WHERE name = ANY(${names}::text[]) AND state IN ('completed', 'failed')
      ), numbered AS (
        SELECT *,
          row_number() OVER (PARTITION BY name ORDER BY COALESCE(completed_on, started_on) DESC, id) AS recent,
          row_number() OVER (PARTITION BY name, state IN ('failed', 'retry') ORDER BY COALESCE(completed_on, started_on) DESC, id) AS failure
        FROM runs
      )
      SELECT id, name, state, retry_count AS "retryCount", retry_limit AS "retryLimit", singleton_key AS "singletonKey",
        created_on AS "createdOn", started_on AS "startedOn", completed_on AS "completedOn",
        COALESCE(output->>'message', output->'value'->>'message') AS error,
        recent::int AS recent, (CASE WHEN state IN ('failed', 'retry') THEN failure ELSE NULL END)::int AS failure
      FROM numbered
      WHERE recent <= ${LISTED} OR (state IN ('failed', 'retry') AND failure <= ${LISTED})
      ORDER BY COALESCE(completed_on, started_on) DESC, id`,
    db.$queryRaw<{ cronOn: Date | null; now: Date }[]>`SELECT cron_on AS "cronOn", now() AS now FROM pgboss.version`,
  ]);

  const accountIds = [...new Set(runs.filter((run) => run.name === "metrics.refresh-account" && run.singletonKey).map((run) => run.singletonKey!))];
  const accounts = accountIds.length
    ? await db.account.findMany({ where: { id: { in: accountIds } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(accounts.map((account) => [account.id, account.name]));
  const scheduleOf = new Map(schedules.map((s) => [s.name, s]));
  const sizeOf = (name: string, state: string) => sizes.find((s) => s.name === name && s.state === state)?.count ?? 0;
  const toRow = (run: RawRun): JobRunRow => ({
    id: run.id,
    state: run.state as JobRunRow["state"],
    createdOn: run.createdOn,
    startedOn: run.startedOn,
    completedOn: run.completedOn,
    durationMs: run.completedOn && run.startedOn ? run.completedOn.getTime() - run.startedOn.getTime() : null,
    // pg-boss counts retries when a retried job is taken again: a job waiting for its retry has made retryCount + 1 attempts.
    attempt: run.retryCount + 1,
    attempts: run.retryLimit + 1,
    singletonKey: run.singletonKey,
    accountName: run.singletonKey ? (nameOf.get(run.singletonKey) ?? null) : null,
    // An error is only shown where the job failed; a completed job's output is its result.
    error: run.state === "failed" || run.state === "retry" ? run.error : null,
  });

  const jobs = JOB_NAMES.map((name): JobOverview => {
    const own = runs.filter((run) => run.name === name);
    const schedule = scheduleOf.get(name);
    return {
      name,
      cron: schedule?.cron ?? null,
      timeZone: schedule?.timezone ?? null,
      runNow: JOBS[name].runNow,
      waiting: sizeOf(name, "created"),
      running: sizeOf(name, "active"),
      retrying: sizeOf(name, "retry"),
      lastRuns: own.filter((run) => run.recent <= LISTED).map(toRow),
      failures: own.filter((run) => run.failure !== null && run.failure <= LISTED).map(toRow),
    };
  });
  const timeZone = schedules.find((s) => s.timezone)?.timezone ?? "UTC";
  return { installed: true, jobs, timeZone, clockTickedAt: clock[0]?.cronOn ?? null, now: clock[0]?.now ?? new Date() };
}
