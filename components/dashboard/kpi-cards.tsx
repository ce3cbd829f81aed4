import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { STALE_AFTER_DAYS, type DashboardFilters, type Kpis } from "@/lib/db/dashboard";
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
  return (
    <section aria-label={t("dashboard.kpi.label")} className="mb-6 grid gap-4 xl:grid-cols-[1fr_22rem]">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {cards.map((card) => (
          <KpiCard key={card.key} card={card} />
        ))}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <h2 className="mb-2 text-xs font-medium text-slate-500">{t("dashboard.kpi.quadrants")}</h2>
        <table className="w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th>{t("dashboard.kpi.quadrant")}</th>
              <th>{t("dashboard.kpi.strategy")}</th>
              <th>{t("dashboard.kpi.accounts")}</th>
              <th>{t("dashboard.kpi.revenue")}</th>
            </tr>
          </thead>
          <tbody>
            {quadrants.map((q) => (
              <tr key={q} className="border-t border-slate-100 first:border-0">
                <td className="py-1.5">
                  <Link href={accountsListHref(filters, { quadrant: q })} className="hover:underline">
                    <QuadrantBadge quadrant={q} locale={locale} />
                  </Link>
                </td>
                <td className="py-1.5 text-xs text-slate-500">{STRATEGIES[QUADRANTS[q].strategy].label[locale]}</td>
                <td className="py-1.5 text-right tabular-nums" data-testid={`quadrant-count-${q}`}>
                  {formatNumber(locale, kpis.quadrants[q].count)}
                </td>
                <td className="py-1.5 text-right tabular-nums text-slate-600">{money(kpis.quadrants[q].revenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
