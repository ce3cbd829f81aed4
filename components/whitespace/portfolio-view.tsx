import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import type { SessionUser } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/prisma";
import { INTL_LOCALE } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { portfolioFigures } from "@/lib/whitespace-map/portfolio-figures";
import { ForecastChart } from "./forecast-chart";

/**
 * /whitespace: whitespace by offering over the key accounts in the viewer's scope, and the monthly forecast of
 * their opportunities beside last year's revenue (a table too, so the numbers are readable without the chart).
 */
export async function PortfolioView({ user }: { user: SessionUser }) {
  const { t, locale } = await getI18n();
  const now = new Date();
  const { whitespace, forecast } = await portfolioFigures(getDb(), user, now);
  const monthLabel = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "short", year: "numeric", timeZone: "UTC" });
  const cls = "px-3 py-2 text-right tabular-nums";

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600" data-testid="whitespace-scope">
        {t(user.role === "MANAGER" ? "whitespace.portfolio.scopeManager" : "whitespace.portfolio.scopeAll", { count: whitespace.accounts })}
      </p>
      <Section title={t("whitespace.portfolio.byOffering")} id="whitespace-by-offering">
        <p className="mb-3 text-sm text-slate-600">{t("whitespace.portfolio.byOfferingIntro")}</p>
        {whitespace.rows.length === 0 ? (
          <Notice title={t("whitespace.portfolio.empty")} body={t("whitespace.portfolio.emptyBody")} />
        ) : (
          <div className="overflow-x-auto" tabIndex={0}>
            <table className="min-w-full text-sm" data-testid="whitespace-by-offering">
              <thead className="bg-slate-50 text-left text-xs uppercase text-slate-600">
                <tr>
                  <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2">{t("whitespace.portfolio.offering")}</th>
                  <th scope="col" className="px-3 py-2">{t("whitespace.portfolio.productLine")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("whitespace.portfolio.whitespace")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("whitespace.portfolio.totalMarket")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("whitespace.portfolio.ourRevenue")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("whitespace.portfolio.cells")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("whitespace.portfolio.accounts")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {whitespace.rows.map((row) => (
                  <tr key={row.offeringId}>
                    <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-medium">
                      {locale === "zh" ? row.nameZh : row.nameEn}
                      {!row.active && <span className="ml-1 text-xs font-normal text-slate-500">{t("whitespace.portfolio.inactive")}</span>}
                    </th>
                    <td className="px-3 py-2">{locale === "zh" ? row.lineZh : row.lineEn}</td>
                    <td className={`${cls} font-semibold`}>{formatMoney(locale, row.whitespace)}</td>
                    <td className={cls}>{formatMoney(locale, row.totalMarket)}</td>
                    <td className={cls}>{formatMoney(locale, row.ourRevenue)}</td>
                    <td className={cls}>{formatNumber(locale, row.openCells)}</td>
                    <td className={cls}>{formatNumber(locale, row.accounts)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="border-t-2 border-slate-200 font-semibold">
                <tr>
                  <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left">{t("whitespace.portfolio.total")}</th>
                  <td />
                  <td className={cls} data-testid="whitespace-grand-total">{formatMoney(locale, whitespace.totals.whitespace)}</td>
                  <td className={cls}>{formatMoney(locale, whitespace.totals.totalMarket)}</td>
                  <td className={cls}>{formatMoney(locale, whitespace.totals.ourRevenue)}</td>
                  <td className={cls}>{formatNumber(locale, whitespace.totals.openCells)}</td>
                  <td className={cls}>{formatNumber(locale, whitespace.mappedAccounts)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </Section>
      <Section
        title={t("whitespace.portfolio.forecast")}
        id="whitespace-forecast"
        actions={<span className="text-sm text-slate-600">{t("whitespace.portfolio.pipeline", { amount: formatMoney(locale, forecast.pipeline.weighted) })}</span>}
      >
        <p className="mb-3 text-sm text-slate-600">{t("whitespace.portfolio.forecastIntro")}</p>
        <ForecastChart data={forecast.months} />
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-brand-700">{t("whitespace.portfolio.forecastTable")}</summary>
          <div className="overflow-x-auto" tabIndex={0}>
            <table className="mt-2 min-w-full text-sm">
              <thead className="text-left text-xs uppercase text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-1">{t("whitespace.portfolio.month")}</th>
                  <th scope="col" className="px-3 py-1 text-right">{t("whitespace.portfolio.forecastSeries")}</th>
                  <th scope="col" className="px-3 py-1 text-right">{t("whitespace.portfolio.lastYearSeries")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {forecast.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row" className="px-3 py-1 text-left font-normal">{monthLabel.format(new Date(`${m.month}-01T00:00:00Z`))}</th>
                    <td className="px-3 py-1 text-right tabular-nums">{formatMoney(locale, m.forecast)}</td>
                    <td className="px-3 py-1 text-right tabular-nums">{formatMoney(locale, m.lastYear)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </Section>
    </div>
  );
}
