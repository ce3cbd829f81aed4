import { z } from "zod";

/**
 * The background jobs: their names, payloads, queue policies and schedules. Everything here is data; the queue
 * (lib/jobs/queue.ts), the worker (lib/jobs/worker.ts) and the admin page read it.
 */
export const JOB_NAMES = [
  "metrics.refresh-all",
  "metrics.refresh-account",
  "alerts.evaluate",
  "digests.send",
  "notifications.cleanup",
  "webhooks.deliver",
  "clv.fit",
  "identification.rank",
] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** `now` overrides the job's clock (tests, replays); without it a job takes its time from the queue (see `clock`). */
const ZNow = z.iso.datetime({ offset: true }).optional();

export const JOB_PAYLOADS = {
  "metrics.refresh-all": z.object({ now: ZNow }),
  "metrics.refresh-account": z.object({ accountId: z.string().min(1), now: ZNow }),
  "alerts.evaluate": z.object({ now: ZNow }),
  "digests.send": z.object({ now: ZNow }),
  "notifications.cleanup": z.object({ now: ZNow }),
  "webhooks.deliver": z.object({ now: ZNow }),
  "clv.fit": z.object({ now: ZNow }),
  "identification.rank": z.object({ now: ZNow }),
} satisfies Record<JobName, z.ZodType>;

export type JobPayload<N extends JobName> = z.infer<(typeof JOB_PAYLOADS)[N]>;

/** What the worker hands a handler: the validated payload and the job's `now`. */
export type JobRun<N extends JobName> = { id: string; name: N; payload: JobPayload<N>; now: Date };
export type JobHandler<N extends JobName> = (runs: JobRun<N>[]) => Promise<unknown>;
export type JobHandlers = { [N in JobName]?: JobHandler<N> };

/** Settings read from the environment (see `jobConfig`). */
export type JobConfig = { worker: boolean; nightlyHour: number; timeZone: string };

export type JobDefinition = {
  /**
   * The queue's policy. "stately": at most one job waiting and one running per singleton key, so a burst of
   * requests collapses into one run, and a request arriving during a run queues exactly one more.
   */
  policy: "stately";
  /** Retries after a failure, `retryDelay` seconds apart, doubling with jitter (pg-boss' exponential backoff). */
  retryLimit: number;
  retryDelay: number;
  /** A run still active after this long is failed (and retried). */
  expireInSeconds: number;
  /** Jobs fetched at once; their handler gets them together. */
  batchSize: number;
  pollingIntervalSeconds: number;
  /**
   * Which instant is the job's `now` when the payload does not set it. "created": when the job was created —
   * for a cron job its schedule tick. "started": when a worker took it — for jobs that read the current state,
   * because a request absorbed by an already-waiting job must be covered by it.
   */
  clock: "created" | "started";
  /** Cron expression in `config.timeZone`; none: only on demand or on events. */
  cron?: (config: JobConfig) => string;
  /** Admins may start it from /admin/jobs. */
  runNow: boolean;
  /**
   * The job reads the whole portfolio. A worker runs these one at a time: side by side (the full refresh queues the
   * alerts, the lifetime values and the ranking at once) their memory adds up.
   */
  wholePortfolio: boolean;
};

