import { PageSkeleton } from "@/components/ui/page-skeleton";
import { CONTACT_SORT_KEYS } from "@/lib/contacts/list-query";
import { getI18n } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getI18n();
  const columns = CONTACT_SORT_KEYS.map((key) => t(`contacts.column.${key}`));
  return <PageSkeleton variant="list" label={t("common.loading")} columns={columns} />;
}
