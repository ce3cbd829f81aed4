import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { AssessReason, AssessRow } from "@/lib/db/scoring";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

const REASON_TONE = { NEVER: "red", STALE: "amber", MODEL: "violet" } as const satisfies Record<AssessReason, string>;

export async function AssessTable({ rows, days }: { rows: AssessRow[]; days: number }) {
  const { t, locale } = await getI18n();
  if (rows.length === 0) return <Notice title={t("scoring.list.emptyTitle")} body={t("scoring.list.emptyBody")} />;
  const th = "px-3 py-2 text-left font-medium text-slate-600";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("scoring.list.caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>{t("scoring.list.account")}</th>
            <th scope="col" className={th}>{t("scoring.list.owner")}</th>
            <th scope="col" className={th}>{t("scoring.list.lastAssessed")}</th>
            <th scope="col" className={th}>{t("scoring.list.modelVersion")}</th>
            <th scope="col" className={th}>{t("scoring.list.quadrant")}</th>
            <th scope="col" className={th}>{t("scoring.list.reasons")}</th>
            <th scope="col" className={th}><span className="sr-only">{t("scoring.list.action")}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="px-3 py-2">
                <Link href={`/scoring/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.name}</Link>
                {row.isKeyAccount && <span className="ml-2"><Badge tone="green">{t("scoring.list.keyBadge")}</Badge></span>}
                <div className="text-xs text-slate-500">{row.industry}</div>
              </td>
              <td className="px-3 py-2">{row.ownerName}</td>
              <td className="px-3 py-2">{formatDate(locale, row.assessedAt)}</td>
              <td className="px-3 py-2">{row.modelVersion === null ? "—" : t("scoring.list.version", { version: row.modelVersion })}</td>
              <td className="px-3 py-2"><QuadrantBadge quadrant={row.quadrant} locale={locale} /></td>
              <td className="px-3 py-2">
                <span className="flex flex-wrap gap-1">
                  {row.reasons.map((reason) => (
                    <Badge key={reason} tone={REASON_TONE[reason]}>{t(`scoring.list.reason.${reason}`, { days })}</Badge>
                  ))}
                </span>
              </td>
              <td className="px-3 py-2 text-right">
                <Link href={`/scoring/${row.id}`} className={buttonClass("secondary", "sm")} aria-label={`${t("scoring.list.assess")}: ${row.name}`}>
                  {t("scoring.list.assess")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
