import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { AuditFilters } from "@/components/admin/audit/audit-filters";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { auditFilterOptions, listAudit } from "@/lib/audit-log/queries";
import { ZAuditQuery } from "@/lib/audit-log/schemas";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { listHref } from "@/lib/lists/query";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.audit", "shell.titles.admin");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  if (!(await adminOrForbidden())) return <AdminOnlyNotice />;
  const { t, locale } = await getI18n();
  const query = ZAuditQuery.parse(await searchParams);
  const db = getDb();
  const [log, options] = await Promise.all([listAudit(db, query), auditFilterOptions(db)]);
  const pageless = { ...query, page: undefined };
  return (
    <>
      <PageHeader
        title={t("users.audit.title")}
        intro={t("users.audit.intro")}
        actions={<a href={listHref("/admin/audit/export", pageless)} className={buttonClass("secondary")} download>{t("users.audit.export")}</a>}
      />
      <AuditFilters query={query} options={options} />
      <AuditTable rows={log.rows} t={t} locale={locale} />
      {log.total > 0 && <Pagination basePath="/admin/audit" params={pageless} page={log.page} pageSize={log.pageSize} total={log.total} />}
    </>
  );
}
