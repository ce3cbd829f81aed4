import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { getI18n } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("myWork.title")} intro={t("myWork.intro")} />
      <PageSkeleton label={t("common.loading")} />
    </>
  );
}
