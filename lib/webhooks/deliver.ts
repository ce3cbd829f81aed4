// No "server-only": the job worker runs the deliveries.
import { writeAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyAdminsOfPause } from "./notify";
import { MAX_ATTEMPTS, PAUSE_AFTER_FAILURES, retryDelaySeconds } from "./policy";
import { postWebhook, type SendOutcome } from "./send";
import { WEBHOOK_HEADERS, signWebhook } from "./signature";

/** Deliveries sent per run; when more are due the run asks for another one right away. */
export const DELIVERY_BATCH = 200;
/** Endpoints served at the same time (each endpoint's own deliveries go one after another, oldest first). */
const PARALLEL_ENDPOINTS = 8;

export type DeliverySummary = { attempted: number; succeeded: number; failed: number; paused: string[]; more: boolean };

type Due = { id: string; endpointId: string; eventId: string; event: string; payload: Prisma.JsonValue; attempt: number };
type Endpoint = { id: string; url: string; secret: string };
type Attempted = { outcome: SendOutcome; paused: false } | { outcome: SendOutcome; paused: true; url: string; failures: number };

/**
 * Sends every delivery that is due at `now` (status PENDING, `createdAt` ≤ now — a retry is stored with the time
 * it is due — and its endpoint active), oldest first. Each attempt ends in its own row: SUCCEEDED on 2xx,
 * otherwise FAILED with the HTTP status or the reason, plus a new PENDING row for the next attempt after the
 * backoff (up to MAX_ATTEMPTS). An endpoint whose consecutive failures reach PAUSE_AFTER_FAILURES is paused
 * and the admins are told. Deliveries are at least once: receivers drop duplicates by the event id.
 */
export async function deliverDueWebhooks(
  db: Db,
  { now, env = process.env, limit = DELIVERY_BATCH }: { now: Date; env?: NodeJS.ProcessEnv; limit?: number },
): Promise<DeliverySummary> {
  const due = await db.$queryRaw<Due[]>`
    SELECT d.id, d."endpointId", d."eventId", d.event, d.payload, d.attempt
    FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
    WHERE d.status = 'PENDING' AND e.active AND d."createdAt" <= ${now}
    ORDER BY d."createdAt", d.attempt, d.id
    LIMIT ${limit + 1}`;
  const more = due.length > limit;
  const byEndpoint = new Map<string, Due[]>();
  for (const delivery of due.slice(0, limit)) {
    byEndpoint.set(delivery.endpointId, [...(byEndpoint.get(delivery.endpointId) ?? []), delivery]);
  }
  const endpoints = new Map(
    (await db.webhookEndpoint.findMany({ where: { id: { in: [...byEndpoint.keys()] } }, select: { id: true, url: true, secret: true } })).map((e) => [e.id, e]),
  );
  const summary: DeliverySummary = { attempted: 0, succeeded: 0, failed: 0, paused: [], more };

  const queue = [...byEndpoint];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [endpointId, deliveries] = next;
      const endpoint = endpoints.get(endpointId);
      if (!endpoint) continue;
      for (const delivery of deliveries) {
        const result = await attempt(db, endpoint, delivery, env);
        if (!result) continue;
        summary.attempted++;
        if (result.outcome.ok) summary.succeeded++;
        else summary.failed++;
        if (result.paused) {
          summary.paused.push(endpointId);
          break;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_ENDPOINTS, queue.length) }, worker));
  return summary;
}

/** One attempt of one delivery; null when another run settled it first. */
async function attempt(db: Db, endpoint: Endpoint, delivery: Due, env: NodeJS.ProcessEnv) {
  // jsonb keeps object keys in its own order: the envelope's fields go out in their documented order.
  const { id, type, createdAt, data, ...rest } = delivery.payload as Record<string, unknown>;
  const body = JSON.stringify({ id, type, createdAt, data, ...rest });
  const timestamp = Math.floor(Date.now() / 1000);
  const outcome = await postWebhook(
    endpoint.url,
    body,
    {
      [WEBHOOK_HEADERS.id]: delivery.eventId,
      [WEBHOOK_HEADERS.timestamp]: String(timestamp),
      [WEBHOOK_HEADERS.signature]: signWebhook(endpoint.secret, timestamp, body),
    },
    { env },
  );
  return recordAttempt(db, endpoint.id, delivery, outcome, env);
}

/** Stores the outcome of an attempt, schedules the next one, and pauses the endpoint when it keeps failing. */
async function recordAttempt(db: Db, endpointId: string, delivery: Due, outcome: SendOutcome, env: NodeJS.ProcessEnv) {
  const finishedAt = new Date();
  const result = await db.$transaction(async (tx): Promise<Attempted | null> => {
    const settled = await tx.webhookDelivery.updateMany({
      where: { id: delivery.id, status: "PENDING" },
      data: {
        status: outcome.ok ? "SUCCEEDED" : "FAILED",
        responseStatus: outcome.status,
        responseTimeMs: outcome.ms,
        error: outcome.ok ? null : outcome.error,
        deliveredAt: finishedAt,
      },
    });
    if (settled.count === 0) return null;
    if (outcome.ok) {
      await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { consecutiveFailures: 0 } });
      return { outcome, paused: false };
    }
    if (delivery.attempt < MAX_ATTEMPTS) {
      await tx.webhookDelivery.create({
        data: {
          endpointId,
          eventId: delivery.eventId,
          event: delivery.event,
          payload: delivery.payload as Prisma.InputJsonValue,
          attempt: delivery.attempt + 1,
          createdAt: new Date(finishedAt.getTime() + retryDelaySeconds(delivery.attempt + 1) * 1000),
        },
      });
    }
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: { consecutiveFailures: { increment: 1 } },
      select: { active: true, consecutiveFailures: true, url: true },
    });
    if (!endpoint.active || endpoint.consecutiveFailures < PAUSE_AFTER_FAILURES) return { outcome, paused: false };
    await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { active: false, pausedAt: finishedAt } });
    await writeAudit(tx, {
      userId: null,
      entityType: "WebhookEndpoint",
      entityId: endpointId,
      action: "pause",
      before: { active: true },
      after: { active: false, pausedAt: finishedAt, consecutiveFailures: endpoint.consecutiveFailures, lastError: outcome.error },
    });
    return { outcome, paused: true, url: endpoint.url, failures: endpoint.consecutiveFailures };
  });
  if (result?.paused) {
    await notifyAdminsOfPause(db, { endpointId, url: result.url, failures: result.failures, error: outcome.ok ? "" : outcome.error, env });
  }
  return result;
}
