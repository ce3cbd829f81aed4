import Link from "next/link";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { loadPreferences } from "@/lib/notifications/queries";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.preferences", "shell.titles.notifications");

export default async function NotificationPreferencesPage() {
  const user = await requireUser();
  const { t, locale } = await getI18n();
  const preferences = await loadPreferences(getDb(), user.id);
  return (
    <>
      <PageHeader
        title={t("notifications.preferences.title")}
        intro={t("notifications.preferences.intro")}
        actions={<Link href="/notifications" className={buttonClass("secondary")}>{t("notifications.preferences.back")}</Link>}
      />
      <h2 id="preferences-title" className="sr-only">{t("notifications.preferences.title")}</h2>
      <PreferencesForm initial={preferences} mailConfigured={preferences.mailConfigured} email={user.email} />
      {preferences.lastDigestAt && (
        <p className="mt-3 text-xs text-slate-500">{t("notifications.preferences.lastDigest", { date: formatDate(locale, preferences.lastDigestAt, true) })}</p>
      )}
    </>
  );
}
