import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { TeamPerson, TeamRow } from "@/lib/sales-teams/queries";

function Person({ person, t }: { person: TeamPerson; t: Translate }) {
  return (
    <span className={person.active ? undefined : "text-slate-500"}>
      {person.name}
      {!person.active && ` (${t("users.teams.inactive")})`}
    </span>
  );
}

export function TeamsTable({ rows, t, locale }: { rows: TeamRow[]; t: Translate; locale: Locale }) {
  const columns: Column<TeamRow>[] = [
    {
      key: "name",
      header: t("users.teams.name"),
      rowHeader: true,
      className: "min-w-40",
      cell: (row) => <Link href={`/admin/teams/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.name}</Link>,
    },
    { key: "leader", header: t("users.teams.leader"), cell: (row) => (row.leader ? <Person person={row.leader} t={t} /> : <span className="text-slate-500">{t("users.teams.noLeader")}</span>) },
    {
      key: "members",
      header: t("users.teams.members"),
      hideBelow: "md",
      cell: (row) => (
        <span>
          <span className="block text-xs text-slate-500">{t("users.teams.memberCount", { count: formatNumber(locale, row.members.length) })}</span>
          {row.members.map((member, i) => (
            <span key={member.id}>
              {i > 0 && ", "}
              <Person person={member} t={t} />
            </span>
          ))}
        </span>
      ),
    },
    { key: "accounts", header: t("users.teams.accounts"), align: "right", cell: (row) => formatNumber(locale, row.accounts) },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      caption={t("users.teams.caption")}
      rowTestId={(row) => `team-row-${row.name}`}
      empty={{ title: t("users.teams.emptyTitle"), hint: t("users.teams.emptyBody"), href: "/admin/teams/new", linkLabel: t("users.teams.newTeam") }}
    />
  );
}
