// No "server-only": alerts are raised by the job worker, which emits `alert.raised` outside Next.
/**
 * emitEvent — how a change tells the webhook endpoints about itself (the REST API's writes call it too):
 *
 *   import { emitEvent } from "@/lib/webhooks/emit";
 *   import { webhookAccount } from "@/lib/webhooks/events";
 *   await emitEvent(tx, "account.created", { account: webhookAccount(created), userId });
 *
 * - Call it INSIDE the transaction `tx` of the change: the delivery rows (one PENDING WebhookDelivery per active
 *   endpoint subscribed to the event, all with the same eventId) commit or roll back with the change.
 * - The payload is checked against the event's zod schema (lib/webhooks/events.ts); a wrong payload throws.
 * - Nothing to do after the commit: the rows come with a NOTIFY on the channel `kam_webhooks`, which Postgres
 *   delivers only when (and if) the transaction commits; the job worker listens on it and queues the
 *   "webhooks.deliver" job at once (lib/webhooks/listen.ts). The job also runs every minute, which sends the
 *   retries that fall due and anything sent while no worker was listening.
 * - `emitEvents` does the same for many payloads of one event in one INSERT (bulk writes).
 *
 * Already emitted by the shared writes, so callers of these need nothing more:
 *   account.updated  — updateAccountVersioned (lib/accounts/writes.ts), when a field changed;
 *   stage.changed    — moveAccountStage (lib/board/writes.ts);
 *   alert.raised     — evaluateAlertsIn (lib/notifications/evaluate.ts).
 * Emitted by the server actions themselves, which the REST API must mirror with the helpers of
 * lib/webhooks/account-events.ts or emitEvent:
 *   account.created  — emitAccountCreated(tx, row, userId)            (createAccountAction)
 *   quadrant.changed — emitQuadrantChanged(tx, before, after, assessment) (saveAssessmentAction)
 *   orders.imported  — emitEvent(tx, "orders.imported", { created, updated, accountIds, source: "api", userId })
 *                      (the CSV import emits it with source "csv")
 *   bulk account upserts that bypass updateAccountVersioned — emitEvents(tx, "account.created" | "account.updated", …)
 */
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { WEBHOOK_CHANNEL } from "./listen";
import { WEBHOOK_PAYLOADS, type WebhookEnvelope, type WebhookEvent, type WebhookPayload } from "./events";

export type EmitResult = { eventId: string; deliveries: number };

/** The active endpoints of each event, read once per transaction (a bulk write emits many events). */
const endpointsByTx = new WeakMap<Tx, Promise<{ id: string; events: string[] }[]>>();

function activeEndpoints(tx: Tx) {
  let found = endpointsByTx.get(tx);
  if (!found) {
    found = tx.webhookEndpoint.findMany({ where: { active: true }, select: { id: true, events: true } });
    endpointsByTx.set(tx, found);
  }
  return found;
}

export async function emitEvent<E extends WebhookEvent>(tx: Tx, event: E, payload: WebhookPayload<E>, options: { occurredAt?: Date } = {}): Promise<EmitResult> {
  const [result] = await emitEvents(tx, event, [payload], options);
  return result;
}

export async function emitEvents<E extends WebhookEvent>(
  tx: Tx,
  event: E,
  payloads: readonly WebhookPayload<E>[],
  { occurredAt = new Date() }: { occurredAt?: Date } = {},
): Promise<EmitResult[]> {
  const schema = WEBHOOK_PAYLOADS[event];
  const envelopes: WebhookEnvelope<E>[] = payloads.map((payload) => ({
    id: `evt_${randomUUID()}`,
    type: event,
    createdAt: occurredAt.toISOString(),
    data: schema.parse(payload) as WebhookPayload<E>,
  }));
  const endpoints = (await activeEndpoints(tx)).filter((endpoint) => endpoint.events.includes(event));
  if (endpoints.length > 0 && envelopes.length > 0) {
    await tx.webhookDelivery.createMany({
      data: envelopes.flatMap((envelope) =>
        endpoints.map((endpoint) => ({
          endpointId: endpoint.id,
          eventId: envelope.id,
          event,
          payload: envelope as unknown as Prisma.InputJsonValue,
        })),
      ),
    });
    await wakeDeliveries(tx);
  }
  return envelopes.map((envelope) => ({ eventId: envelope.id, deliveries: endpoints.length }));
}

/** Asks the listening worker to send what is due, once `tx` commits (see lib/webhooks/listen.ts). */
export async function wakeDeliveries(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${WEBHOOK_CHANNEL}, '')`;
}
