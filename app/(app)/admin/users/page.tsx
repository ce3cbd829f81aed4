import Link from "next/link";
import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { UserFilters } from "@/components/admin/users/user-filters";
import { UsersTable } from "@/components/admin/users/users-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { listUsers, teamChoices } from "@/lib/users/queries";
import { ZUserListQuery } from "@/lib/users/schemas";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.users", "shell.titles.admin");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await adminOrForbidden();
  if (!user) return <AdminOnlyNotice />;
  const { t, locale } = await getI18n();
  const query = ZUserListQuery.parse(await searchParams);
  const db = getDb();
  const [list, teams] = await Promise.all([listUsers(db, query), teamChoices(db)]);
  const pageless = { ...query, page: undefined };
  return (
    <>
      <PageHeader
        title={t("users.list.title")}
        intro={t("users.list.intro")}
        actions={<Link href="/admin/users/new" className={buttonClass("primary")}>{t("users.list.newUser")}</Link>}
      />
      <UserFilters query={query} teams={teams} />
      <UsersTable rows={list.rows} query={query} viewerId={user.id} t={t} locale={locale} />
      {list.total > 0 && <Pagination basePath="/admin/users" params={pageless} page={list.page} pageSize={list.pageSize} total={list.total} />}
    </>
  );
}
