import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { AssessReason, AssessRow } from "@/lib/assessments/queries";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

const REASON_TONE = { NEVER: "red", STALE: "amber", MODEL: "violet" } as const satisfies Record<AssessReason, string>;

/** Accounts due for assessment and why (never, stale, older model). */
export async function AssessTable({ rows, days }: { rows: AssessRow[]; days: number }) {
  const { t, locale } = await getI18n();
  const columns: Column<AssessRow>[] = [
    {
      key: "account",
      header: t("scoring.list.account"),
      cell: (row) => (
        <>
          <Link href={`/scoring/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.name}</Link>
          {row.isKeyAccount && <span className="ml-2"><Badge tone="green">{t("scoring.list.keyBadge")}</Badge></span>}
          <div className="text-xs text-slate-500">{row.industry}</div>
        </>
      ),
    },
    { key: "owner", header: t("scoring.list.owner"), hideBelow: "md", cell: (row) => row.ownerName },
    { key: "assessed", header: t("scoring.list.lastAssessed"), className: "whitespace-nowrap", cell: (row) => formatDate(locale, row.assessedAt) },
    { key: "model", header: t("scoring.list.modelVersion"), cell: (row) => (row.modelVersion === null ? "—" : t("scoring.list.version", { version: row.modelVersion })) },
    { key: "quadrant", header: t("scoring.list.quadrant"), cell: (row) => <QuadrantBadge quadrant={row.quadrant} locale={locale} /> },
    {
      key: "reasons",
      header: t("scoring.list.reasons"),
      cell: (row) => (
        <span className="flex flex-wrap gap-1">
          {row.reasons.map((reason) => (
            <Badge key={reason} tone={REASON_TONE[reason]}>{t(`scoring.list.reason.${reason}`, { days })}</Badge>
          ))}
        </span>
      ),
    },
    {
      key: "action",
      header: <span className="sr-only">{t("scoring.list.action")}</span>,
      align: "right",
      cell: (row) => (
        <Link href={`/scoring/${row.id}`} className={buttonClass("secondary", "sm")} aria-label={`${t("scoring.list.assess")}: ${row.name}`}>
          {t("scoring.list.assess")}
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      caption={t("scoring.list.caption")}
      empty={{ title: t("scoring.list.emptyTitle"), hint: t("scoring.list.emptyBody") }}
    />
  );
}
