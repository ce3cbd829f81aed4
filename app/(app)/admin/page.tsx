import Link from "next/link";
import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db/prisma";
import { loadActiveModel } from "@/lib/scoring-models/queries";
import { loadActiveHealthModel } from "@/lib/health-models/queries";
import { getI18n } from "@/lib/i18n/server";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.admin");

const card = "block h-full rounded-lg border border-slate-200 bg-white p-5 hover:border-brand-500 focus:border-brand-500";

export default async function AdminPage() {
  if (!(await adminOrForbidden())) return <AdminOnlyNotice />;
  const { t } = await getI18n();
  const [matrix, health] = await Promise.all([loadActiveModel(getDb(), "MATRIX"), loadActiveHealthModel(getDb())]);
  const links = [
    { href: "/admin/users", title: t("users.home.users"), body: t("users.home.usersBody") },
    { href: "/admin/teams", title: t("users.home.teams"), body: t("users.home.teamsBody") },
    { href: "/admin/audit", title: t("users.home.audit"), body: t("users.home.auditBody") },
    { href: "/admin/plan-templates", title: t("planDocument.templates.title"), body: t("planDocument.templates.homeBody") },
    { href: "/admin/offerings", title: t("whitespace.offerings.title"), body: t("whitespace.offerings.homeBody") },
  ];
  return (
    <>
      <PageHeader title={t("pages.admin")} intro={t("users.home.intro")} />
      <ul className="grid gap-4 md:grid-cols-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className={card}>
              <span className="text-lg font-semibold text-brand-700">{link.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{link.body}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href="/admin/scoring" className={card}>
            <span className="text-lg font-semibold text-brand-700">{t("admin.home.scoringModels")}</span>
            <span className="mt-1 block text-sm text-slate-600">{t("admin.home.scoringModelsBody")}</span>
            {matrix && <span className="mt-2 block text-xs text-slate-500">{t("admin.home.active", { version: matrix.version })}</span>}
          </Link>
        </li>
        <li>
          <Link href="/admin/health" className={card}>
            <span className="text-lg font-semibold text-brand-700">{t("health.admin.title")}</span>
            <span className="mt-1 block text-sm text-slate-600">{t("health.admin.homeBody")}</span>
            {health && <span className="mt-2 block text-xs text-slate-500">{t("health.admin.active", { version: health.version })}</span>}
          </Link>
        </li>
      </ul>
    </>
  );
}
