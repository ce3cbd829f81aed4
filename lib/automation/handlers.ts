// No "server-only" here: the start and worker scripts run these handlers.
import { pruneSummaryChanges } from "@/lib/db/portfolio-summary";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { refreshAccountMetrics } from "@/lib/metrics";
import { refreshHealth } from "@/lib/account-health";
import { refreshLifetimeValues } from "@/lib/lifetime-value/refresh";
import { storeRanking } from "@/lib/key-accounts/ranking";
import { cleanupNotifications, evaluateAlerts, sendDigests } from "@/lib/notifications/jobs";
import type { JobConfig, JobHandlers } from "@/lib/jobs/definitions";
import { startJobWorker, type JobSender, type JobWorker } from "@/lib/jobs/worker";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { listenForWebhookEvents, type WebhookListener } from "@/lib/webhooks/listen";

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
    /**
     * The nightly full refresh of the metrics and then of account health; the alerts are evaluated right after
     * it, on the fresh figures, and CLV refitted.
     */
    "metrics.refresh-all": async ([run]) => {
      const result = await refreshAccountMetrics(db, { asOf: run.now });
      // Health reads the fresh churn risk, and its day's snapshot must exist before the alerts look for drops.
      const health = await refreshHealth(db, { now: run.now });
      // The refresh changed what the stored summaries read: they and the change notes they kept alive go.
      const summaryChanges = await pruneSummaryChanges(db, run.now);
      await send("alerts.evaluate", { now: run.now.toISOString() });
      await send("clv.fit", { now: run.now.toISOString() });
      await send("identification.rank", {});
      return { accounts: result.accounts, ms: Math.round(result.ms.total), healthMs: Math.round(health.ms.total), summaryChanges };
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
        const accountIds = [...new Set(ids)];
        accounts += (await refreshAccountMetrics(db, { asOf: new Date(time), accountIds })).accounts;
        await refreshHealth(db, { now: new Date(time), accountIds });
      }
      // A changed revenue or assessment moves ranks across the portfolio.
      await send("identification.rank", {});
      return { accounts };
    },

    ...registerAutomationHandlers(deps),

    /** Refits the lifetime-value models and stores every account's figures (lib/lifetime-value). */
    "clv.fit": async ([run]) => {
      const result = await refreshLifetimeValues(db, { asOf: run.now });
      // Lifetime values are the POTENTIAL input of a selection model that scores it from CLV.
      await send("identification.rank", {});
      return result;
    },

    /** Stores the key-account ranking under the active selection model (lib/key-accounts/ranking.ts). */
    "identification.rank": ([run]) => storeRanking(db, { now: run.now }),

    /** Sends the webhook deliveries due now; when a batch did not cover them all, the next run follows at once. */
    "webhooks.deliver": async ([run]) => {
      const summary = await deliverDueWebhooks(db, { now: run.now });
      if (summary.more) await send("webhooks.deliver", {});
      return summary;
    },
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
  let listener: WebhookListener | undefined;
  try {
    worker = await startJobWorker({ url, config, log, handlers: (send) => createJobHandlers({ db, send }) });
    await worker.send("metrics.refresh-all", {});
    // Webhook deliveries leave as soon as the transaction that stored them commits (see lib/webhooks/listen.ts).
    const sender = worker.send;
    listener = await listenForWebhookEvents(url, () => sender("webhooks.deliver", {}));
  } catch (error) {
    await listener?.stop();
    await worker?.stop();
    await db.$disconnect();
    throw error;
  }
  const started = worker;
  return {
    ...started,
    stop: async () => {
      await listener?.stop();
      await started.stop();
      await db.$disconnect();
    },
  };
}
