import { DashboardSkeleton } from "@/components/dashboard/skeletons";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("pages.dashboard")} intro={t("pages.dashboardIntro")} />
      <DashboardSkeleton label={t("common.loading")} />
    </>
  );
}
