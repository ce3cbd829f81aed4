// No "server-only": the OpenAPI document, the job worker and the tests read these schemas too.
import { z } from "zod";
import { AlertKind, CompanySize, LifecyclePhase, Quadrant, RelationshipStage } from "@/lib/generated/prisma/enums";

/**
 * The events KAM sends to webhook endpoints, and the JSON body of each delivery. The schemas are the contract:
 * `emitEvent` validates every payload with them before anything is stored, and the OpenAPI document's `webhooks`
 * section is generated from them.
 */
export const WEBHOOK_EVENTS = ["account.created", "account.updated", "stage.changed", "quadrant.changed", "alert.raised", "orders.imported"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

const ZId = z.string().min(1);
const ZInstant = z.iso.datetime({ offset: true });
const enumOf = <T extends Record<string, string>>(e: T) => z.enum(Object.values(e) as [T[keyof T], ...T[keyof T][]]);

/** The account as events describe it: its identity, owner and position, not its free-text fields. */
export const ZWebhookAccount = z.object({
  id: ZId,
  name: z.string(),
  localName: z.string().nullable(),
  externalRef: z.string().nullable().describe("The ERP's customer number, when set."),
  industry: z.string(),
  region: z.string(),
  country: z.string(),
  size: enumOf(CompanySize),
  lifecyclePhase: enumOf(LifecyclePhase),
  stage: enumOf(RelationshipStage),
  quadrant: enumOf(Quadrant).nullable(),
  isKeyAccount: z.boolean(),
  ownerId: ZId,
  parentId: ZId.nullable(),
  archived: z.boolean(),
  version: z.number().int().describe("Increases with every change; compare it to drop an older event that arrives late."),
  updatedAt: ZInstant,
});
export type WebhookAccount = z.infer<typeof ZWebhookAccount>;

export const WEBHOOK_PAYLOADS = {
  "account.created": z.object({ account: ZWebhookAccount, userId: ZId.nullable().describe("Who created it (null: an import or the system).") }),
  "account.updated": z.object({
    account: ZWebhookAccount,
    changedFields: z.array(z.string()).describe("The fields whose value changed."),
    action: z.string().describe('What the change was: "update", "archive", "restore", "reassign", "stage.move", "assessment" …'),
    userId: ZId.nullable(),
  }),
  "stage.changed": z.object({
    account: ZWebhookAccount,
    fromStage: enumOf(RelationshipStage),
    toStage: enumOf(RelationshipStage),
    reasons: z.array(z.string()).describe("Uncoupling reasons (only for a move to DISINTEGRATING)."),
    note: z.string().nullable(),
    transitionId: ZId,
    userId: ZId.nullable(),
  }),
  "quadrant.changed": z.object({
    account: ZWebhookAccount,
    fromQuadrant: enumOf(Quadrant).nullable(),
    toQuadrant: enumOf(Quadrant).nullable().describe("Null when the new assessment leaves an axis unscored."),
    assessmentId: ZId,
    attractiveness: z.number().nullable(),
    strength: z.number().nullable(),
    userId: ZId.nullable(),
  }),
  "alert.raised": z.object({
    alertId: ZId,
    kind: enumOf(AlertKind),
    accountId: ZId,
    accountName: z.string(),
    subjectId: ZId.nullable().describe("The contact, plan task … the alert is about, when it is about one."),
    evidence: z.record(z.string(), z.unknown()).describe("The figures that raised it; their keys depend on the kind."),
    raisedAt: ZInstant,
  }),
  "orders.imported": z.object({
    created: z.number().int().nonnegative(),
    updated: z.number().int().nonnegative(),
    accountIds: z.array(ZId).describe("The accounts whose orders were written."),
    source: z.enum(["csv", "api"]),
    userId: ZId.nullable(),
  }),
} satisfies Record<WebhookEvent, z.ZodType>;

export type WebhookPayload<E extends WebhookEvent> = z.infer<(typeof WEBHOOK_PAYLOADS)[E]>;

/** What each delivery's JSON body looks like: the same `id` for every endpoint and every attempt of one event. */
export const webhookEnvelope = <E extends WebhookEvent>(event: E) =>
  z.object({
    id: ZId.describe("The event's id: the same on every attempt and every endpoint, so receivers can drop duplicates."),
    type: z.literal(event),
    createdAt: ZInstant.describe("When the change happened."),
    data: WEBHOOK_PAYLOADS[event],
  });

/**
 * The event an admin sends with "Send test event": always delivered, whatever the endpoint subscribed to, so a
 * receiver can be checked before real events flow. Not subscribable.
 */
export const TEST_EVENT = "webhook.test";
export const ZTestPayload = z.object({
  endpointId: ZId,
  message: z.string(),
  userId: ZId.nullable(),
});
export const testEnvelope = z.object({
  id: ZId,
  type: z.literal(TEST_EVENT),
  createdAt: ZInstant,
  data: ZTestPayload,
});

export type WebhookEnvelope<E extends WebhookEvent = WebhookEvent> = { id: string; type: E; createdAt: string; data: WebhookPayload<E> };

export const ZWebhookEvent = z.enum(WEBHOOK_EVENTS);

/** Message key part of each event (message keys cannot contain dots). */
export const EVENT_KEY: Record<WebhookEvent | typeof TEST_EVENT, string> = {
  "account.created": "accountCreated",
  "account.updated": "accountUpdated",
  "stage.changed": "stageChanged",
  "quadrant.changed": "quadrantChanged",
  "alert.raised": "alertRaised",
  "orders.imported": "ordersImported",
  [TEST_EVENT]: "test",
};

/** An Account row (or the fields of one) as events describe it. */
export function webhookAccount(row: {
  id: string;
  name: string;
  localName: string | null;
  externalRef: string | null;
  industry: string;
  region: string;
  country: string;
  size: CompanySize;
  lifecyclePhase: LifecyclePhase;
  stage: RelationshipStage;
  quadrant: Quadrant | null;
  isKeyAccount: boolean;
  ownerId: string;
  parentId: string | null;
  archived: boolean;
  version: number;
  updatedAt: Date;
}): WebhookAccount {
  return ZWebhookAccount.parse({
    id: row.id,
    name: row.name,
    localName: row.localName,
    externalRef: row.externalRef,
    industry: row.industry,
    region: row.region,
    country: row.country,
    size: row.size,
    lifecyclePhase: row.lifecyclePhase,
    stage: row.stage,
    quadrant: row.quadrant,
    isKeyAccount: row.isKeyAccount,
    ownerId: row.ownerId,
    parentId: row.parentId,
    archived: row.archived,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  });
}
