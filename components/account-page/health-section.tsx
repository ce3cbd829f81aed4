import { HealthBadge } from "@/components/domain/health-badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import type { AccountHealthView } from "@/lib/account-page/health";
import type { HealthComponentResult, HealthEvidence } from "@/lib/health";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { HealthTrendChart } from "./health-trend-chart-lazy";

/** Evidence is a message key with values, so it reads in the viewer's language. */
const says = (t: Translate, evidence: HealthEvidence) => t(evidence.key as MessageKey, evidence.values);

/**
 * The account's health: score, band and model version, every component with its value, weight and points and the
 * facts behind it (missing data said as such, with why), and the daily trend of the last 90 days.
 */
export async function HealthSection({ health, thresholds }: { health: AccountHealthView | null; thresholds: { healthyFrom: number; watchFrom: number } | null }) {
  const { t, locale } = await getI18n();
  if (!health) {
    return (
      <Section id="health" title={t("health.panel.title")}>
        <div data-testid="health-empty" className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
          <p className="font-medium text-slate-700">{t("health.panel.empty")}</p>
          <p className="mt-1">{t("health.panel.emptyBody")}</p>
        </div>
      </Section>
    );
  }
  const columns: Column<HealthComponentResult>[] = [
    {
      key: "component",
      header: t("health.panel.component"),
      cell: (c) => (
        <>
          <span className="font-medium">{t(`health.components.${c.component}`)}</span>
          {c.status === "SCORED" && c.evidence.length > 0 && (
            <ul className="mt-0.5 space-y-0.5 text-xs text-slate-600">
              {c.evidence.map((e, i) => <li key={i}>{says(t, e)}</li>)}
            </ul>
          )}
          {c.status === "MISSING" && <span className="mt-0.5 block text-xs text-slate-600">{says(t, c.reason)}</span>}
        </>
      ),
    },
    {
      key: "value",
      header: t("health.panel.value"),
      align: "right",
      className: "whitespace-nowrap",
      cell: (c) =>
        c.status === "SCORED" ? formatPercent(locale, c.value) : <span className="text-slate-500">{c.status === "MISSING" ? t("health.panel.noData") : t("health.panel.off")}</span>,
    },
    { key: "weight", header: t("health.panel.weight"), align: "right", className: "whitespace-nowrap", cell: (c) => `${formatNumber(locale, c.weight)} %` },
    { key: "points", header: t("health.panel.points"), align: "right", cell: (c) => (c.status === "SCORED" ? formatNumber(locale, c.points, 1) : "—") },
  ];
  return (
    <Section
      id="health"
      title={t("health.panel.title")}
      actions={
        <span className="flex items-center gap-2 text-sm text-slate-600" data-testid="health-score">
          {health.score === null ? t("health.panel.noScore") : t("health.panel.scoreOf", { score: formatNumber(locale, health.score) })}
          <HealthBadge band={health.band} t={t} />
        </span>
      }
    >
      <p className="mb-3 text-xs text-slate-500">
        {t("health.panel.model", { version: health.modelVersion })} · {t("health.panel.computed", { date: formatDate(locale, health.computedAt) })}
      </p>
      <DataTable variant="plain" columns={columns} rows={health.components} rowKey={(c) => c.component} label={t("health.panel.title")} testId="health-components" />
      <h3 className="mb-1 mt-4 text-sm font-semibold">{t("health.panel.trend")}</h3>
      {health.trend.length > 0 ? (
        <HealthTrendChart points={health.trend} healthyFrom={thresholds?.healthyFrom} watchFrom={thresholds?.watchFrom} />
      ) : (
        <p className="text-sm text-slate-500">{t("health.panel.trendEmpty")}</p>
      )}
    </Section>
  );
}
