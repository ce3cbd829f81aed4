import { Notice } from "@/components/ui/notice";
import { getI18n } from "@/lib/i18n/server";

/** What notFound() shows inside the app shell (a missing account, contact, assessment …), with HTTP status 404. */
export default async function AppNotFound() {
  const { t } = await getI18n();
  return <Notice title={t("common.notFoundTitle")} body={t("common.notFoundBody")} href="/dashboard" linkLabel={t("common.backToDashboard")} />;
}
