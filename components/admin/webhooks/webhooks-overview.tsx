import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import { EVENT_KEY, type WebhookEvent } from "@/lib/webhooks/events";
import type { DeliveryRow, EndpointRow, WebhooksPage } from "@/lib/webhooks/queries";
import { EndpointControls } from "./endpoint-controls";
import { EndpointForm } from "./endpoint-form";
import { RedeliverButton } from "./redeliver-button";

const DELIVERY_TONE: Record<DeliveryRow["status"], BadgeTone> = { PENDING: "blue", SUCCEEDED: "green", FAILED: "red" };

const eventLabel = (t: Translate, event: string) => {
  const key = EVENT_KEY[event as WebhookEvent];
  return key ? t(`webhooks.events.${key}` as MessageKey) : event;
};

const time = (locale: Locale, value: Date) => formatDate(locale, value, true);

function EndpointStatus({ endpoint, t, locale }: { endpoint: EndpointRow; t: Translate; locale: Locale }) {
  if (endpoint.active) return <Badge tone="green">{t("webhooks.status.active")}</Badge>;
  if (endpoint.pausedAt) {
    return (
      <Badge tone="red" title={t("webhooks.status.pausedSince", { time: time(locale, endpoint.pausedAt), failures: endpoint.consecutiveFailures })}>
        {t("webhooks.status.pausedFailing")}
      </Badge>
    );
  }
  return (
    <Badge tone="amber" title={t("webhooks.status.pausedByAdmin")}>
      {t("webhooks.status.paused")}
    </Badge>
  );
}

