import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { QuadrantPreview } from "@/lib/scoring-models/preview";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

type SelectionPreview = { entering: number; leaving: number; sample: { id: string; name: string }[] };

/** What publishing the saved draft would change, computed on the server with the engines. */
export async function PreviewPanel({ matrix, selection }: { matrix?: QuadrantPreview; selection?: SelectionPreview }) {
  const { t, locale } = await getI18n();
  const sampleColumns: Column<QuadrantPreview["sample"][number]>[] = [
    { key: "account", header: t("admin.preview.account"), cell: (change) => change.name },
    { key: "from", header: t("admin.preview.from"), cell: (change) => <QuadrantBadge quadrant={change.from} locale={locale} /> },
    { key: "to", header: t("admin.preview.to"), cell: (change) => (change.to ? <QuadrantBadge quadrant={change.to} locale={locale} /> : t("admin.preview.unplaced")) },
  ];
  return (
    <section aria-labelledby="preview-title" className="rounded-lg border border-brand-200 bg-brand-50 p-4" data-testid="draft-preview">
      <h3 id="preview-title" className="font-semibold">{t("admin.preview.title")}</h3>
      <p className="mt-1 text-xs text-slate-600">{t("admin.preview.basis")}</p>
      {matrix && (
        <>
          <p className="mt-2 text-sm font-medium" data-testid="preview-count">
            {t("admin.preview.matrix", { changed: formatNumber(locale, matrix.changed), assessed: formatNumber(locale, matrix.assessed) })}
          </p>
          {matrix.sample.length > 0 && (
            <DataTable
              variant="plain"
              className="mt-2"
              columns={sampleColumns}
              rows={matrix.sample}
              rowKey={(change) => change.accountId}
              caption={<span className="text-xs text-slate-500">{t("admin.preview.sample", { count: matrix.sample.length })}</span>}
              showCaption
            />
          )}
        </>
      )}
      {selection && (
        <>
          <p className="mt-2 text-sm font-medium" data-testid="preview-count">
            {t("admin.preview.selection", { entering: formatNumber(locale, selection.entering), leaving: formatNumber(locale, selection.leaving) })}
          </p>
          {selection.sample.length > 0 && (
            <ul className="mt-1 list-inside list-disc text-sm">
              {selection.sample.map((s) => <li key={s.id}>{s.name}</li>)}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
