import { Notice } from "@/components/ui/notice";
import { getI18n } from "@/lib/i18n/server";

export default async function AccountNotFound() {
  const { t } = await getI18n();
  return <Notice title={t("accountPage.notFoundTitle")} body={t("accountPage.notFoundBody")} href="/accounts" linkLabel={t("accountPage.backToAccounts")} />;
}
