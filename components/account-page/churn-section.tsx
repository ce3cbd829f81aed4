import { Badge, type BadgeTone } from "@/components/ui/badge";
import { CHURN_SIGNAL_LABELS, RISK_LEVEL_LABELS, type ChurnFlag, type ChurnSignals, type RiskLevel } from "@/lib/churn";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { Section } from "@/components/ui/section";

const RISK_TONE: Record<RiskLevel, BadgeTone> = { LOW: "green", MEDIUM: "amber", HIGH: "red" };

/** The evidence behind a flag, in words, so the manager sees why the account is at risk. */
function evidence(flag: ChurnFlag, t: Translate, locale: Locale): string {
  const n = (value: number) => formatNumber(locale, value, Number.isInteger(value) ? 0 : 1);
  switch (flag.code) {
    case "OVERDUE":
      return t("accountPage.churn.overdue", {
        days: n(flag.evidence.daysSinceLastOrder),
        median: n(flag.evidence.medianIntervalDays),
        threshold: n(flag.evidence.thresholdDays),
        orderDays: n(flag.evidence.orderDays),
      });
    case "DECLINING":
      return t("accountPage.churn.declining", {
        recent: formatMoney(locale, flag.evidence.recentRevenue),
        previous: formatMoney(locale, flag.evidence.previousRevenue),
        ratio: formatPercent(locale, flag.evidence.ratio),
      });
    case "NO_CONTACT":
      return flag.evidence.daysSinceLastActivity === null
        ? t("accountPage.churn.noContactNever")
        : t("accountPage.churn.noContact", { days: n(flag.evidence.daysSinceLastActivity) });
    case "OPEN_COMPLAINTS":
      return t("accountPage.churn.openComplaints", {
        open: flag.evidence.open,
        high: flag.evidence.high,
        medium: flag.evidence.medium,
        low: flag.evidence.low,
        days: n(flag.evidence.oldestOpenDays),
      });
  }
}

/** Churn signals computed live for this account from its orders, contacts and complaints, with the risk score and level. */
export async function ChurnSection({ churn }: { churn: ChurnSignals }) {
  const { t, locale } = await getI18n();
  return (
    <Section
      id="churn"
      title={t("accountPage.churn.title")}
      actions={
        <span className="flex items-center gap-2 text-sm text-slate-600">
          {t("accountPage.churn.risk", { score: churn.riskScore })}
          <Badge tone={RISK_TONE[churn.riskLevel]}>{RISK_LEVEL_LABELS[churn.riskLevel][locale]}</Badge>
        </span>
      }
    >
      {churn.flags.length === 0 ? (
        <p className="text-sm text-slate-600">{t("accountPage.churn.none")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {churn.flags.map((flag) => (
            <li key={flag.code} className="rounded-md bg-amber-50 px-3 py-2">
              <span className="font-medium text-amber-900">{CHURN_SIGNAL_LABELS[flag.code][locale]}</span>
              <span className="block text-amber-800">{evidence(flag, t, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
