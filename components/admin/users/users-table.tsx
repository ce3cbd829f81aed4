import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { currentSort, toSearchParams, type SortDir } from "@/lib/lists/query";
import type { UserListRow } from "@/lib/users/queries";
import type { TUserListQuery, UserSortKey } from "@/lib/users/schemas";
import { UserStatusBadge } from "./status-badge";

/** The most recent sign-ins first when sorting by it. */
const FIRST_DIR: Partial<Record<UserSortKey, SortDir>> = { lastSignIn: "desc" };

export function UsersTable({ rows, query, viewerId, t, locale }: { rows: UserListRow[]; query: TUserListQuery; viewerId: string; t: Translate; locale: Locale }) {
  const sort = currentSort(query, "name");
  const columns: Column<UserListRow, UserSortKey>[] = [
    {
      key: "name",
      header: t("users.columns.name"),
      sortKey: "name",
      rowHeader: true,
      className: "min-w-44",
      cell: (row) => (
        <span className="flex flex-wrap items-center gap-1">
          <Link href={`/admin/users/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.name}</Link>
          {row.id === viewerId && <span className="text-xs text-slate-500">({t("users.list.you")})</span>}
        </span>
      ),
    },
    { key: "email", header: t("users.columns.email"), sortKey: "email", hideBelow: "md", cell: (row) => <span className="break-all">{row.email}</span> },
    { key: "role", header: t("users.columns.role"), sortKey: "role", className: "whitespace-nowrap", cell: (row) => t(`roles.${row.role}`) },
    { key: "teams", header: t("users.columns.teams"), hideBelow: "lg", cell: (row) => (row.teams.length > 0 ? row.teams.join(", ") : "—") },
    { key: "status", header: t("users.columns.status"), cell: (row) => <UserStatusBadge status={row.status} t={t} /> },
    {
      key: "lastSignIn",
      header: t("users.columns.lastSignIn"),
      sortKey: "lastSignIn",
      hideBelow: "sm",
      className: "whitespace-nowrap",
      cell: (row) => (row.lastSignInAt ? formatDate(locale, row.lastSignInAt, true) : <span className="text-slate-500">{t("users.list.never")}</span>),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      caption={t("users.list.caption")}
      sort={{ basePath: "/admin/users", params: toSearchParams(query), current: sort, firstDirs: FIRST_DIR }}
      t={t}
      rowTestId={(row) => `user-row-${row.email}`}
      empty={{ title: t("users.list.emptyTitle"), hint: t("users.list.emptyBody"), href: "/admin/users", linkLabel: t("users.list.clear") }}
    />
  );
}
