import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { describeAlert } from "@/lib/notifications/describe";
import type { NotificationRow } from "@/lib/notifications/queries";
import { MarkReadButton } from "./mark-read-buttons";

/** The user's notifications: what was found on which account, its evidence, a link to act, and mark as read. */
export function NotificationList({ rows, t, locale }: { rows: NotificationRow[]; t: Translate; locale: Locale }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="notification-list">
      {rows.map((row) => {
        const alert = row.alert;
        if (!alert) return null;
        const text = describeAlert(alert, t, locale);
        const unread = row.readAt === null;
        return (
          <li key={row.id} className={`flex flex-col gap-3 p-4 sm:flex-row sm:items-start ${unread ? "bg-brand-50/40" : ""}`} data-unread={unread || undefined}>
            <div className="min-w-0 flex-1 text-sm">
              <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                {unread && <span aria-hidden className="h-2 w-2 rounded-full bg-brand-600" />}
                <Badge tone={alert.clearedAt ? "neutral" : "amber"}>{t(`notifications.kinds.${alert.kind}`)}</Badge>
                {alert.clearedAt && <Badge tone="green">{t("notifications.alert.resolved")}</Badge>}
                <span>{t("notifications.page.raised", { date: formatDate(locale, alert.raisedAt) })}</span>
                {alert.clearedAt && <span>· {t("notifications.page.cleared", { date: formatDate(locale, alert.clearedAt) })}</span>}
              </p>
              <p className="mt-1 font-medium text-slate-900">
                <Link href={text.href} className="hover:underline">
                  <span className="text-brand-700">{alert.account.name}</span> — {text.title}
                </Link>
              </p>
              <p className="mt-0.5 text-slate-600">{text.detail}</p>
            </div>
            {unread && <MarkReadButton id={row.id} title={text.title} />}
          </li>
        );
      })}
    </ul>
  );
}
