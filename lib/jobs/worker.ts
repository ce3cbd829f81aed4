// No "server-only" here: the start and worker scripts run the worker.
import { setFlagsFromString } from "node:v8";
import type PgBoss from "pg-boss";
import {
  JOB_NAMES,
  JOB_PAYLOADS,
  JOBS,
  type JobConfig,
  type JobHandlers,
  type JobName,
  type JobPayload,
  type JobRun,
} from "./definitions";
import { createBoss, ensureQueues, sendJob, startBoss, type SendOutcome } from "./queue";

export type JobWorker = { boss: PgBoss; send: JobSender; stop: () => Promise<void> };

/** Sends a job through the worker's own connection (follow-up jobs, the catch-up refresh at start). */
export type JobSender = <N extends JobName>(name: N, payload: JobPayload<N>) => Promise<SendOutcome>;

export type WorkerOptions = {
  url: string;
  config: JobConfig;
  handlers: (send: JobSender) => JobHandlers;
  log?: (message: string) => void;
};

/**
 * How far V8 may grow the heap past what survived the last full collection, in percent. By default it grows it up
 * to fourfold while much is allocated fast, as a whole-portfolio job does, and the process keeps what it took: the
 * worker held 690 MB after two full refreshes whose live data is 80 MB. Half keeps the heap near what the jobs
 * need, without a hard cap that a larger portfolio could run into. (A fifth gave a similar peak and slower jobs.)
 */
export const WORKER_HEAP_GROWING_PERCENT = 50;

/** The pg-boss job (with metadata) as the worker receives it. */
type BossJob = PgBoss.JobWithMetadata<unknown>;

/** The job's `now`: the payload's, else the instant its definition names (see `JobDefinition.clock`). */
function runOf<N extends JobName>(name: N, job: BossJob): JobRun<N> {
  const payload = JOB_PAYLOADS[name].parse(job.data ?? {}) as JobRun<N>["payload"];
  const now = payload.now ? new Date(payload.now) : JOBS[name].clock === "created" ? job.createdOn : job.startedOn;
  return { id: job.id, name, payload, now: new Date(now) };
}

/** A queue of tasks run one after another, whatever the outcome of the one before. */
function oneAtATime() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = last.then(task, task);
    last = next.catch(() => undefined);
    return next;
  };
}

/**
 * Starts a worker on the database of `url`: installs or migrates the queue, (re)writes the schedules of the jobs
 * it has handlers for, and works their queues. Several workers may run against one database: each job goes to
 * one of them, and the cron clock ticks in one of them at a time. Jobs without a handler are unscheduled, so
 * nothing piles up for a queue nobody works.
 */
export async function startJobWorker({ url, config, handlers: createHandlers, log = console.log }: WorkerOptions): Promise<JobWorker> {
  // For the whole process, which is the worker's own (npm run worker) or the launcher's beside Next (npm start).
  setFlagsFromString(`--heap-growing-percent=${WORKER_HEAP_GROWING_PERCENT}`);
  const boss = createBoss(url, "worker");
  await startBoss(boss);
  const send: JobSender = (name, payload) => sendJob(boss, name, payload);
  const handlers = createHandlers(send);
  const wholePortfolio = oneAtATime();
  try {
    await ensureQueues(boss);
    for (const name of JOB_NAMES) {
      const definition = JOBS[name];
      const handler = handlers[name] as ((runs: JobRun<JobName>[]) => Promise<unknown>) | undefined;
      if (definition.cron && handler) await boss.schedule(name, definition.cron(config), {}, { tz: config.timeZone });
      else await boss.unschedule(name);
      if (!handler) continue;
      const options = { includeMetadata: true as const, batchSize: definition.batchSize, pollingIntervalSeconds: definition.pollingIntervalSeconds };
      await boss.work<unknown>(name, options, async (jobs) => {
        // Timed from its own start: a whole-portfolio job may first wait for the one before it.
        const run = async () => {
          const started = performance.now();
          const result = await handler(jobs.map((job) => runOf(name, job)));
          if (definition.batchSize === 1) log(`Job ${name} done in ${Math.round(performance.now() - started)} ms`);
          return result;
        };
        try {
          return await (definition.wholePortfolio ? wholePortfolio(run) : run());
        } catch (error) {
          // pg-boss records the error on the job and retries it; the log says so at once.
          console.error(`Job ${name} failed (${jobs.map((job) => job.id).join(", ")})`, error);
          throw error;
        }
      });
    }
  } catch (error) {
    await boss.stop({ graceful: false, close: true });
    throw error;
  }
  const scheduled = JOB_NAMES.filter((name) => JOBS[name].cron && handlers[name]);
  log(`Job worker started: ${scheduled.map((name) => `${name} at "${JOBS[name].cron!(config)}"`).join(", ")} (${config.timeZone})`);
  return {
    boss,
    send,
    // Waits up to 30 s for running jobs; what is still running then is failed and retried by another worker.
    stop: () => boss.stop({ graceful: true, timeout: 30_000, close: true }),
  };
}
