import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { StageBadge } from "@/components/domain/stage-badge";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { RISK_LEVEL_LABELS, type RiskLevel } from "@/lib/churn";
import type { AccountListRow } from "@/lib/db/accounts";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { RFM_SEGMENTS, type RfmSegment } from "@/lib/rfm";
import { ACCOUNT_SORT_KEYS, type AccountSortKey, type TAccountListQuery } from "@/lib/validation/account";
import { accountsHref } from "./list-href";

const RISK_TONE: Record<RiskLevel, BadgeTone> = { LOW: "green", MEDIUM: "amber", HIGH: "red" };
/** Figures read best largest first; text columns A→Z. */
const FIRST_DIR: Partial<Record<AccountSortKey, "desc">> = { revenue12m: "desc", risk: "desc" };
const NUMERIC: Partial<Record<AccountSortKey, true>> = { revenue12m: true, risk: true };

function SortHeader({ column, query, t }: { column: AccountSortKey; query: TAccountListQuery; t: Translate }) {
  const active = (query.sort ?? "name") === column;
  const dir = active ? (query.dir ?? "asc") : undefined;
  const next = active ? (dir === "asc" ? "desc" : "asc") : (FIRST_DIR[column] ?? "asc");
  const label = t(`accounts.columns.${column}`);
  return (
    <th scope="col" aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"} className={`whitespace-nowrap px-2 py-2 font-medium ${NUMERIC[column] ? "text-right" : "text-left"}`}>
      <Link href={accountsHref(query, { sort: column, dir: next, page: undefined })} title={t("accounts.list.sortBy", { column: label })} className="inline-flex items-center gap-1 hover:text-brand-700">
        {label}
        <span aria-hidden className={active ? "text-brand-600" : "text-slate-300"}>{dir === "desc" ? "▼" : "▲"}</span>
      </Link>
    </th>
  );
}

function RiskCell({ level, score, locale }: { level: string | null; score: number | null; locale: Locale }) {
  if (!level || score === null || !(level in RISK_TONE)) return <span className="text-slate-400">—</span>;
  return (
    <Badge tone={RISK_TONE[level as RiskLevel]}>
      {RISK_LEVEL_LABELS[level as RiskLevel][locale]} · {formatNumber(locale, score)}
    </Badge>
  );
}

const segmentLabel = (segment: string | null, locale: Locale) => (segment && segment in RFM_SEGMENTS ? RFM_SEGMENTS[segment as RfmSegment].label[locale] : "—");

/** The accounts list; every header sorts by its column through the URL. */
export function AccountTable({ rows, query, t, locale }: { rows: AccountListRow[]; query: TAccountListQuery; t: Translate; locale: Locale }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {ACCOUNT_SORT_KEYS.map((column) => (
              <SortHeader key={column} column={column} query={query} t={t} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              <td className="min-w-56 px-2 py-2">
                <span className="flex items-center gap-2">
                  <Link href={`/accounts/${row.id}`} className="font-medium text-brand-700 hover:underline">
                    {row.name}
                  </Link>
                  {row.isKeyAccount && <Badge tone="violet" title={t("accounts.list.keyAccountTitle")}>{t("accounts.list.keyBadge")}</Badge>}
                  {row.archived && <Badge>{t("accounts.list.archivedBadge")}</Badge>}
                </span>
              </td>
              <td className="whitespace-nowrap px-2 py-2">{row.ownerName}</td>
              <td className="px-2 py-2">{row.industry}</td>
              <td className="whitespace-nowrap px-2 py-2">{row.region}</td>
              <td className="whitespace-nowrap px-2 py-2 text-right tabular-nums">{formatMoney(locale, row.revenue12m)}</td>
              <td className="px-2 py-2"><QuadrantBadge quadrant={row.quadrant} locale={locale} /></td>
              <td className="px-2 py-2"><StageBadge stage={row.stage} locale={locale} /></td>
              <td className="whitespace-nowrap px-2 py-2">{segmentLabel(row.rfmSegment, locale)}</td>
              <td className="px-2 py-2">{row.abcClass ?? "—"}</td>
              <td className="px-2 py-2 text-right"><RiskCell level={row.riskLevel} score={row.riskScore} locale={locale} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
