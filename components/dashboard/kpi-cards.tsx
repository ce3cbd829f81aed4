import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { STALE_AFTER_DAYS, type DashboardFilters, type Kpis } from "@/lib/dashboard";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { QUADRANTS, STRATEGIES, type Quadrant } from "@/lib/matrix";
import { accountsListHref } from "./links";

type Card = { key: string; label: string; value: string; hint: string; href?: string; tone?: "warn" };

function KpiCard({ card }: { card: Card }) {
  const body = (
    <>
      <dt className="text-xs font-medium text-slate-500">{card.label}</dt>
      <dd className={`mt-1 text-2xl font-semibold ${card.tone === "warn" ? "text-amber-700" : "text-slate-900"}`} data-testid={`kpi-${card.key}`}>
        {card.value}
      </dd>
      <dd className="mt-0.5 line-clamp-2 text-xs text-slate-500">{card.hint}</dd>
    </>
  );
  const box = "block h-28 rounded-lg border border-slate-200 bg-white p-3 shadow-sm";
  return card.href ? (
    <Link href={card.href} className={`${box} hover:border-brand-500`}>
      <dl>{body}</dl>
    </Link>
  ) : (
    <dl className={box}>{body}</dl>
  );
}

/** The headline figures and the accounts per quadrant. */
export function KpiCards({ kpis, filters, locale, t }: { kpis: Kpis; filters: DashboardFilters; locale: Locale; t: Translate }) {
  const money = (value: number) => formatMoney(locale, value, { compact: true });
  const cards: Card[] = [
    { key: "key-accounts", label: t("dashboard.kpi.keyAccounts"), value: formatNumber(locale, kpis.keyAccounts), hint: t("dashboard.kpi.keyAccountsHint", { accounts: formatNumber(locale, kpis.accounts) }), href: accountsListHref(filters, { key: "1" }) },
    { key: "revenue-share", label: t("dashboard.kpi.revenueShare"), value: formatPercent(locale, kpis.keyRevenueShare, 1), hint: t("dashboard.kpi.shareHint", { amount: money(kpis.keyRevenue), total: money(kpis.revenue) }) },
    { key: "margin-share", label: t("dashboard.kpi.marginShare"), value: formatPercent(locale, kpis.keyMarginShare, 1), hint: t("dashboard.kpi.shareHint", { amount: money(kpis.keyMargin), total: money(kpis.margin) }) },
    { key: "assessed", label: t("dashboard.kpi.assessed"), value: formatNumber(locale, kpis.assessed), hint: t("dashboard.kpi.assessedHint") },
    { key: "stale", label: t("dashboard.kpi.stale"), value: formatNumber(locale, kpis.stale), hint: t("dashboard.kpi.staleHint", { days: STALE_AFTER_DAYS }), tone: kpis.stale > 0 ? "warn" : undefined },
    { key: "at-risk", label: t("dashboard.kpi.atRisk"), value: formatNumber(locale, kpis.atRisk), hint: t("dashboard.kpi.atRiskHint"), href: accountsListHref(filters, { risk: "HIGH" }), tone: kpis.atRisk > 0 ? "warn" : undefined },
    { key: "single-threaded", label: t("dashboard.kpi.singleThreaded"), value: formatNumber(locale, kpis.singleThreaded), hint: t("dashboard.kpi.singleThreadedHint", { count: formatNumber(locale, kpis.coverageChecked) }), tone: kpis.singleThreaded > 0 ? "warn" : undefined },
  ];
  const quadrants = Object.keys(QUADRANTS) as Quadrant[];
  const quadrantColumns: Column<Quadrant>[] = [
    {
      key: "quadrant",
      header: t("dashboard.kpi.quadrant"),
      cell: (q) => (
        <Link href={accountsListHref(filters, { quadrant: q })} className="hover:underline">
          <QuadrantBadge quadrant={q} locale={locale} />
        </Link>
      ),
    },
    { key: "strategy", header: t("dashboard.kpi.strategy"), className: "text-xs text-slate-500", cell: (q) => STRATEGIES[QUADRANTS[q].strategy].label[locale] },
    { key: "accounts", header: t("dashboard.kpi.accounts"), align: "right", cell: (q) => <span data-testid={`quadrant-count-${q}`}>{formatNumber(locale, kpis.quadrants[q].count)}</span> },
    { key: "revenue", header: t("dashboard.kpi.revenue"), align: "right", className: "text-slate-600", cell: (q) => money(kpis.quadrants[q].revenue) },
  ];
  return (
    <section aria-label={t("dashboard.kpi.label")} className="mb-6 grid gap-4 xl:grid-cols-[1fr_22rem]">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {cards.map((card) => (
          <KpiCard key={card.key} card={card} />
        ))}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <h2 id="kpi-quadrants-title" className="mb-2 text-xs font-medium text-slate-500">{t("dashboard.kpi.quadrants")}</h2>
        <DataTable variant="plain" headerHidden columns={quadrantColumns} rows={quadrants} rowKey={(q) => q} labelledBy="kpi-quadrants-title" />
      </div>
    </section>
  );
}
