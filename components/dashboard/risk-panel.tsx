import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { RISK_LIST_SIZE, type RiskRow } from "@/lib/db/dashboard";
import { CHURN_SIGNAL_LABELS, RISK_LEVEL_LABELS, type RiskLevel } from "@/lib/churn";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { accountHref } from "./links";
import { Panel, PanelEmpty } from "./panel";

const LEVEL_TONE: Record<RiskLevel, "red" | "amber" | "neutral"> = { HIGH: "red", MEDIUM: "amber", LOW: "neutral" };

/** The accounts with the highest churn risk and the signals behind it. */
export function RiskPanel({ rows, locale, t }: { rows: RiskRow[]; locale: Locale; t: Translate }) {
  return (
    <Panel id="risks" title={t("dashboard.risks.title")} intro={t("dashboard.risks.intro", { count: RISK_LIST_SIZE })}>
      {rows.length === 0 ? (
        <PanelEmpty message={t("dashboard.empty.noRisks")} height="h-48" />
      ) : (
        <table className="w-full text-sm" data-testid="risk-list">
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="text-left font-medium">{t("dashboard.risks.account")}</th>
              <th scope="col" className="text-right font-medium">{t("dashboard.risks.score")}</th>
              <th scope="col" className="pl-3 text-left font-medium">{t("dashboard.risks.signals")}</th>
              <th scope="col" className="text-right font-medium">{t("dashboard.risks.revenue")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100 align-top">
                <td className="max-w-48 py-1.5">
                  <Link href={accountHref(row.id)} className="block truncate font-medium text-brand-700 hover:underline">
                    {row.name}
                  </Link>
                  <span className="block truncate text-xs text-slate-500">
                    {row.ownerName}
                    {row.isKeyAccount && ` · ${t("dashboard.risks.key")}`}
                  </span>
                </td>
                <td className="py-1.5 text-right">
                  <Badge tone={LEVEL_TONE[row.riskLevel]} title={RISK_LEVEL_LABELS[row.riskLevel][locale]}>
                    {formatNumber(locale, row.riskScore)}
                  </Badge>
                </td>
                <td className="py-1.5 pl-3">
                  <span className="flex flex-wrap gap-1">
                    {row.churnFlags.map((flag) => (
                      <Badge key={flag} tone="amber">
                        {CHURN_SIGNAL_LABELS[flag][locale]}
                      </Badge>
                    ))}
                  </span>
                </td>
                <td className="py-1.5 text-right tabular-nums whitespace-nowrap">{formatMoney(locale, row.revenue12m, { compact: true })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
