import { getI18n } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getI18n();
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{t("common.loading")}</span>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-24 animate-pulse rounded-lg bg-slate-100" />
      {Array.from({ length: 8 }, (_, i) => <div key={i} className="h-10 animate-pulse rounded bg-slate-100" />)}
    </div>
  );
}
