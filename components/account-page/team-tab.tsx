import { getAccountTeam } from "@/lib/team/queries";
import type { AccountHeader } from "@/lib/account-page";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { TeamActionsCell, TeamAddForm, TeamFormalCell, TeamMemberRow, TeamRoleCell } from "./team-tab-lazy";
import { ClientMessages } from "@/lib/i18n/client-messages";

type Member = Awaited<ReturnType<typeof getAccountTeam>>["members"][number];
/** The owner leads the team and heads the table; members follow. */
type TeamRow = { kind: "lead"; id: string; name: string } | { kind: "member"; id: string; member: Member };

/** The account team: the owner leads it; members have a team role and are formal or informal. */
export async function TeamTab({ account }: { account: AccountHeader }) {
  const { t } = await getI18n();
  const { members, candidates } = await getAccountTeam(getDb(), account);
  const rows: TeamRow[] = [
    { kind: "lead", id: `lead-${account.owner.id}`, name: account.owner.name },
    ...members.map((member): TeamRow => ({ kind: "member", id: member.id, member })),
  ];
  const editable = account.canEdit;
  const columns: (Column<TeamRow> | false)[] = [
    {
      key: "person",
      header: t("accountPage.team.person"),
      cell: (row) =>
        row.kind === "lead" ? (
          <span className="font-medium">{row.name}</span>
        ) : (
          <>
            <span className="font-medium">{row.member.user.name}</span>
            <span className="block text-xs text-slate-500">{row.member.user.email}</span>
          </>
        ),
    },
    {
      key: "role",
      header: t("accountPage.team.role"),
      cell: (row) =>
        row.kind === "lead" ? (
          <span className="font-medium text-brand-700">{t("accountPage.team.lead")}</span>
        ) : editable ? (
          <TeamRoleCell />
        ) : (
          t(`domain.teamRole.${row.member.teamRole}`)
        ),
    },
    {
      key: "formality",
      header: t("accountPage.team.formality"),
      cell: (row) => (row.kind === "lead" ? t("domain.formal.true") : editable ? <TeamFormalCell /> : t(`domain.formal.${row.member.formal ? "true" : "false"}`)),
    },
    editable && { key: "actions", header: t("accountPage.team.actions"), cell: (row) => (row.kind === "member" ? <TeamActionsCell /> : null) },
  ];
  return (
    <ClientMessages scopes={["accountPage.team", "domain.formal", "domain.teamRole"]}>
      <Section id="team" title={t("accountPage.team.title")}>
        <DataTable
          variant="plain"
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          labelledBy="team"
          rowClassName={(row) => (row.kind === "lead" ? "bg-brand-50/50" : undefined)}
          wrapRow={(row, tr) =>
            row.kind === "member" && editable ? (
              <TeamMemberRow accountId={account.id} member={row.member}>
                {tr}
              </TeamMemberRow>
            ) : (
              tr
            )
          }
        />
        {members.length === 0 && <p className="mt-3 text-sm text-slate-500">{t("accountPage.team.empty")}</p>}
        {editable && (
          <div className="mt-6 border-t border-slate-100 pt-4">
            <TeamAddForm accountId={account.id} candidates={candidates} />
          </div>
        )}
      </Section>
    </ClientMessages>
  );
}
