import Link from "next/link";
import { HealthBadge } from "@/components/domain/health-badge";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { StageBadge } from "@/components/domain/stage-badge";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { RISK_LEVEL_LABELS, type RiskLevel } from "@/lib/churn";
import type { AccountListRow } from "@/lib/accounts/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { currentSort, toSearchParams, type SortDir } from "@/lib/lists/query";
import { RFM_SEGMENTS, type RfmSegment } from "@/lib/rfm";
import type { AccountSortKey, TAccountListQuery } from "@/lib/accounts/schemas";
import { isColumnShown } from "@/lib/saved-views/lists";
import { RowCheckbox, SelectAllOnPage } from "./bulk-selection";
import { hasCjk } from "@/lib/search/query-text";

const RISK_TONE: Record<RiskLevel, BadgeTone> = { LOW: "green", MEDIUM: "amber", HIGH: "red" };
/** Figures read best largest first; text columns A→Z. */
const FIRST_DIR: Partial<Record<AccountSortKey, SortDir>> = { revenue12m: "desc", risk: "desc", clv12m: "desc", pAlive: "desc", health: "desc" };

function RiskCell({ level, score, locale }: { level: string | null; score: number | null; locale: Locale }) {
  if (!level || score === null || !(level in RISK_TONE)) return <span className="text-slate-500">—</span>;
  return (
    <Badge tone={RISK_TONE[level as RiskLevel]}>
      {RISK_LEVEL_LABELS[level as RiskLevel][locale]} · {formatNumber(locale, score)}
    </Badge>
  );
}

const segmentLabel = (segment: string | null, locale: Locale) => (segment && segment in RFM_SEGMENTS ? RFM_SEGMENTS[segment as RfmSegment].label[locale] : "—");

type TableProps = {
  rows: AccountListRow[];
  query: TAccountListQuery;
  t: Translate;
  locale: Locale;
  /** The columns to show (the column chooser); all when absent. Columns the chooser does not know always show. */
  visible?: readonly string[];
  /** A checkbox per row and "select all on this page", for the bulk actions (components/accounts/bulk-actions). */
  selectable?: boolean;
};

/** The accounts list; every header sorts by its column through the URL. Empty: why, and the way to all accounts. */
export function AccountTable({ rows, query, t, locale, visible, selectable = false }: TableProps) {
  const sort = currentSort(query, "name");
  const header = (key: AccountSortKey) => t(`accounts.columns.${key}`);
  const column = (key: AccountSortKey, rest: Omit<Column<AccountListRow, AccountSortKey>, "key" | "header" | "sortKey">): Column<AccountListRow, AccountSortKey> => ({
    key,
    header: header(key),
    sortKey: key,
    ...rest,
  });
  const columns = [
    column("name", {
      className: "min-w-56",
      cell: (row) => (
        <span className="flex items-center gap-2">
          <Link href={`/accounts/${row.id}`} className="font-medium text-brand-700 hover:underline">
            {row.name}
          </Link>
          {row.isKeyAccount && <Badge tone="violet" title={t("accounts.list.keyAccountTitle")}>{t("accounts.list.keyBadge")}</Badge>}
          {row.archived && <Badge>{t("accounts.list.archivedBadge")}</Badge>}
          {row.localName && <span className="truncate text-xs text-slate-600" lang={hasCjk(row.localName) ? "zh-CN" : undefined}>{row.localName}</span>}
        </span>
      ),
    }),
    column("owner", { className: "whitespace-nowrap", cell: (row) => row.ownerName }),
    column("industry", { hideBelow: "md", cell: (row) => row.industry }),
    column("region", { hideBelow: "md", className: "whitespace-nowrap", cell: (row) => row.region }),
    column("revenue12m", { align: "right", className: "whitespace-nowrap", cell: (row) => formatMoney(locale, row.revenue12m) }),
    column("quadrant", { cell: (row) => <QuadrantBadge quadrant={row.quadrant} locale={locale} /> }),
    column("stage", { cell: (row) => <StageBadge stage={row.stage} locale={locale} /> }),
    column("segment", { hideBelow: "lg", className: "whitespace-nowrap", cell: (row) => segmentLabel(row.rfmSegment, locale) }),
    column("abc", { hideBelow: "lg", cell: (row) => row.abcClass ?? "—" }),
    column("risk", { align: "right", cell: (row) => <RiskCell level={row.riskLevel} score={row.riskScore} locale={locale} /> }),
    column("health", { align: "right", className: "whitespace-nowrap", cell: (row) => <HealthBadge band={row.healthBand} score={row.healthScore} t={t} /> }),
    column("clv12m", { align: "right", hideBelow: "md", className: "whitespace-nowrap", cell: (row) => formatMoney(locale, row.clv12m) }),
    column("pAlive", { align: "right", hideBelow: "md", className: "whitespace-nowrap", cell: (row) => formatPercent(locale, row.pAlive) }),
  ];
  const shown = visible ? columns.filter((c) => isColumnShown("accounts", visible, c.key)) : columns;
  const select: Column<AccountListRow, AccountSortKey> = {
    key: "select",
    header: <SelectAllOnPage label={t("savedViews.bulk.selectAll")} />,
    className: "w-8",
    cell: (row) => <RowCheckbox id={row.id} label={t("savedViews.bulk.selectRow", { name: row.name })} />,
  };
  return (
    <DataTable
      columns={selectable ? [select, ...shown] : shown}
      rows={rows}
      rowKey={(row) => row.id}
      caption={t("accounts.list.caption", { column: header(sort.sort), dir: t(sort.dir === "asc" ? "accounts.list.ascending" : "accounts.list.descending") })}
      sort={{ basePath: "/accounts", params: toSearchParams(query), current: sort, firstDirs: FIRST_DIR }}
      t={t}
      empty={{
        title: t("accounts.list.emptyTitle"),
        hint: t(query.owner === "me" ? "accounts.list.emptyMineBody" : "accounts.list.emptyBody"),
        href: "/accounts?owner=all",
        linkLabel: t("accounts.filters.clear"),
      }}
    />
  );
}
