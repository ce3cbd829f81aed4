import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { TeamForm } from "@/components/admin/teams/team-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { getTeam, peopleChoices } from "@/lib/sales-teams/queries";
import { pageTitle } from "@/components/shell/page-title";
import { isAdmin } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";

/** The team's name in the title for admins only (the page is theirs). */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  if (!isAdmin(await requireUser())) return pageTitle("shell.titles.noAccess");
  const team = await getDb().salesTeam.findUnique({ where: { id: (await params).id }, select: { name: true } });
  return team ? pageTitle({ text: team.name }, "shell.titles.teams", "shell.titles.admin") : pageTitle("shell.titles.notFound");
}

export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await adminOrForbidden())) return <AdminOnlyNotice />;
  const { id } = await params;
  const { t } = await getI18n();
  const db = getDb();
  const team = await getTeam(db, id);
  if (!team) notFound();
  const people = await peopleChoices(db, [...team.memberIds, ...(team.leaderId ? [team.leaderId] : [])]);
  return (
    <>
      <Link href="/admin/teams" className="mb-2 inline-block text-sm text-brand-700 underline">{t("users.teams.back")}</Link>
      <PageHeader title={t("users.teams.editTitle", { name: team.name })} />
      <div className="max-w-3xl">
        <TeamForm team={team} people={people} />
      </div>
    </>
  );
}
