import { PageSkeleton } from "@/components/ui/page-skeleton";
import { getI18n } from "@/lib/i18n/server";

export default async function WhitespaceLoading() {
  const { t } = await getI18n();
  return <PageSkeleton label={t("whitespace.loading")} />;
}