/** The admin page of webhooks: the paused-endpoint banner, registration, the endpoints and the open endpoint's log. */
export async function WebhooksOverview({ page, params }: { page: WebhooksPage; params: { endpoint?: string } }) {
  const { t, locale } = await getI18n();
  const selectedId = page.selected?.endpoint.id;
  const columns: Column<EndpointRow>[] = [
    {
      key: "url",
      header: t("webhooks.list.url"),
      rowHeader: true,
      className: "min-w-48 max-w-md break-all",
      cell: (endpoint) => (
        <>
          <Link
            href={`/admin/webhooks?endpoint=${encodeURIComponent(endpoint.id)}`}
            aria-current={endpoint.id === selectedId ? "true" : undefined}
            className="font-medium text-brand-700 underline"
          >
            {endpoint.url}
          </Link>
          {endpoint.description && <span className="mt-0.5 block text-xs font-normal text-slate-500">{endpoint.description}</span>}
        </>
      ),
    },
    {
      key: "events",
      header: t("webhooks.list.events"),
      hideBelow: "lg",
      className: "min-w-40",
      cell: (endpoint) => (
        <span className="flex flex-wrap gap-1">
          {endpoint.events.map((event) => (
            <Badge key={event} tone="neutral">{event}</Badge>
          ))}
        </span>
      ),
    },
    { key: "status", header: t("webhooks.list.status"), cell: (endpoint) => <EndpointStatus endpoint={endpoint} t={t} locale={locale} /> },
    {
      key: "failures",
      header: t("webhooks.list.failures"),
      align: "right",
      hideBelow: "sm",
      cell: (endpoint) => <span className={endpoint.consecutiveFailures > 0 ? "font-medium text-red-700" : undefined}>{formatNumber(locale, endpoint.consecutiveFailures)}</span>,
    },
    {
      key: "last",
      header: t("webhooks.list.lastDelivery"),
      hideBelow: "md",
      className: "whitespace-nowrap",
      cell: (endpoint) =>
        endpoint.lastDelivery ? (
          <span className="flex items-center gap-2">
            <Badge tone={DELIVERY_TONE[endpoint.lastDelivery.status]}>{t(`webhooks.deliveryStatus.${endpoint.lastDelivery.status}`)}</Badge>
            <span className="text-xs text-slate-600">{time(locale, endpoint.lastDelivery.at)}</span>
          </span>
        ) : (
          <span className="text-slate-500">{t("webhooks.list.never")}</span>
        ),
    },
  ];

  return (
    <div className="space-y-6">
      {page.failing.length > 0 && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900" data-testid="webhooks-paused-banner">
          <p className="font-semibold">{t("webhooks.banner.title", { count: page.failing.length })}</p>
          <p className="mt-1">{t("webhooks.banner.body")}</p>
          <ul className="mt-2 list-disc space-y-0.5 pl-5">
            {page.failing.map((endpoint) => (
              <li key={endpoint.id} className="break-all">
                <Link href={`/admin/webhooks?endpoint=${encodeURIComponent(endpoint.id)}`} className="underline">
                  {t("webhooks.banner.item", { url: endpoint.url, time: time(locale, endpoint.pausedAt!) })}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs">{page.mailConfigured ? t("webhooks.banner.mailed") : t("webhooks.banner.mailOff")}</p>
        </div>
      )}

      <Section title={t("webhooks.form.title")} id="webhook-register">
        <EndpointForm />
      </Section>

      <section aria-labelledby="webhook-endpoints" className="space-y-2">
        <h2 id="webhook-endpoints" className="text-base font-semibold">
          {t("webhooks.list.title")}
        </h2>
        <DataTable
          caption={t("webhooks.list.caption")}
          columns={columns}
          rows={page.endpoints}
          rowKey={(endpoint) => endpoint.id}
          rowTestId={() => "webhook-endpoint-row"}
          rowClassName={(endpoint) => (endpoint.id === selectedId ? "bg-brand-50" : undefined)}
          empty={{ title: t("webhooks.list.empty"), hint: t("webhooks.list.emptyHint") }}
        />
      </section>

      {page.selected && <EndpointDetail selected={page.selected} now={page.now.getTime()} params={params} t={t} locale={locale} />}
    </div>
  );
}

type DetailProps = { selected: NonNullable<WebhooksPage["selected"]>; now: number; params: { endpoint?: string }; t: Translate; locale: Locale };

function EndpointDetail({ selected, now, params, t, locale }: DetailProps) {
  const { endpoint, deliveries } = selected;
  const columns: Column<DeliveryRow>[] = [
    {
      key: "time",
      header: t("webhooks.log.time"),
      className: "whitespace-nowrap",
      cell: (row) =>
        row.status === "PENDING" && row.createdAt.getTime() > now ? (
          <span className="text-slate-600">{t("webhooks.log.dueAt", { time: time(locale, row.createdAt) })}</span>
        ) : (
          time(locale, row.deliveredAt ?? row.createdAt)
        ),
    },
    {
      key: "event",
      header: t("webhooks.log.event"),
      cell: (row) => (
        <>
          <span className="font-medium">{eventLabel(t, row.event)}</span>
          <span className="block text-xs text-slate-500" title={t("webhooks.log.eventId", { id: row.eventId })}>
            <code>{row.event}</code>
          </span>
        </>
      ),
    },
    { key: "attempt", header: t("webhooks.log.attempt"), align: "right", cell: (row) => formatNumber(locale, row.attempt) },
    { key: "status", header: t("webhooks.log.status"), cell: (row) => <Badge tone={DELIVERY_TONE[row.status]}>{t(`webhooks.deliveryStatus.${row.status}`)}</Badge> },
    { key: "http", header: t("webhooks.log.http"), align: "right", hideBelow: "sm", cell: (row) => row.responseStatus ?? "—" },
    {
      key: "ms",
      header: t("webhooks.log.responseTime"),
      align: "right",
      hideBelow: "md",
      className: "whitespace-nowrap",
      cell: (row) => (row.responseTimeMs === null ? "—" : t("webhooks.log.ms", { value: formatNumber(locale, row.responseTimeMs) })),
    },
    { key: "error", header: t("webhooks.log.error"), hideBelow: "md", className: "min-w-48 max-w-sm break-words text-red-800", cell: (row) => row.error ?? "—" },
    {
      key: "actions",
      header: t("webhooks.log.actions"),
      cell: (row) => (row.status === "PENDING" ? null : <RedeliverButton deliveryId={row.id} label={`${row.event} #${row.attempt}`} />),
    },
  ];

  return (
    <Section title={t("webhooks.detail.title")} id="webhook-detail">
      <div className="space-y-4" data-testid="webhook-detail">
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div className="min-w-0">
            <dt className="text-slate-500">{t("webhooks.list.url")}</dt>
            <dd className="font-medium break-all">{endpoint.url}</dd>
          </div>
          <div className="min-w-0">
            <dt className="text-slate-500">{t("webhooks.list.status")}</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <EndpointStatus endpoint={endpoint} t={t} locale={locale} />
              {!endpoint.active && (
                <span className="text-xs text-slate-600">
                  {endpoint.pausedAt
                    ? t("webhooks.status.pausedSince", { time: time(locale, endpoint.pausedAt), failures: endpoint.consecutiveFailures })
                    : t("webhooks.status.pausedByAdmin")}
                </span>
              )}
            </dd>
          </div>
          <div className="min-w-0">
            <dt className="text-slate-500">{t("webhooks.detail.subscribed")}</dt>
            <dd className="flex flex-wrap gap-1">
              {endpoint.events.map((event) => (
                <Badge key={event}>{eventLabel(t, event)}</Badge>
              ))}
            </dd>
          </div>
          <div className="min-w-0">
            <dt className="text-slate-500">{t("webhooks.detail.created")}</dt>
            <dd className="font-medium">{time(locale, endpoint.createdAt)}</dd>
          </div>
        </dl>
        <EndpointControls
          key={endpoint.id}
          endpoint={{ id: endpoint.id, url: endpoint.url, description: endpoint.description, events: endpoint.events as WebhookEvent[], active: endpoint.active }}
        />
        <div className="min-w-0 border-t border-slate-100 pt-4">
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <h3 id="webhook-log" className="text-sm font-semibold text-slate-900">
              {t("webhooks.log.title")}
            </h3>
            <Link href={`/admin/webhooks?endpoint=${encodeURIComponent(endpoint.id)}${selected.page > 1 ? `&page=${selected.page}` : ""}`} className="text-sm text-brand-600 underline">
              {t("webhooks.detail.refresh")}
            </Link>
          </div>
          <DataTable
            variant="plain"
            labelledBy="webhook-log"
            columns={columns}
            rows={deliveries}
            rowKey={(row) => row.id}
            rowTestId={() => "webhook-delivery-row"}
            testId="webhook-delivery-log"
            empty={{ title: t("webhooks.log.empty"), hint: t("webhooks.log.emptyHint") }}
          />
          {selected.total > selected.pageSize && (
            <Pagination basePath="/admin/webhooks" params={{ endpoint: params.endpoint }} page={selected.page} pageSize={selected.pageSize} total={selected.total} />
          )}
        </div>
      </div>
    </Section>
  );
}
