import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

export default async function AdminPage() {
  const user = await requireUser();
  const { t } = await getI18n();
  if (!isAdmin(user)) {
    return <Notice title={t("common.forbiddenTitle")} body={t("common.forbiddenBody")} href="/dashboard" linkLabel={t("common.backToDashboard")} />;
  }
  return (
    <>
      <PageHeader title={t("pages.admin")} intro={t("pages.adminIntro")} />
      <Notice title={t("common.comingTitle")} body={t("common.comingBody")} />
    </>
  );
}
