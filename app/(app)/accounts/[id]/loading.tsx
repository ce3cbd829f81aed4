import { TabSkeleton } from "@/components/account-page/tab-skeleton";
import { getI18n } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getI18n();
  return (
    <div>
      <div className="mb-4 h-8 w-72 animate-pulse rounded bg-slate-200" />
      <div className="mb-6 h-9 w-full animate-pulse rounded bg-slate-100" />
      <p className="sr-only" role="status">{t("accountPage.loading")}</p>
      <TabSkeleton />
    </div>
  );
}
