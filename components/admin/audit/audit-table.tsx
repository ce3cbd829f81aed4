import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { changedFields } from "@/lib/audit-log/diff";
import type { AuditRow } from "@/lib/audit-log/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

/** Where an entry's entity can be looked at, when it has a page. */
function entityHref(row: AuditRow): string | null {
  const id = encodeURIComponent(row.entityId);
  if (row.entityType === "Account") return `/accounts/${id}`;
  if (row.entityType === "User") return `/admin/users/${id}`;
  if (row.entityType === "SalesTeam") return `/admin/teams/${id}`;
  return null;
}

/** The fields that changed, old → new (a field that appeared shows only its new value, one that went only its old one). */
function Changes({ row, t }: { row: AuditRow; t: Translate }) {
  const changes = changedFields(row.before, row.after);
  if (changes.length === 0) return <span className="text-slate-500">{t("users.audit.noChanges")}</span>;
  return (
    <dl className="space-y-1">
      {changes.map((change) => (
        <div key={change.field} className="flex flex-wrap gap-x-2">
          <dt className="font-mono text-xs text-slate-500">{change.field}</dt>
          <dd className="min-w-0 break-words">
            {change.before !== null && (
              <>
                <span className="sr-only">{t("users.audit.changeFrom")} </span>
                <del className="text-red-700 decoration-red-300">{change.before}</del>
              </>
            )}
            {change.before !== null && change.after !== null && <span aria-hidden> → </span>}
            {change.after !== null && (
              <>
                <span className="sr-only"> {t("users.audit.changeTo")} </span>
                <ins className="text-green-800 no-underline">{change.after}</ins>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditTable({ rows, t, locale }: { rows: AuditRow[]; t: Translate; locale: Locale }) {
  const columns: Column<AuditRow>[] = [
    { key: "at", header: t("users.audit.at"), className: "whitespace-nowrap", cell: (row) => formatDate(locale, row.at, true) },
    {
      key: "who",
      header: t("users.audit.who"),
      cell: (row) => (row.userName ? <span title={row.userEmail ?? undefined}>{row.userName}</span> : <span className="text-slate-500">{t("users.audit.system")}</span>),
    },
    {
      key: "what",
      header: t("users.audit.what"),
      cell: (row) => {
        const href = entityHref(row);
        return (
          <span className="block">
            <span className="font-medium">{row.entityType}</span> · <span className="font-mono text-xs">{row.action}</span>
            <span className="block font-mono text-xs text-slate-500">
              {href ? <Link href={href} className="text-brand-700 hover:underline">{row.entityId}</Link> : row.entityId}
            </span>
          </span>
        );
      },
    },
    { key: "changes", header: t("users.audit.changes"), className: "min-w-64 max-w-xl text-sm", cell: (row) => <Changes row={row} t={t} /> },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      caption={t("users.audit.caption")}
      testId="audit-table"
      empty={{ title: t("users.audit.emptyTitle"), hint: t("users.audit.emptyBody"), href: "/admin/audit", linkLabel: t("users.audit.clear") }}
    />
  );
}
