import { JobsOverview } from "@/components/admin/jobs/jobs-overview";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { loadJobsPage } from "@/lib/jobs/queries";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.jobs", "shell.titles.admin");

export default async function AdminJobsPage() {
  const user = await requireUser();
  const { t } = await getI18n();
  if (!isAdmin(user)) {
    return <Notice title={t("common.forbiddenTitle")} body={t("common.forbiddenBody")} href="/dashboard" linkLabel={t("common.backToDashboard")} />;
  }
  const page = await loadJobsPage(getDb());
  return (
    <>
      <PageHeader title={t("jobs.title")} intro={t("jobs.intro", { timeZone: page.installed ? page.timeZone : "UTC" })} />
      {page.installed ? <JobsOverview page={page} /> : <Notice title={t("jobs.notInstalledTitle")} body={t("jobs.notInstalledBody")} />}
    </>
  );
}
