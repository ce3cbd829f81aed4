import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { RankedAccount } from "@/lib/key-accounts/ranking";
import type { FactorView } from "@/lib/scoring-models/queries";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { RFM_SEGMENTS, type RfmSegment } from "@/lib/rfm";
import { KeyAccountToggle } from "./key-account-toggle";

type Props = { rows: RankedAccount[]; criteria: FactorView[]; canConfirm: boolean };

/** The ranking with each criterion's input, so every composite score can be explained. */
export async function IdentificationTable({ rows, criteria, canConfirm }: Props) {
  const { t, locale } = await getI18n();
  const columns: (Column<RankedAccount> | false)[] = [
    { key: "rank", header: t("scoring.identification.columns.rank"), className: "tabular-nums", cell: (row) => row.rank },
    {
      key: "account",
      header: t("scoring.identification.columns.account"),
      cell: (row) => (
        <Link href={`/accounts/${row.id}`} className="font-medium text-brand-700 hover:underline" data-testid="ranking-name">{row.name}</Link>
      ),
    },
    {
      key: "composite",
      header: t("scoring.identification.columns.composite"),
      className: "tabular-nums whitespace-nowrap",
      cell: (row) => (
        <>
          <span className="font-semibold">{formatNumber(locale, row.score, 2)}</span>
          <span className="ml-1 text-xs text-slate-500">{formatPercent(locale, row.completeness)}</span>
        </>
      ),
    },
    ...criteria.map(
      (c): Column<RankedAccount> => ({
        key: `criterion-${c.key}`,
        header: (
          <>
            {locale === "zh" ? c.labelZh : c.labelEn} <span className="font-normal text-slate-600">({formatNumber(locale, c.weight)} %)</span>
          </>
        ),
        headerTitle: (locale === "zh" ? c.helpZh : c.helpEn) ?? undefined,
        hideBelow: "lg",
        className: "tabular-nums text-slate-600",
        cell: (row) => formatNumber(locale, row.criteria[c.key] ?? null, 1),
      }),
    ),
    { key: "abc", header: t("scoring.identification.columns.abc"), cell: (row) => row.abcClass ?? "—" },
    {
      key: "segment",
      header: t("scoring.identification.columns.segment"),
      hideBelow: "md",
      cell: (row) => (row.rfmSegment && row.rfmSegment in RFM_SEGMENTS ? RFM_SEGMENTS[row.rfmSegment as RfmSegment].label[locale] : "—"),
    },
    {
      key: "status",
      header: t("scoring.identification.columns.status"),
      cell: (row) => (
        <span className="flex flex-wrap gap-1">
          {row.proposed && <Badge tone="green">{t("scoring.identification.proposedBadge")}</Badge>}
          {row.isKeyAccount && <Badge tone="violet">{t("scoring.identification.keyBadge")}</Badge>}
        </span>
      ),
    },
    canConfirm && {
      key: "action",
      header: <span className="sr-only">{t("scoring.identification.columns.action")}</span>,
      align: "right",
      cell: (row) => (row.proposed || row.isKeyAccount) && <KeyAccountToggle accountId={row.id} name={row.name} version={row.version} isKeyAccount={row.isKeyAccount} />,
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      rowClassName={(row) => (row.proposed ? "bg-green-50/50" : undefined)}
      rowTestId={() => "ranking-row"}
      caption={t("scoring.identification.caption")}
      empty={{ title: t("scoring.identification.emptyTitle"), hint: t("scoring.identification.emptyBody") }}
    />
  );
}
