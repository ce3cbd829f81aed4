// No "server-only" here: the start and worker scripts run these handlers.
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { refreshAccountMetrics } from "@/lib/metrics";
import { cleanupNotifications, evaluateAlerts, sendDigests } from "@/lib/notifications/jobs";
import type { JobConfig, JobHandlers } from "@/lib/jobs/definitions";
import { startJobWorker, type JobSender, type JobWorker } from "@/lib/jobs/worker";

/**
 * What each job does, by calling the feature code. This file sits above the features (the worker scripts and
 * tests import it; the app never does): the rest of lib/jobs is core and imports no feature.
 */
export type HandlerDeps = {
  db: Db;
  /** Sends a follow-up job through the worker's own queue connection. */
  send: JobSender;
};

export function createJobHandlers(deps: HandlerDeps): JobHandlers {
  const { db, send } = deps;
  return {
    /** The nightly full refresh; the alerts are evaluated right after it, on the fresh figures. */
    "metrics.refresh-all": async ([run]) => {
      const result = await refreshAccountMetrics(db, { asOf: run.now });
      await send("alerts.evaluate", { now: run.now.toISOString() });
      return { accounts: result.accounts, ms: Math.round(result.ms.total) };
    },

    /**
     * Refreshes the accounts of a batch in one pass. Jobs fetched together share their start instant; jobs whose
     * payload sets `now` are refreshed at it, a group per instant.
     */
    "metrics.refresh-account": async (runs) => {
      const byInstant = new Map<number, string[]>();
      for (const run of runs) {
        const ids = byInstant.get(run.now.getTime()) ?? [];
        ids.push(run.payload.accountId);
        byInstant.set(run.now.getTime(), ids);
      }
      let accounts = 0;
      for (const [time, ids] of byInstant) {
        accounts += (await refreshAccountMetrics(db, { asOf: new Date(time), accountIds: [...new Set(ids)] })).accounts;
      }
      return { accounts };
    },

    ...registerAutomationHandlers(deps),
  };
}

/** The handlers of the alert and notification jobs, each calling lib/notifications with the job's `now`. */
export function registerAutomationHandlers({ db }: HandlerDeps): Pick<JobHandlers, "alerts.evaluate" | "digests.send" | "notifications.cleanup"> {
  return {
    "alerts.evaluate": ([run]) => evaluateAlerts(db, { now: run.now }),
    "digests.send": ([run]) => sendDigests(db, { now: run.now }),
    "notifications.cleanup": ([run]) => cleanupNotifications(db, { now: run.now }),
  };
}

/**
 * The worker of `npm start` and `npm run worker`: its own Prisma client, every handler, and one full refresh
 * queued at start, which catches up a nightly run missed while no worker was up (several workers starting
 * together queue it once).
 */
export async function runJobWorker(url: string, config: JobConfig, log?: (message: string) => void): Promise<JobWorker> {
  const db = createPrismaClient(url);
  let worker: JobWorker | undefined;
  try {
    worker = await startJobWorker({ url, config, log, handlers: (send) => createJobHandlers({ db, send }) });
    await worker.send("metrics.refresh-all", {});
  } catch (error) {
    await worker?.stop();
    await db.$disconnect();
    throw error;
  }
  const started = worker;
  return {
    ...started,
    stop: async () => {
      await started.stop();
      await db.$disconnect();
    },
  };
}
