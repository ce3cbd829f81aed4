import Link from "next/link";
import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { CreateUserForm } from "@/components/admin/users/create-user-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { teamChoices } from "@/lib/users/queries";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.newUser", "shell.titles.users", "shell.titles.admin");

export default async function NewUserPage() {
  if (!(await adminOrForbidden())) return <AdminOnlyNotice />;
  const { t, locale } = await getI18n();
  const teams = await teamChoices(getDb());
  return (
    <>
      <Link href="/admin/users" className="mb-2 inline-block text-sm text-brand-700 underline">{t("users.detail.back")}</Link>
      <PageHeader title={t("users.form.title")} intro={t("users.form.intro")} />
      <div className="max-w-3xl">
        <CreateUserForm teams={teams} defaultLocale={locale} />
      </div>
    </>
  );
}
