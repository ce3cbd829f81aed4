"use client";

import type { ImportProgress } from "@/lib/csv-import/report";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/client";

/** The bar shown while the file is sent, checked and written; indeterminate until the server reports rows. */
export function ImportProgressBar({ progress }: { progress?: ImportProgress }) {
  const { t, locale } = useI18n();
  const label = progress
    ? t(`csvImport.progress.${progress.phase}`, { done: formatNumber(locale, progress.done), total: formatNumber(locale, progress.total) })
    : t("csvImport.progress.uploading");
  return (
    <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4" role="status" aria-live="polite">
      <p className="text-sm text-slate-700">{label}</p>
      <progress
        className="mt-2 h-2 w-full overflow-hidden rounded accent-brand-600"
        aria-label={t("csvImport.progress.label")}
        max={progress?.total || undefined}
        value={progress ? progress.done : undefined}
      />
    </div>
  );
}
