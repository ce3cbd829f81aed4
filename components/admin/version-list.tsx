import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

type Version = { id: string; version: number; status: "DRAFT" | "ACTIVE" | "RETIRED"; publishedAt: Date | null; _count: { assessments: number } };

/** Published versions: older assessments stay linked to theirs, so each stays explainable. */
export async function VersionList({ versions, showAssessments }: { versions: Version[]; showAssessments: boolean }) {
  const { t, locale } = await getI18n();
  const columns: (Column<Version> | false)[] = [
    { key: "version", header: t("admin.versions.version"), cell: (v) => v.version },
    { key: "status", header: t("admin.versions.status"), cell: (v) => <Badge tone={v.status === "ACTIVE" ? "green" : "neutral"}>{t(`admin.versions.statuses.${v.status}`)}</Badge> },
    { key: "published", header: t("admin.versions.published"), className: "whitespace-nowrap", cell: (v) => formatDate(locale, v.publishedAt) },
    showAssessments && { key: "assessments", header: t("admin.versions.assessments"), align: "right", cell: (v) => formatNumber(locale, v._count.assessments) },
  ];
  return (
    <DataTable
      variant="plain"
      className="max-w-2xl"
      columns={columns}
      rows={versions}
      rowKey={(v) => v.id}
      caption={<span className="text-sm font-semibold text-slate-900">{t("admin.versions.title")}</span>}
      showCaption
    />
  );
}
