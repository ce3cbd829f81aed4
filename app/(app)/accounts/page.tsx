import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

export default async function Page() {
  await requireUser();
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("pages.accounts")} intro={t("pages.accountsIntro")} />
      <Notice title={t("common.comingTitle")} body={t("common.comingBody")} />
    </>
  );
}
