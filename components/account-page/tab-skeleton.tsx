import { getI18n } from "@/lib/i18n/server";

/** Placeholder cards while a tab's data loads. */
export async function TabSkeleton() {
  const { t } = await getI18n();
  return (
    <div className="grid gap-4 lg:grid-cols-2" aria-busy="true">
      <p className="sr-only" role="status">{t("common.loading")}</p>
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="h-40 animate-pulse rounded-lg border border-slate-200 bg-white" />
      ))}
    </div>
  );
}
