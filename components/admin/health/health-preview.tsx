import { HealthBadge } from "@/components/domain/health-badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { HEALTH_BANDS, type HealthBand } from "@/lib/health";
import type { HealthModelPreview } from "@/lib/health-models/preview";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

type BandRow = { band: HealthBand | "NONE"; now: number; draft: number };

/** What publishing the saved draft would change: accounts per band now and with the draft, and how many change band. */
export async function HealthPreview({ preview }: { preview: HealthModelPreview }) {
  const { t, locale } = await getI18n();
  const rows: BandRow[] = [...HEALTH_BANDS, "NONE" as const].map((band) => ({ band, now: preview.now[band], draft: preview.draft[band] }));
  const columns: Column<BandRow>[] = [
    { key: "band", header: t("health.admin.preview.band"), cell: (row) => <HealthBadge band={row.band === "NONE" ? null : row.band} t={t} /> },
    { key: "now", header: t("health.admin.preview.now", { version: preview.activeVersion }), align: "right", cell: (row) => formatNumber(locale, row.now) },
    {
      key: "draft",
      header: t("health.admin.preview.draft"),
      align: "right",
      cell: (row) => {
        const delta = row.draft - row.now;
        return (
          <span data-testid={`health-preview-${row.band}`}>
            {formatNumber(locale, row.draft)}
            {delta !== 0 && <span className="ml-1 text-xs text-slate-600">({delta > 0 ? "+" : "−"}{formatNumber(locale, Math.abs(delta))})</span>}
          </span>
        );
      },
    },
  ];
  return (
    <section aria-labelledby="health-preview-title" className="rounded-lg border border-brand-200 bg-brand-50 p-4" data-testid="health-preview">
      <h3 id="health-preview-title" className="font-semibold">{t("health.admin.preview.title")}</h3>
      <p className="mt-1 text-xs text-slate-600">{t("health.admin.preview.basis")}</p>
      <p className="mt-2 text-sm font-medium" data-testid="health-preview-count">
        {t("health.admin.preview.changed", { changed: formatNumber(locale, preview.changed), total: formatNumber(locale, preview.accounts) })}
        {preview.changed > 0 && ` ${t("health.admin.preview.direction", { improved: formatNumber(locale, preview.improved), worsened: formatNumber(locale, preview.worsened) })}`}
      </p>
      <DataTable variant="plain" className="mt-3 max-w-md" columns={columns} rows={rows} rowKey={(row) => row.band} label={t("health.admin.preview.band")} testId="health-preview-bands" />
    </section>
  );
}
