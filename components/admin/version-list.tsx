import { Badge } from "@/components/ui/badge";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

type Version = { id: string; version: number; status: "DRAFT" | "ACTIVE" | "RETIRED"; publishedAt: Date | null; _count: { assessments: number } };

/** Published versions: older assessments stay linked to theirs, so each stays explainable. */
export async function VersionList({ versions, showAssessments }: { versions: Version[]; showAssessments: boolean }) {
  const { t, locale } = await getI18n();
  const th = "px-3 py-1 text-left font-medium text-slate-600";
  return (
    <table className="text-sm">
      <caption className="text-left text-sm font-semibold">{t("admin.versions.title")}</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>{t("admin.versions.version")}</th>
          <th scope="col" className={th}>{t("admin.versions.status")}</th>
          <th scope="col" className={th}>{t("admin.versions.published")}</th>
          {showAssessments && <th scope="col" className={th}>{t("admin.versions.assessments")}</th>}
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id}>
            <td className="px-3 py-1">{v.version}</td>
            <td className="px-3 py-1"><Badge tone={v.status === "ACTIVE" ? "green" : "neutral"}>{t(`admin.versions.statuses.${v.status}`)}</Badge></td>
            <td className="px-3 py-1">{formatDate(locale, v.publishedAt)}</td>
            {showAssessments && <td className="px-3 py-1 tabular-nums">{formatNumber(locale, v._count.assessments)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
