import Link from "next/link";
import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { TeamsTable } from "@/components/admin/teams/teams-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { listTeams } from "@/lib/sales-teams/queries";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.teams", "shell.titles.admin");

export default async function AdminTeamsPage() {
  if (!(await adminOrForbidden())) return <AdminOnlyNotice />;
  const { t, locale } = await getI18n();
  const teams = await listTeams(getDb());
  return (
    <>
      <PageHeader
        title={t("users.teams.title")}
        intro={t("users.teams.intro")}
        actions={<Link href="/admin/teams/new" className={buttonClass("primary")}>{t("users.teams.newTeam")}</Link>}
      />
      <TeamsTable rows={teams} t={t} locale={locale} />
    </>
  );
}
