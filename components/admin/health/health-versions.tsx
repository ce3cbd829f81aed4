import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { HEALTH_COMPONENTS } from "@/lib/health";
import type { HealthModelVersion } from "@/lib/health-models/queries";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

/** Published versions with their settings: current health rows stay linked to the version that computed them. */
export async function HealthVersions({ versions }: { versions: HealthModelVersion[] }) {
  const { t, locale } = await getI18n();
  const columns: Column<HealthModelVersion>[] = [
    { key: "version", header: t("health.admin.versions.version"), cell: (v) => v.version },
    { key: "status", header: t("health.admin.versions.status"), cell: (v) => <Badge tone={v.status === "ACTIVE" ? "green" : "neutral"}>{t(`health.admin.versions.statuses.${v.status}`)}</Badge> },
    { key: "published", header: t("health.admin.versions.published"), className: "whitespace-nowrap", cell: (v) => formatDate(locale, v.publishedAt) },
    {
      key: "weights",
      header: t("health.admin.versions.weights"),
      hideBelow: "md",
      className: "text-xs",
      cell: (v) => HEALTH_COMPONENTS.filter((c) => v.weights[c] > 0).map((c) => `${t(`health.components.${c}`)} ${v.weights[c]}`).join(" · "),
    },
    { key: "bands", header: t("health.admin.versions.bands"), className: "whitespace-nowrap", cell: (v) => `${v.healthyFrom} / ${v.watchFrom}` },
    { key: "accounts", header: t("health.admin.versions.accounts"), align: "right", cell: (v) => formatNumber(locale, v.accounts) },
  ];
  return (
    <DataTable
      variant="plain"
      columns={columns}
      rows={versions}
      rowKey={(v) => v.id}
      caption={<span className="text-sm font-semibold text-slate-900">{t("health.admin.versions.title")}</span>}
      showCaption
      testId="health-versions"
      empty={{ title: t("health.admin.versions.empty"), className: "h-24" }}
    />
  );
}
