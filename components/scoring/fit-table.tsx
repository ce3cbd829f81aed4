import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { FitRow } from "@/lib/key-accounts/queries";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { FitForm } from "./fit-form";

const THIN_HISTORY = 3;

/** Accounts for experience inference, thin history first; the questionnaire opens in place (under the row) for editable ones. */
export async function FitTable({ rows, editable }: { rows: FitRow[]; editable: Set<string> }) {
  const { t, locale } = await getI18n();
  const columns: Column<FitRow>[] = [
    { key: "account", header: t("scoring.fit.account"), cell: (row) => <Link href={`/accounts/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.name}</Link> },
    { key: "industry", header: t("scoring.fit.industry"), hideBelow: "md", className: "text-slate-600", cell: (row) => row.industry },
    {
      key: "orders",
      header: t("scoring.fit.orders"),
      className: "whitespace-nowrap",
      cell: (row) => (
        <>
          <span className="tabular-nums">{formatNumber(locale, row.orderCount)}</span>
          {row.orderCount < THIN_HISTORY && <span className="ml-2"><Badge tone="amber">{t("scoring.fit.thin")}</Badge></span>}
        </>
      ),
    },
    {
      key: "fit",
      header: t("scoring.fit.fitScore"),
      className: "whitespace-nowrap",
      cell: (row) =>
        row.fit ? (
          <>
            <span className="font-semibold tabular-nums">{formatNumber(locale, row.fit.score, 0)}</span>
            <span className="ml-2 text-xs text-slate-500">{formatDate(locale, row.fit.createdAt)}</span>
          </>
        ) : (
          <span className="text-slate-500">{t("scoring.fit.notInferred")}</span>
        ),
    },
    {
      key: "recommendation",
      header: t("scoring.fit.recommendation"),
      cell: (row) => (row.fit ? t(`scoring.fit.recommendations.${row.fit.recommendation}` as MessageKey) : "—"),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      rowTestId={() => "fit-row"}
      caption={t("scoring.fit.caption")}
      rowDetail={(row) =>
        editable.has(row.id) ? (
          <details>
            <summary className="cursor-pointer text-xs text-brand-700 underline" aria-label={t("scoring.fit.openFor", { name: row.name })}>
              {t("scoring.fit.open")}
            </summary>
            <FitForm accountId={row.id} initial={row.fit?.answers ?? null} />
          </details>
        ) : null
      }
      empty={{ title: t("scoring.fit.emptyTitle"), hint: t("scoring.fit.emptyBody") }}
    />
  );
}
