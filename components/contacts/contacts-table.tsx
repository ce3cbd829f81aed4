import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { ContactSortKey, TContactListQuery } from "@/lib/contacts/list-query";
import type { ContactListRow } from "@/lib/contacts/queries";
import { getI18n } from "@/lib/i18n/server";
import { currentSort, toSearchParams } from "@/lib/lists/query";
import { isColumnShown } from "@/lib/saved-views/lists";
import { AttitudeBadge } from "./attitude-badge";

/**
 * Contacts across accounts; headers sort through the URL (filters kept, back to page 1). `visible`: the columns
 * the column chooser leaves (all when absent).
 */
export async function ContactsTable({ rows, query, visible }: { rows: ContactListRow[]; query: TContactListQuery; visible?: readonly string[] }) {
  const { t } = await getI18n();
  const column = (key: ContactSortKey, rest: Pick<Column<ContactListRow, ContactSortKey>, "cell" | "hideBelow" | "className">): Column<ContactListRow, ContactSortKey> => ({
    key,
    header: t(`contacts.column.${key}`),
    sortKey: key,
    ...rest,
  });
  const columns = [
    column("name", {
      cell: (c) => (
        <>
          <Link href={`/contacts/${c.id}`} className="font-medium text-brand-700 hover:underline">{c.name}</Link>
          {c.title && <div className="text-xs text-slate-500">{c.title}</div>}
        </>
      ),
    }),
    column("account", {
      cell: (c) => (
        <>
          <Link href={`/accounts/${c.accountId}`} className="hover:underline">{c.accountName}</Link>
          <div className="text-xs text-slate-500">{c.ownerName}</div>
        </>
      ),
    }),
    column("level", { cell: (c) => t(`domain.level.${c.level}`) }),
    column("function", { hideBelow: "md", cell: (c) => t(`domain.function.${c.function}`) }),
    column("role", { cell: (c) => (c.buyingRole ? t(`domain.buyingRole.${c.buyingRole}`) : "—") }),
    column("personality", { hideBelow: "lg", cell: (c) => (c.personalityType ? t(`domain.personality.${c.personalityType}`) : "—") }),
    column("attitude", { cell: (c) => <AttitudeBadge attitude={c.attitude} t={t} /> }),
    column("strength", { className: "tabular-nums", cell: (c) => t("contacts.list.strength", { value: c.relationshipStrength }) }),
    column("coverage", {
      cell: (c) => (c.coveredBy.length > 0 ? <span className="text-xs">{c.coveredBy.join(", ")}</span> : <Badge tone="amber">{t("contacts.list.notCovered")}</Badge>),
    }),
  ];
  return (
    <DataTable
      columns={visible ? columns.filter((c) => isColumnShown("contacts", visible, c.key)) : columns}
      rows={rows}
      rowKey={(c) => c.id}
      label={t("pages.contacts")}
      testId="contacts-table"
      sort={{ basePath: "/contacts", params: toSearchParams(query), current: currentSort(query, "name") }}
      t={t}
      empty={{ title: t("contacts.list.emptyTitle"), hint: t("contacts.list.emptyBody"), href: "/contacts", linkLabel: t("contacts.list.reset") }}
    />
  );
}
