import Link from "next/link";
import { MarkAllReadButton } from "@/components/notifications/mark-read-buttons";
import { NotificationList } from "@/components/notifications/notification-list";
import { buttonClass } from "@/components/ui/button";
import { LinkTabs } from "@/components/ui/link-tabs";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { loadNotifications } from "@/lib/notifications/queries";
import { ZNotificationsQuery } from "@/lib/notifications/schemas";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.notifications");

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { t, locale } = await getI18n();
  const query = ZNotificationsQuery.parse(await searchParams);
  const { rows, total, unread, page, pageSize, inApp } = await loadNotifications(getDb(), user.id, query);
  return (
    <>
      <PageHeader
        title={t("notifications.page.title")}
        intro={t("notifications.page.intro")}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            <Link href="/notifications/preferences" className={buttonClass("secondary")}>{t("notifications.page.preferences")}</Link>
            <MarkAllReadButton disabled={unread === 0} />
          </div>
        }
      />
      {!inApp && <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{t("notifications.page.inAppOff")}</p>}
      <LinkTabs
        label={t("notifications.page.tabsLabel")}
        tabs={[
          { href: "/notifications", label: `${t("notifications.page.unread")} (${formatNumber(locale, unread)})`, active: query.show === "unread" },
          { href: "/notifications?show=all", label: t("notifications.page.all"), active: query.show === "all" },
        ]}
      />
      {rows.length === 0 ? (
        <Notice title={query.show === "unread" ? t("notifications.page.emptyUnread") : t("notifications.page.emptyAll")} body={t("notifications.page.emptyBody")} />
      ) : (
        <>
          <NotificationList rows={rows} t={t} locale={locale} />
          <Pagination basePath="/notifications" params={query.show === "all" ? { show: "all" } : {}} page={page} pageSize={pageSize} total={total} />
        </>
      )}
    </>
  );
}
