import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { contactQueryParams, type ContactSortKey, type TContactListQuery } from "@/lib/contacts/list-query";
import type { ContactListRow } from "@/lib/db/contacts";
import { getI18n } from "@/lib/i18n/server";
import { AttitudeBadge } from "./attitude-badge";

const COLUMNS: ContactSortKey[] = ["name", "account", "level", "function", "role", "personality", "attitude", "strength", "coverage"];

/** Sort links keep the filters; clicking the current column flips the direction. Paging restarts at 1. */
function sortHref(query: TContactListQuery, key: ContactSortKey) {
  const current = query.sort ?? "name";
  const dir = current === key && (query.dir ?? "asc") === "asc" ? "desc" : "asc";
  const params = new URLSearchParams(
    Object.entries({ ...contactQueryParams(query), sort: key, dir, page: undefined }).filter((e): e is [string, string] => !!e[1]),
  );
  return `/contacts?${params}`;
}

export async function ContactsTable({ rows, query }: { rows: ContactListRow[]; query: TContactListQuery }) {
  const { t } = await getI18n();
  const current = query.sort ?? "name";
  const ariaSort = (key: ContactSortKey) => (current === key ? (query.dir === "desc" ? "descending" : "ascending") : undefined);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="contacts-table">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
          <tr>
            {COLUMNS.map((key) => {
              const label = t(`contacts.column.${key}`);
              return (
                <th key={key} scope="col" aria-sort={ariaSort(key)} className="whitespace-nowrap px-3 py-2 font-medium">
                  <Link href={sortHref(query, key)} title={t("contacts.list.sortBy", { column: label })} className="hover:text-slate-900 hover:underline">
                    {label}
                    {current === key && <span aria-hidden> {query.dir === "desc" ? "↓" : "↑"}</span>}
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50">
              <td className="px-3 py-2">
                <Link href={`/contacts/${c.id}`} className="font-medium text-brand-700 hover:underline">{c.name}</Link>
                {c.title && <div className="text-xs text-slate-500">{c.title}</div>}
              </td>
              <td className="px-3 py-2">
                <Link href={`/accounts/${c.accountId}`} className="hover:underline">{c.accountName}</Link>
                <div className="text-xs text-slate-500">{c.ownerName}</div>
              </td>
              <td className="px-3 py-2">{t(`domain.level.${c.level}`)}</td>
              <td className="px-3 py-2">{t(`domain.function.${c.function}`)}</td>
              <td className="px-3 py-2">{c.buyingRole ? t(`domain.buyingRole.${c.buyingRole}`) : "—"}</td>
              <td className="px-3 py-2">{c.personalityType ? t(`domain.personality.${c.personalityType}`) : "—"}</td>
              <td className="px-3 py-2"><AttitudeBadge attitude={c.attitude} t={t} /></td>
              <td className="px-3 py-2 tabular-nums">{t("contacts.list.strength", { value: c.relationshipStrength })}</td>
              <td className="px-3 py-2">
                {c.coveredBy.length > 0 ? <span className="text-xs">{c.coveredBy.join(", ")}</span> : <Badge tone="amber">{t("contacts.list.notCovered")}</Badge>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
