"use client";

import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Popover } from "@/components/ui/popover";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { completeFollowUpAction, snoozeFollowUpAction } from "@/lib/activities/actions";
import { addDays, utcDayString } from "@/lib/dates";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import { completePlanTaskAction, snoozePlanTaskAction } from "@/lib/my-work/actions";
import type { WorkItem } from "@/lib/my-work/queries";

/**
 * Overdue or coming tasks and follow-ups, each done or snoozed in place: the server re-renders the list without it,
 * and a status line says what happened.
 */
export function WorkList({ items, today, empty, testId }: { items: WorkItem[]; today: string; empty: string; testId: string }) {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div>
      <p role="status" className="min-h-5 text-sm text-green-700">{status}</p>
      {items.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-center text-sm text-slate-500">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid={testId}>
          {items.map((item) => (
            <WorkRow key={`${item.kind}:${item.id}`} item={item} today={today} onStatus={setStatus} />
          ))}
        </ul>
      )}
    </div>
  );
}

function WorkRow({ item, today, onStatus }: { item: WorkItem; today: string; onStatus: (message: string) => void }) {
  const { t, locale } = useI18n();
  const runner = useActionRunner();
  const title = item.title || t("myWork.item.noNote");
  const tomorrow = utcDayString(addDays(new Date(`${today}T00:00:00Z`), 1));
  const nextWeek = utcDayString(addDays(new Date(`${today}T00:00:00Z`), 7));
  const [until, setUntil] = useState(tomorrow);
  const ref = { accountId: item.accountId };

  const complete = () =>
    runner.run(
      () => (item.kind === "task" ? completePlanTaskAction({ ...ref, taskId: item.id }) : completeFollowUpAction({ ...ref, activityId: item.id })),
      () => onStatus(t("myWork.actions.completed", { title })),
    );
  const snooze = (day: string) =>
    runner.run(
      () => (item.kind === "task" ? snoozePlanTaskAction({ ...ref, taskId: item.id, until: day }) : snoozeFollowUpAction({ ...ref, activityId: item.id, until: day })),
      () => onStatus(t("myWork.actions.snoozedTo", { title, date: formatDate(locale, day) })),
    );

  const due =
    item.daysOverdue > 0
      ? t("myWork.item.daysOverdue", { days: item.daysOverdue })
      : item.daysOverdue === 0
        ? t("myWork.item.dueToday")
        : t("myWork.item.due", { date: formatDate(locale, item.due) });
  const href = `/accounts/${item.accountId}?tab=${item.kind === "task" ? "plan" : "activities"}`;
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start" data-testid="work-item">
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
          <Badge tone={item.kind === "task" ? "blue" : "violet"}>{t(item.kind === "task" ? "myWork.item.task" : "myWork.item.followUp")}</Badge>
          <span className={item.daysOverdue > 0 ? "font-medium text-red-700" : ""}>{due}</span>
          {item.daysOverdue > 0 && <span>· {t("myWork.item.due", { date: formatDate(locale, item.due) })}</span>}
        </p>
        <p className="mt-1 font-medium text-slate-900">{title}</p>
        <p className="mt-0.5 text-slate-600">
          <Link href={href} className="text-brand-700 hover:underline">{item.accountName}</Link>
          {" · "}
          {item.kind === "task" ? t("myWork.item.objective", { title: item.context }) : t("myWork.item.activity", { summary: item.context })}
        </p>
        <ActionError message={runner.error} />
      </div>
      {item.canEdit ? (
        <div className="flex shrink-0 items-start gap-2">
          <Button size="sm" disabled={runner.pending} onClick={complete} aria-label={t("myWork.actions.completeLabel", { title })}>
            {t("myWork.actions.complete")}
          </Button>
          <Popover
            label={t("myWork.actions.snoozeLabel", { title })}
            buttonContent={t("myWork.actions.snooze")}
            buttonClassName="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100"
            panelClassName="right-0 w-60"
          >
            <div className="flex flex-col gap-2">
              <Button size="sm" variant="ghost" className="justify-start" onClick={() => snooze(tomorrow)}>{t("myWork.actions.snoozeTomorrow")}</Button>
              <Button size="sm" variant="ghost" className="justify-start" onClick={() => snooze(nextWeek)}>{t("myWork.actions.snoozeWeek")}</Button>
              <label className="text-xs font-medium text-slate-700">
                {t("myWork.actions.snoozeDate")}
                <input type="date" min={tomorrow} value={until} onChange={(event) => setUntil(event.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm" />
              </label>
              <Button size="sm" variant="secondary" disabled={!until} onClick={() => snooze(until)}>{t("myWork.actions.snoozeApply")}</Button>
            </div>
          </Popover>
        </div>
      ) : (
        <Badge tone="neutral">{t("myWork.actions.readOnly")}</Badge>
      )}
    </li>
  );
}
