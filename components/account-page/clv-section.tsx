import { Facts, Section } from "@/components/ui/section";
import { getDb } from "@/lib/db/prisma";
import { formatDate, formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { getAccountLifetimeValue } from "@/lib/lifetime-value/queries";

/** The account's lifetime value from the latest model fit, with what the figures mean; empty states otherwise. */
export async function ClvSection({ accountId }: { accountId: string }) {
  const [{ t, locale }, { fit, figures }] = await Promise.all([getI18n(), getAccountLifetimeValue(getDb(), accountId)]);
  const empty = !fit ? t("clv.panel.emptyNoFit") : !figures ? t("clv.panel.emptyNoOrders") : null;
  return (
    <Section id="clv" title={t("clv.panel.title")}>
      <div data-testid="clv-panel">
        {empty || !fit || !figures ? (
          <p className="text-sm text-slate-500">{empty}</p>
        ) : (
          <>
            <Facts
              items={[
                { label: t("clv.panel.pAlive"), value: <span data-testid="clv-p-alive">{formatPercent(locale, figures.pAlive)}</span> },
                { label: t("clv.panel.expectedPurchases"), value: formatNumber(locale, figures.expectedPurchases12m, 1) },
                { label: t("clv.panel.expectedAverage"), value: formatMoney(locale, figures.expectedAverageValue) },
                { label: t("clv.panel.clv12"), value: <span data-testid="clv-12m">{formatMoney(locale, figures.clv12m)}</span> },
                { label: t("clv.panel.clv36"), value: formatMoney(locale, figures.clv36m) },
                {
                  label: t("clv.panel.history"),
                  value: t("clv.panel.historyValue", { repeat: formatNumber(locale, figures.frequency), days: formatNumber(locale, figures.T) }),
                },
              ]}
            />
            {figures.previousPAlive !== null && figures.previousPAlive > figures.pAlive + 0.05 && (
              <p className="mt-3 text-sm text-amber-700">{t("clv.panel.dropped", { before: formatPercent(locale, figures.previousPAlive) })}</p>
            )}
            <p className="mt-3 text-sm text-slate-600">{t("clv.panel.explanation")}</p>
            <p className="mt-2 text-xs text-slate-500">
              {t("clv.panel.fitted", {
                date: formatDate(locale, fit.fittedAt),
                customers: formatNumber(locale, fit.customers),
                basis: t(fit.basis === "margin" ? "clv.panel.basis.margin" : "clv.panel.basis.revenue"),
              })}
            </p>
          </>
        )}
      </div>
    </Section>
  );
}
