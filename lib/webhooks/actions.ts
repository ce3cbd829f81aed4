"use server";

import { randomUUID } from "node:crypto";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineAction } from "@/lib/server/define-action";
import { wakeDeliveries } from "./emit";
import { TEST_EVENT, testEnvelope } from "./events";
import { ZDeliveryRef, ZEndpointActive, ZEndpointInput, ZEndpointRef, ZEndpointUpdate } from "./schemas";
import { newWebhookSecret } from "./signature";

/**
 * The admins' management of webhook endpoints on /admin/webhooks. Every change is audited; secrets never go into
 * the audit log (only that one was set or rotated) and are returned to the admin only when created or rotated.
 */
const admin = { portfolio: true, roles: ["ADMIN"], revalidate: () => ["/admin/webhooks"] } as const;

const AUDITED = { id: true, url: true, description: true, events: true, active: true, pausedAt: true, consecutiveFailures: true } as const;

async function endpointOrThrow(tx: Tx, id: string) {
  const endpoint = await tx.webhookEndpoint.findUnique({ where: { id }, select: AUDITED });
  if (!endpoint) throw new AppError("webhooks.errors.notFound", "NOT_FOUND");
  return endpoint;
}

export const createWebhookEndpointAction = defineAction({ ...admin, schema: ZEndpointInput }, async (input, { user, tx }) => {
  const secret = newWebhookSecret();
  const created = await tx.webhookEndpoint.create({ data: { ...input, secret, createdById: user.id }, select: AUDITED });
  await writeAudit(tx, { userId: user.id, entityType: "WebhookEndpoint", entityId: created.id, action: "create", after: { ...created, secret: "set" } });
  return { id: created.id, secret };
});

export const updateWebhookEndpointAction = defineAction({ ...admin, schema: ZEndpointUpdate }, async ({ id, ...input }, { user, tx }) => {
  const before = await endpointOrThrow(tx, id);
  const after = await tx.webhookEndpoint.update({ where: { id }, data: input, select: AUDITED });
  await writeAudit(tx, { userId: user.id, entityType: "WebhookEndpoint", entityId: id, action: "update", before, after });
  return { id };
});

export const rotateWebhookSecretAction = defineAction({ ...admin, schema: ZEndpointRef }, async ({ id }, { user, tx }) => {
  await endpointOrThrow(tx, id);
  const secret = newWebhookSecret();
  await tx.webhookEndpoint.update({ where: { id }, data: { secret } });
  await writeAudit(tx, { userId: user.id, entityType: "WebhookEndpoint", entityId: id, action: "rotateSecret", after: { secret: "rotated" } });
  return { secret };
});

/** Pause (by hand) or resume. Resuming clears an automatic pause and the failure count; waiting deliveries go out. */
export const setWebhookEndpointActiveAction = defineAction({ ...admin, schema: ZEndpointActive }, async ({ id, active }, { user, tx }) => {
  const before = await endpointOrThrow(tx, id);
  const after = await tx.webhookEndpoint.update({
    where: { id },
    data: active ? { active: true, pausedAt: null, consecutiveFailures: 0 } : { active: false },
    select: AUDITED,
  });
  await writeAudit(tx, { userId: user.id, entityType: "WebhookEndpoint", entityId: id, action: active ? "resume" : "pause", before, after });
  if (active) await wakeDeliveries(tx);
  return { active };
});

export const deleteWebhookEndpointAction = defineAction({ ...admin, schema: ZEndpointRef }, async ({ id }, { user, tx }) => {
  const before = await endpointOrThrow(tx, id);
  await tx.webhookEndpoint.delete({ where: { id } });
  await writeAudit(tx, { userId: user.id, entityType: "WebhookEndpoint", entityId: id, action: "delete", before });
  return { id };
});

/** Queues a `webhook.test` delivery to the endpoint, whatever it subscribed to. */
export const sendTestWebhookAction = defineAction({ ...admin, schema: ZEndpointRef }, async ({ id }, { user, tx }) => {
  const endpoint = await endpointOrThrow(tx, id);
  if (!endpoint.active) throw new AppError("webhooks.errors.paused", "CONFLICT");
  const envelope = testEnvelope.parse({
    id: `evt_${randomUUID()}`,
    type: TEST_EVENT,
    createdAt: new Date().toISOString(),
    data: { endpointId: id, message: "A test event from KAM: the signature and your receiver work.", userId: user.id },
  });
  const delivery = await tx.webhookDelivery.create({
    data: { endpointId: id, eventId: envelope.id, event: TEST_EVENT, payload: envelope as Prisma.InputJsonValue },
    select: { id: true, eventId: true },
  });
  await writeAudit(tx, { userId: user.id, entityType: "WebhookEndpoint", entityId: id, action: "test", after: delivery });
  await wakeDeliveries(tx);
  return { deliveryId: delivery.id };
});

/**
 * Sends an event to the endpoint once more: a new attempt (the next number for that event and endpoint) with the
 * stored body, due now. Refused while another attempt of the event waits, or while the endpoint is paused.
 */
export const redeliverWebhookAction = defineAction({ ...admin, schema: ZDeliveryRef }, async ({ deliveryId }, { user, tx }) => {
  const delivery = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { endpointId: true, eventId: true, event: true, payload: true } });
  if (!delivery) throw new AppError("webhooks.errors.deliveryNotFound", "NOT_FOUND");
  // Serialises redeliveries of one endpoint, so two clicks cannot both pass the "nothing waiting" check.
  const [endpoint] = await tx.$queryRaw<{ active: boolean }[]>`SELECT active FROM "WebhookEndpoint" WHERE id = ${delivery.endpointId} FOR UPDATE`;
  if (!endpoint) throw new AppError("webhooks.errors.notFound", "NOT_FOUND");
  if (!endpoint.active) throw new AppError("webhooks.errors.paused", "CONFLICT");
  const attempts = await tx.webhookDelivery.aggregate({
    where: { endpointId: delivery.endpointId, eventId: delivery.eventId },
    _max: { attempt: true },
  });
  const waiting = await tx.webhookDelivery.count({ where: { endpointId: delivery.endpointId, eventId: delivery.eventId, status: "PENDING" } });
  if (waiting > 0) throw new AppError("webhooks.errors.alreadyPending", "CONFLICT");
  const attempt = (attempts._max.attempt ?? 0) + 1;
  const created = await tx.webhookDelivery.create({
    data: { endpointId: delivery.endpointId, eventId: delivery.eventId, event: delivery.event, payload: delivery.payload as Prisma.InputJsonValue, attempt },
    select: { id: true },
  });
  await writeAudit(tx, {
    userId: user.id,
    entityType: "WebhookEndpoint",
    entityId: delivery.endpointId,
    action: "redeliver",
    after: { deliveryId: created.id, eventId: delivery.eventId, attempt },
  });
  await wakeDeliveries(tx);
  return { deliveryId: created.id, attempt };
});
