import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import type { QuadrantPreview } from "@/lib/db/scoring-preview";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

type SelectionPreview = { entering: number; leaving: number; sample: { id: string; name: string }[] };

/** What publishing the saved draft would change, computed on the server with the engines. */
export async function PreviewPanel({ matrix, selection }: { matrix?: QuadrantPreview; selection?: SelectionPreview }) {
  const { t, locale } = await getI18n();
  const th = "px-2 py-1 text-left font-medium text-slate-600";
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
            <table className="mt-2 text-sm">
              <caption className="text-left text-xs text-slate-500">{t("admin.preview.sample", { count: matrix.sample.length })}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>{t("admin.preview.account")}</th>
                  <th scope="col" className={th}>{t("admin.preview.from")}</th>
                  <th scope="col" className={th}>{t("admin.preview.to")}</th>
                </tr>
              </thead>
              <tbody>
                {matrix.sample.map((change) => (
                  <tr key={change.accountId}>
                    <td className="px-2 py-1">{change.name}</td>
                    <td className="px-2 py-1"><QuadrantBadge quadrant={change.from} locale={locale} /></td>
                    <td className="px-2 py-1">{change.to ? <QuadrantBadge quadrant={change.to} locale={locale} /> : t("admin.preview.unplaced")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