export const JOBS: Record<JobName, JobDefinition> = {
  "metrics.refresh-all": {
    policy: "stately", retryLimit: 3, retryDelay: 60, expireInSeconds: 30 * 60, batchSize: 1, pollingIntervalSeconds: 2,
    clock: "started", cron: (config) => `0 ${config.nightlyHour} * * *`, runNow: true, wholePortfolio: true,
  },
  "metrics.refresh-account": {
    policy: "stately", retryLimit: 5, retryDelay: 5, expireInSeconds: 5 * 60, batchSize: 50, pollingIntervalSeconds: 1,
    clock: "started", runNow: false, wholePortfolio: false,
  },
  "alerts.evaluate": {
    policy: "stately", retryLimit: 3, retryDelay: 60, expireInSeconds: 30 * 60, batchSize: 1, pollingIntervalSeconds: 2,
    clock: "created", cron: () => "5 * * * *", runNow: true, wholePortfolio: true,
  },
  "digests.send": {
    policy: "stately", retryLimit: 3, retryDelay: 300, expireInSeconds: 30 * 60, batchSize: 1, pollingIntervalSeconds: 2,
    clock: "created", cron: () => "0 7 * * *", runNow: true, wholePortfolio: false,
  },
  "notifications.cleanup": {
    policy: "stately", retryLimit: 2, retryDelay: 300, expireInSeconds: 30 * 60, batchSize: 1, pollingIntervalSeconds: 5,
    clock: "created", cron: (config) => `30 ${config.nightlyHour} * * *`, runNow: true, wholePortfolio: false,
  },
  // Sends the due webhook deliveries: queued after each commit that emitted events, and every minute for the
  // retries that fall due and anything a lost enqueue left behind. The handler retries deliveries itself.
  "webhooks.deliver": {
    policy: "stately", retryLimit: 2, retryDelay: 30, expireInSeconds: 15 * 60, batchSize: 1, pollingIntervalSeconds: 1,
    clock: "started", cron: () => "* * * * *", runNow: true, wholePortfolio: false,
  },
  // Fits the lifetime-value models on the whole order history: sent after each full metrics refresh (nightly and
  // at start), so no cron of its own.
  "clv.fit": {
    policy: "stately", retryLimit: 2, retryDelay: 60, expireInSeconds: 30 * 60, batchSize: 1, pollingIntervalSeconds: 2,
    clock: "started", runNow: true, wholePortfolio: true,
  },
  // Stores the key-account ranking under the active selection model: sent after every metrics refresh (its inputs
  // are revenue, assessments and lifetime values), after each lifetime-value fit, and by the identification page
  // when the stored ranking is of another model. Debounced (see RANKING_DELAY_SECONDS).
  "identification.rank": {
    policy: "stately", retryLimit: 2, retryDelay: 30, expireInSeconds: 10 * 60, batchSize: 1, pollingIntervalSeconds: 2,
    clock: "started", runNow: true, wholePortfolio: true,
  },
};

/** Seconds a per-account refresh waits before it starts, so the several writes of one user gesture make one run. */
export const ACCOUNT_REFRESH_DELAY_SECONDS = 1;

/**
 * Seconds a ranking waits before it starts: ranking ranks the whole portfolio, so the changes of a busy moment
 * (each account refresh asks for one) make one run; while one waits, further requests are covered by it.
 */
export const RANKING_DELAY_SECONDS = 10;

/** The singleton key of a job: per account for the per-account refresh, one per queue otherwise. */
export function singletonKeyOf<N extends JobName>(name: N, payload: JobPayload<N>): string | undefined {
  return name === "metrics.refresh-account" ? (payload as JobPayload<"metrics.refresh-account">).accountId : undefined;
}

/** Reads KAM_WORKER, KAM_NIGHTLY_HOUR and KAM_TIME_ZONE; a wrong value stops the start with a clear message. */
export function jobConfig(env: NodeJS.ProcessEnv = process.env): JobConfig {
  const worker = env.KAM_WORKER === undefined || env.KAM_WORKER === "" ? true : env.KAM_WORKER !== "0";
  const hourText = env.KAM_NIGHTLY_HOUR?.trim() || "2";
  const nightlyHour = Number(hourText);
  if (!/^\d{1,2}$/.test(hourText) || nightlyHour > 23) {
    throw new Error(`KAM_NIGHTLY_HOUR must be a whole hour from 0 to 23, got "${env.KAM_NIGHTLY_HOUR}".`);
  }
  const timeZone = env.KAM_TIME_ZONE?.trim() || "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new Error(`KAM_TIME_ZONE must be an IANA time zone such as "UTC" or "Asia/Shanghai", got "${env.KAM_TIME_ZONE}".`);
  }
  return { worker, nightlyHour, timeZone };
}
