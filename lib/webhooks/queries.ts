import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";
import { isMailConfigured } from "@/lib/mail";

/** Rows per page of the delivery log. */
export const DELIVERY_PAGE_SIZE = 25;

export type EndpointRow = {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  active: boolean;
  pausedAt: Date | null;
  consecutiveFailures: number;
  createdAt: Date;
  lastDelivery: { status: WebhookDeliveryStatus; at: Date } | null;
};

export type DeliveryRow = {
  id: string;
  eventId: string;
  event: string;
  attempt: number;
  status: WebhookDeliveryStatus;
  responseStatus: number | null;
  responseTimeMs: number | null;
  error: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
};

export type WebhooksPage = {
  endpoints: EndpointRow[];
  /** Endpoints paused automatically (after failing), for the banner. */
  failing: EndpointRow[];
  mailConfigured: boolean;
  /** When the page was read: a pending attempt due later than this is shown as "due …". */
  now: Date;
  selected: { endpoint: EndpointRow; deliveries: DeliveryRow[]; total: number; page: number; pageSize: number } | null;
};

/** The endpoints (never their secrets), and the delivery log of the selected one, newest first, paged. */
export async function loadWebhooksPage(db: Db, { endpointId, page = 1 }: { endpointId?: string; page?: number }): Promise<WebhooksPage> {
  const rows = await db.webhookEndpoint.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, url: true, description: true, events: true, active: true, pausedAt: true, consecutiveFailures: true, createdAt: true },
  });
  const last = rows.length
    ? await db.$queryRaw<{ endpointId: string; status: WebhookDeliveryStatus; at: Date }[]>`
        SELECT DISTINCT ON (d."endpointId") d."endpointId", d.status, COALESCE(d."deliveredAt", d."createdAt") AS at
        FROM "WebhookDelivery" d
        WHERE d."endpointId" = ANY(${rows.map((r) => r.id)}::text[]) AND d.status <> 'PENDING'
        ORDER BY d."endpointId", d."deliveredAt" DESC NULLS LAST, d.id DESC`
    : [];
  const lastOf = new Map(last.map((row) => [row.endpointId, { status: row.status, at: row.at }]));
  const endpoints: EndpointRow[] = rows.map((row) => ({ ...row, lastDelivery: lastOf.get(row.id) ?? null }));

  const endpoint = endpointId ? endpoints.find((e) => e.id === endpointId) : undefined;
  let selected: WebhooksPage["selected"] = null;
  if (endpoint) {
    const total = await db.webhookDelivery.count({ where: { endpointId: endpoint.id } });
    const pages = Math.max(1, Math.ceil(total / DELIVERY_PAGE_SIZE));
    const current = Math.min(Math.max(1, page), pages);
    const deliveries = await db.webhookDelivery.findMany({
      where: { endpointId: endpoint.id },
      orderBy: [{ createdAt: "desc" }, { attempt: "desc" }, { id: "desc" }],
      skip: (current - 1) * DELIVERY_PAGE_SIZE,
      take: DELIVERY_PAGE_SIZE,
      select: {
        id: true, eventId: true, event: true, attempt: true, status: true, responseStatus: true, responseTimeMs: true,
        error: true, createdAt: true, deliveredAt: true,
      },
    });
    selected = { endpoint, deliveries, total, page: current, pageSize: DELIVERY_PAGE_SIZE };
  }
  return { endpoints, failing: endpoints.filter((e) => !e.active && e.pausedAt), mailConfigured: isMailConfigured(), now: new Date(), selected };
}
