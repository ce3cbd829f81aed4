import { Notice } from "@/components/ui/notice";
import { getI18n } from "@/lib/i18n/server";

export default async function AccountNotFound() {
  const { t } = await getI18n();
  return <Notice title={t("accountDetail.notFoundTitle")} body={t("accountDetail.notFoundBody")} href="/accounts" linkLabel={t("accountDetail.backToAccounts")} />;
}
