import Link from "next/link";
import { AccountFilters } from "@/components/accounts/account-filters";
import { AccountTable } from "@/components/accounts/account-table";
import { BulkActions } from "@/components/accounts/bulk-actions";
import { TEAM_ROLES } from "@/components/account-page/team-roles";
import { ListViewsBar } from "@/components/saved-views/list-views-bar";
import { OwnerScope } from "@/components/accounts/owner-scope";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { AccountPager } from "@/components/accounts/account-pager";
import { requireUser } from "@/lib/auth/session";
import { listAccounts } from "@/lib/accounts/queries";
import { canManagePortfolio } from "@/lib/auth/roles";
import { visibleColumns } from "@/lib/saved-views/lists";
import { ZAccountListQuery } from "@/lib/accounts/schemas";
import { getDb } from "@/lib/db/prisma";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getI18n } from "@/lib/i18n/server";
import { accountFilterOptions } from "@/lib/lists/filter-options";
import { listHref, withDefaultOwner } from "@/lib/lists/query";
import { personChoice } from "@/lib/users/choices";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.accounts");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { t, locale } = await getI18n();
  const query = withDefaultOwner(ZAccountListQuery.parse(await searchParams), user.role);
  // The list can show archived accounts, so its choices include theirs.
  const [list, options, owner] = await Promise.all([listAccounts(user, query), accountFilterOptions(getDb(), { includeArchived: true }), personChoice(getDb(), query.owner)]);
  const pageless = { ...query, page: undefined, cursor: undefined };
  const visible = visibleColumns("accounts", query.cols);

  return (
    <>
      <PageHeader
        title={t("pages.accounts")}
        intro={t("pages.accountsIntro")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/accounts/new" className={buttonClass("primary")}>{t("accounts.list.newAccount")}</Link>
            <a href={listHref("/accounts/export", pageless)} className={buttonClass("secondary")} download>
              {t("accounts.list.exportCsv")}
            </a>
            <Link href="/accounts/import?kind=accounts" className={buttonClass("secondary")}>{t("accounts.list.importCsv")}</Link>
          </div>
        }
      />
      <OwnerScope query={query} t={t} />
      <ClientMessages scopes={["domain.teamRole", "savedViews.bulk"]}>
        <AccountFilters key={JSON.stringify(query)} query={query} options={options} owner={owner} />
        <ListViewsBar list="accounts" user={user} query={query} visible={visible} t={t} />
        {list.rows.length > 0 && (
          <BulkActions canReassign={canManagePortfolio(user)} teamRoles={TEAM_ROLES} exportParams={{ ...(query.sort ? { sort: query.sort } : {}), ...(query.dir ? { dir: query.dir } : {}) }} />
        )}
      </ClientMessages>
      <AccountTable rows={list.rows} query={query} t={t} locale={locale} visible={visible} selectable />
      {(list.total > 0 || list.page > 1) && <AccountPager list={list} params={pageless} t={t} locale={locale} />}
    </>
  );
}
