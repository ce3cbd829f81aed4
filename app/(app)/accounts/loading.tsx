import { PageSkeleton } from "@/components/ui/page-skeleton";
import { ACCOUNT_SORT_KEYS } from "@/lib/accounts/schemas";
import { getI18n } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getI18n();
  const columns = ACCOUNT_SORT_KEYS.map((key) => t(`accounts.columns.${key}`));
  return <PageSkeleton variant="list" label={t("common.loading")} columns={columns} filterClassName="h-28" rowClassName="h-9" />;
}
