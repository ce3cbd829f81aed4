import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { RISK_LIST_SIZE, type RiskRow } from "@/lib/dashboard";
import { CHURN_SIGNAL_LABELS, RISK_LEVEL_LABELS, type RiskLevel } from "@/lib/churn";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { accountHref } from "./links";
import { Panel } from "./panel";

const LEVEL_TONE: Record<RiskLevel, "red" | "amber" | "neutral"> = { HIGH: "red", MEDIUM: "amber", LOW: "neutral" };

/** The accounts with the highest churn risk and the signals behind it. */
export function RiskPanel({ rows, locale, t }: { rows: RiskRow[]; locale: Locale; t: Translate }) {
  const columns: Column<RiskRow>[] = [
    {
      key: "account",
      header: t("dashboard.risks.account"),
      className: "max-w-48",
      cell: (row) => (
        <>
          <Link href={accountHref(row.id)} className="block truncate font-medium text-brand-700 hover:underline">
            {row.name}
          </Link>
          <span className="block truncate text-xs text-slate-500">
            {row.ownerName}
            {row.isKeyAccount && ` · ${t("dashboard.risks.key")}`}
          </span>
        </>
      ),
    },
    {
      key: "score",
      header: t("dashboard.risks.score"),
      align: "right",
      cell: (row) => (
        <Badge tone={LEVEL_TONE[row.riskLevel]} title={RISK_LEVEL_LABELS[row.riskLevel][locale]}>
          {formatNumber(locale, row.riskScore)}
        </Badge>
      ),
    },
    {
      key: "signals",
      header: t("dashboard.risks.signals"),
      cell: (row) => (
        <span className="flex flex-wrap gap-1">
          {row.churnFlags.map((flag) => (
            <Badge key={flag} tone="amber">
              {CHURN_SIGNAL_LABELS[flag][locale]}
            </Badge>
          ))}
        </span>
      ),
    },
    { key: "revenue", header: t("dashboard.risks.revenue"), align: "right", className: "whitespace-nowrap", cell: (row) => formatMoney(locale, row.revenue12m, { compact: true }) },
  ];
  return (
    <Panel id="risks" title={t("dashboard.risks.title")} intro={t("dashboard.risks.intro", { count: RISK_LIST_SIZE })}>
      <DataTable
        variant="plain"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        labelledBy="risks-title"
        testId="risk-list"
        empty={{ title: t("dashboard.empty.noRisks"), className: "h-48" }}
      />
    </Panel>
  );
}
