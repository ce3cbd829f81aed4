"use client";

import { useState } from "react";
import { closeComplaintAction, loadTimelinePageAction } from "@/lib/activities/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { TimelineEntry, TimelinePage } from "@/lib/activities/queries";
import { useI18n } from "@/lib/i18n/client";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { ActivityIcon } from "./activity-icon";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";

const SEVERITY_TONE = { LOW: "neutral", MEDIUM: "amber", HIGH: "red" } as const;

/**
 * The account's activities and complaints, newest first. The server renders the first page; older pages are
 * appended on request (the tab has no URL parameter of its own to page with).
 */
export function Timeline({ accountId, first, canEdit }: { accountId: string; first: TimelinePage; canEdit: boolean }) {
  const { t, locale } = useI18n();
  const [older, setOlder] = useState<TimelineEntry[]>([]);
  const [page, setPage] = useState(1);
  const runner = useActionRunner();
  const seen = new Set(first.entries.map((entry) => entry.id));
  const entries = [...first.entries, ...older.filter((entry) => !seen.has(entry.id))];
  const hasMore = page * first.pageSize < first.total;

  const markClosed = (id: string) =>
    setOlder((list) => list.map((entry) => (entry.id === id && entry.kind === "complaint" ? { ...entry, closedAt: new Date().toISOString() } : entry)));

  return (
    <section aria-labelledby="timeline-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="timeline-title" className="text-base font-semibold">{t("accountPage.timeline.title")}</h3>
      <ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4" data-testid="timeline">
        {entries.map((entry) => (
          <li key={entry.id} className="relative">
            <span className={`absolute -left-[27px] top-0.5 rounded-full bg-white p-0.5 ${entry.kind === "complaint" ? "text-red-600" : "text-brand-600"}`}>
              <ActivityIcon type={entry.kind === "complaint" ? "COMPLAINT" : entry.type} />
            </span>
            {entry.kind === "activity" ? (
              <ActivityItem entry={entry} />
            ) : (
              <ComplaintItem entry={entry} accountId={accountId} canEdit={canEdit} onClosed={markClosed} />
            )}
          </li>
        ))}
      </ol>
      <div className="mt-4 flex items-center gap-3 text-sm text-slate-600">
        <span>{t("accountPage.timeline.shown", { shown: formatNumber(locale, entries.length), total: formatNumber(locale, first.total) })}</span>
        {hasMore && (
          <Button
            variant="secondary"
            size="sm"
            disabled={runner.pending}
            onClick={() =>
              runner.run(() => loadTimelinePageAction({ accountId, page: page + 1 }), (next) => {
                setOlder((list) => [...list, ...next.entries]);
                setPage(next.page);
              })
            }
          >
            {runner.pending ? t("common.loading") : t("accountPage.timeline.showMore")}
          </Button>
        )}
      </div>
      <ActionError message={runner.error} />
    </section>
  );
}

function ActivityItem({ entry }: { entry: Extract<TimelineEntry, { kind: "activity" }> }) {
  const { t, locale } = useI18n();
  // Linked contacts first, then the free-text names (older activities name linked contacts there too: once).
  const names = [...new Set([...entry.people.map((p) => p.name), ...entry.participants])];
  return (
    <article className="text-sm">
      <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <span className="font-medium text-slate-800">{t(`domain.activityType.${entry.type}`)}</span>
        <time dateTime={entry.at}>{formatDate(locale, entry.at, true)}</time>
        <span>· {t("accountPage.timeline.loggedBy", { name: entry.loggedBy })}</span>
      </p>
      <p className="mt-0.5 whitespace-pre-line text-slate-800">{entry.summary}</p>
      {(entry.contact || names.length > 0) && (
        <p className="mt-0.5 text-xs text-slate-500">
          {entry.contact && t("accountPage.timeline.contact", { name: entry.contact.name })}
          {entry.contact && names.length > 0 && " · "}
          {names.length > 0 && t("accountPage.timeline.with", { names: names.join(", ") })}
        </p>
      )}
      {entry.followUp && (
        <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
          <Badge tone={entry.followUp.doneAt ? "green" : "violet"}>
            {entry.followUp.doneAt
              ? t("myWork.followUp.timelineDone", { date: formatDate(locale, entry.followUp.doneAt) })
              : t("myWork.followUp.timeline", { date: formatDate(locale, entry.followUp.at) })}
          </Badge>
          {entry.followUp.note && <span>{entry.followUp.note}</span>}
        </p>
      )}
    </article>
  );
}

function ComplaintItem({ entry, accountId, canEdit, onClosed }: { entry: Extract<TimelineEntry, { kind: "complaint" }>; accountId: string; canEdit: boolean; onClosed: (id: string) => void }) {
  const { t, locale } = useI18n();
  const runner = useActionRunner();
  return (
    <article className="rounded-md bg-red-50/50 p-2 text-sm">
      <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <span className="font-medium text-red-800">{t("accountPage.complaints.complaint")}</span>
        <time dateTime={entry.at}>{formatDate(locale, entry.at)}</time>
        <Badge tone={SEVERITY_TONE[entry.severity]}>{t(`domain.severity.${entry.severity}`)}</Badge>
        {entry.closedAt ? (
          <Badge tone="green">{t("accountPage.complaints.closedOn", { date: formatDate(locale, entry.closedAt) })}</Badge>
        ) : (
          <Badge tone="red">{t("accountPage.complaints.open")}</Badge>
        )}
      </p>
      <p className="mt-0.5 whitespace-pre-line text-slate-800">{entry.summary}</p>
      {canEdit && !entry.closedAt && (
        <Button
          size="sm"
          variant="secondary"
          className="mt-1"
          disabled={runner.pending}
          aria-label={t("accountPage.complaints.closeLabel", { summary: entry.summary })}
          onClick={() => runner.run(() => closeComplaintAction({ accountId, complaintId: entry.id }), () => onClosed(entry.id))}
        >
          {t("accountPage.complaints.close")}
        </Button>
      )}
      <ActionError message={runner.error} />
    </article>
  );
}
