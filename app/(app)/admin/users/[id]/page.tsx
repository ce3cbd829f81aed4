import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessControls } from "@/components/admin/users/access-controls";
import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { UserStatusBadge } from "@/components/admin/users/status-badge";
import { RoleForm, ScopeForm, TeamsForm } from "@/components/admin/users/user-forms";
import { PageHeader } from "@/components/ui/page-header";
import { Facts, Section } from "@/components/ui/section";
import { getDb } from "@/lib/db/prisma";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { getUserDetail, teamChoices } from "@/lib/users/queries";
import { pageTitle } from "@/components/shell/page-title";
import { isAdmin } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";

/** The user's name in the title for admins only (the page is theirs). */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  if (!isAdmin(await requireUser())) return pageTitle("shell.titles.noAccess");
  const user = await getDb().user.findUnique({ where: { id: (await params).id }, select: { name: true } });
  return user ? pageTitle({ text: user.name }, "shell.titles.users", "shell.titles.admin") : pageTitle("shell.titles.notFound");
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await adminOrForbidden();
  if (!viewer) return <AdminOnlyNotice />;
  const { id } = await params;
  const { t, locale } = await getI18n();
  const db = getDb();
  const [user, teams] = await Promise.all([getUserDetail(db, id), teamChoices(db)]);
  if (!user) notFound();
  const status = !user.active ? "inactive" : user.hasPassword ? "active" : "invited";
  const directorTeams = new Set([...user.teams.map((team) => team.id), ...user.ledTeams.map((team) => team.id)]).size;
  return (
    <>
      <Link href="/admin/users" className="mb-2 inline-block text-sm text-brand-700 underline">{t("users.detail.back")}</Link>
      <PageHeader title={user.name} intro={user.id === viewer.id ? t("users.detail.you") : undefined} actions={<UserStatusBadge status={status} t={t} />} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("users.detail.facts")} id="user-facts">
          <Facts
            items={[
              { label: t("users.detail.email"), value: <span className="break-all">{user.email}</span> },
              { label: t("users.detail.role"), value: t(`roles.${user.role}`) },
              { label: t("users.detail.language"), value: t(`languages.${user.locale}`) },
              { label: t("users.detail.created"), value: formatDate(locale, user.createdAt) },
              { label: t("users.detail.lastSignIn"), value: user.lastSignInAt ? formatDate(locale, user.lastSignInAt, true) : t("users.list.never") },
            ]}
          />
          {user.openLink && (
            <p className="mt-3 text-xs text-slate-500">
              {t("users.detail.openLink", {
                kind: t(user.openLink.purpose === "INVITATION" ? "users.detail.invitationKind" : "users.detail.resetKind"),
                date: formatDate(locale, user.openLink.expiresAt, true),
              })}
            </p>
          )}
        </Section>
        <Section title={t("users.detail.accessTitle")} id="user-access">
          <AccessControls user={{ id: user.id, name: user.name, email: user.email, active: user.active, hasPassword: user.hasPassword, isViewer: user.id === viewer.id }} />
        </Section>
        <Section title={t("users.detail.roleTitle")} id="user-role">
          <p className="mb-3 text-sm text-slate-600">{t("users.detail.roleIntro")}</p>
          <RoleForm userId={user.id} role={user.role} />
        </Section>
        <Section title={t("users.detail.teamsTitle")} id="user-teams">
          <p className="mb-3 text-sm text-slate-600">{t("users.detail.teamsIntro")}</p>
          {user.ledTeams.length > 0 && (
            <p className="mb-3 text-sm">
              {t("users.detail.leads")}: {user.ledTeams.map((team) => team.name).join(", ")}
            </p>
          )}
          <TeamsForm userId={user.id} teams={teams} memberOf={user.teams.map((team) => team.id)} />
        </Section>
        {user.role === "DIRECTOR" && (
          <Section title={t("users.detail.scopeTitle")} id="user-scope">
            <p className="mb-3 text-sm text-slate-600">{t("users.detail.scopeIntro")}</p>
            <p className="mb-3 text-sm text-slate-600">{t("users.detail.scopeTeamsInfo", { count: directorTeams })}</p>
            <ScopeForm userId={user.id} scope={user.directorScope} />
          </Section>
        )}
      </div>
    </>
  );
}
