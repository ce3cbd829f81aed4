import Link from "next/link";
import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { TeamForm } from "@/components/admin/teams/team-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { peopleChoices } from "@/lib/sales-teams/queries";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.newTeam", "shell.titles.teams", "shell.titles.admin");

export default async function NewTeamPage() {
  if (!(await adminOrForbidden())) return <AdminOnlyNotice />;
  const { t } = await getI18n();
  const people = await peopleChoices(getDb());
  return (
    <>
      <Link href="/admin/teams" className="mb-2 inline-block text-sm text-brand-700 underline">{t("users.teams.back")}</Link>
      <PageHeader title={t("users.teams.newTitle")} />
      <div className="max-w-3xl">
        <TeamForm team={null} people={people} />
      </div>
    </>
  );
}
