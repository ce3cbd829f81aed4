import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import type { RankedAccount } from "@/lib/db/scoring-identification";
import type { FactorView } from "@/lib/db/scoring-models";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { RFM_SEGMENTS, type RfmSegment } from "@/lib/rfm";
import { KeyAccountToggle } from "./key-account-toggle";

type Props = { rows: RankedAccount[]; criteria: FactorView[]; canConfirm: boolean };

/** The ranking with each criterion's input, so every composite score can be explained. */
export async function IdentificationTable({ rows, criteria, canConfirm }: Props) {
  const { t, locale } = await getI18n();
  if (rows.length === 0) return <Notice title={t("scoring.identification.emptyTitle")} body={t("scoring.identification.emptyBody")} />;
  const th = "px-3 py-2 text-left font-medium text-slate-600";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("scoring.identification.caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>{t("scoring.identification.columns.rank")}</th>
            <th scope="col" className={th}>{t("scoring.identification.columns.account")}</th>
            <th scope="col" className={th}>{t("scoring.identification.columns.composite")}</th>
            {criteria.map((c) => (
              <th key={c.key} scope="col" className={th} title={(locale === "zh" ? c.helpZh : c.helpEn) ?? undefined}>
                {locale === "zh" ? c.labelZh : c.labelEn} <span className="font-normal text-slate-400">({formatNumber(locale, c.weight)} %)</span>
              </th>
            ))}
            <th scope="col" className={th}>{t("scoring.identification.columns.abc")}</th>
            <th scope="col" className={th}>{t("scoring.identification.columns.segment")}</th>
            <th scope="col" className={th}>{t("scoring.identification.columns.status")}</th>
            {canConfirm && <th scope="col" className={th}><span className="sr-only">{t("scoring.identification.columns.action")}</span></th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className={row.proposed ? "bg-green-50/50" : undefined} data-testid="ranking-row">
              <td className="px-3 py-2 tabular-nums">{row.rank}</td>
              <td className="px-3 py-2">
                <Link href={`/accounts/${row.id}`} className="font-medium text-brand-700 hover:underline" data-testid="ranking-name">{row.name}</Link>
              </td>
              <td className="px-3 py-2 tabular-nums">
                <span className="font-semibold">{formatNumber(locale, row.score, 2)}</span>
                <span className="ml-1 text-xs text-slate-500">{formatPercent(locale, row.completeness)}</span>
              </td>
              {criteria.map((c) => (
                <td key={c.key} className="px-3 py-2 tabular-nums text-slate-600">{formatNumber(locale, row.criteria[c.key] ?? null, 1)}</td>
              ))}
              <td className="px-3 py-2">{row.abcClass ?? "—"}</td>
              <td className="px-3 py-2">{row.rfmSegment && row.rfmSegment in RFM_SEGMENTS ? RFM_SEGMENTS[row.rfmSegment as RfmSegment].label[locale] : "—"}</td>
              <td className="px-3 py-2">
                <span className="flex flex-wrap gap-1">
                  {row.proposed && <Badge tone="green">{t("scoring.identification.proposedBadge")}</Badge>}
                  {row.isKeyAccount && <Badge tone="violet">{t("scoring.identification.keyBadge")}</Badge>}
                </span>
              </td>
              {canConfirm && (
                <td className="px-3 py-2 text-right">
                  {(row.proposed || row.isKeyAccount) && <KeyAccountToggle accountId={row.id} name={row.name} version={row.version} isKeyAccount={row.isKeyAccount} />}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
