import { Notice } from "@/components/ui/notice";
import { getI18n } from "@/lib/i18n/server";

/** What forbidden() shows inside the app shell, with HTTP status 403. */
export default async function Forbidden() {
  const { t } = await getI18n();
  return <Notice title={t("common.forbiddenTitle")} body={t("common.forbiddenBody")} href="/dashboard" linkLabel={t("common.backToDashboard")} />;
}
