import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import type { FitRow } from "@/lib/db/scoring-identification";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { FitForm } from "./fit-form";

const THIN_HISTORY = 3;

/** Accounts for experience inference, thin history first; the questionnaire opens in place for editable ones. */
export async function FitTable({ rows, editable }: { rows: FitRow[]; editable: Set<string> }) {
  const { t, locale } = await getI18n();
  if (rows.length === 0) return <Notice title={t("scoring.fit.emptyTitle")} body={t("scoring.fit.emptyBody")} />;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label={t("scoring.fit.caption")}>
      {rows.map((row) => (
        <li key={row.id} className="px-4 py-3 text-sm" data-testid="fit-row">
          <div className="flex flex-wrap items-center gap-3">
            <Link href={`/accounts/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.name}</Link>
            <span className="text-xs text-slate-500">{row.industry}</span>
            <span className="text-xs text-slate-500">{t("scoring.fit.orders")}: {formatNumber(locale, row.orderCount)}</span>
            {row.orderCount < THIN_HISTORY && <Badge tone="amber">{t("scoring.fit.thin")}</Badge>}
            <span className="ml-auto">
              {row.fit ? (
                <span>
                  <span className="font-semibold">{t("scoring.fit.result", { score: formatNumber(locale, row.fit.score, 0) })}</span>
                  {" · "}
                  {t(`scoring.fit.recommendations.${row.fit.recommendation}` as MessageKey)}
                  <span className="ml-2 text-xs text-slate-500">{formatDate(locale, row.fit.createdAt)}</span>
                </span>
              ) : (
                <span className="text-slate-400">{t("scoring.fit.notInferred")}</span>
              )}
            </span>
          </div>
          {editable.has(row.id) && (
            <details className="mt-1">
              <summary className="cursor-pointer text-xs text-brand-700 underline" aria-label={t("scoring.fit.openFor", { name: row.name })}>
                {t("scoring.fit.open")}
              </summary>
              <FitForm accountId={row.id} initial={row.fit?.answers ?? null} />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
