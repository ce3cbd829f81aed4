import { getI18n } from "@/lib/i18n/server";

export default async function BoardLoading() {
  const { t } = await getI18n();
  return (
    <div role="status" aria-busy="true">
      <p className="mb-4 text-sm text-slate-600">{t("board.loading")}</p>
      <div className="flex gap-3 overflow-hidden">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-96 w-64 shrink-0 animate-pulse rounded-lg bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
