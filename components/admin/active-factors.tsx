import { DataTable } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { DIMENSION_LABELS, FACTOR_GROUPS } from "@/lib/scoring";
import type { FactorView, ModelView } from "@/lib/scoring-models/queries";

const groupLabel = (key: string, locale: Locale) => FACTOR_GROUPS.find((g) => g.key === key)?.label[locale] ?? key;

/** The active version's factors and weights, read-only: what assessments are scored with, without starting a draft. */
export function ActiveFactors({ model, t, locale }: { model: ModelView; t: Translate; locale: Locale }) {
  const dimensions = [...new Set(model.factors.map((f) => f.dimension))];
  return (
    <section aria-labelledby="active-factors-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-4" data-testid="active-factors">
      <h2 id="active-factors-title" className="text-lg font-semibold">{t("ux.scoring.activeFactors")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("ux.scoring.activeFactorsIntro")}</p>
      <div className="space-y-4">
        {dimensions.map((dimension) => {
          const factors = model.factors.filter((f) => f.dimension === dimension);
          const title = dimension === "SELECTION" ? t("admin.editor.criteria") : DIMENSION_LABELS[dimension][locale];
          return (
            <DataTable<FactorView>
              key={dimension}
              variant="plain"
              caption={<span className="font-semibold text-slate-800">{title}</span>}
              showCaption
              columns={[
                { key: "label", header: t("ux.scoring.factor"), rowHeader: true, cell: (f) => (locale === "zh" ? f.labelZh : f.labelEn) },
                dimension !== "SELECTION" && { key: "group", header: t("ux.scoring.group"), cell: (f) => groupLabel(f.groupKey, locale) },
                { key: "weight", header: t("ux.scoring.weight"), align: "right", cell: (f) => `${formatNumber(locale, f.weight, 2)} %` },
                dimension !== "SELECTION" && {
                  key: "inverted",
                  header: t("ux.scoring.inverted"),
                  cell: (f) => (f.inverted ? t("ux.scoring.invertedYes") : t("ux.scoring.invertedNo")),
                },
              ]}
              rows={factors}
              rowKey={(f) => f.id}
            />
          );
        })}
      </div>
    </section>
  );
}
