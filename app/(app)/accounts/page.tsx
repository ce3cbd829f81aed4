import Link from "next/link";
import { AccountFilters } from "@/components/accounts/account-filters";
import { AccountTable } from "@/components/accounts/account-table";
import { accountsHref } from "@/components/accounts/list-href";
import { OwnerScope } from "@/components/accounts/owner-scope";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listAccounts, listFilterOptions } from "@/lib/db/accounts";
import { getI18n } from "@/lib/i18n/server";
import { listQueryParams, ZAccountListQuery } from "@/lib/validation/account";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { t, locale } = await getI18n();
  const [list, options] = await Promise.all([listAccounts(user, ZAccountListQuery.parse(await searchParams)), listFilterOptions()]);
  const { query } = list;
  const pageless = listQueryParams({ ...query, page: undefined });

  return (
    <>
      <PageHeader
        title={t("pages.accounts")}
        intro={t("pages.accountsIntro")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/accounts/new" className={buttonClass("primary")}>{t("accounts.list.newAccount")}</Link>
            <a href={accountsHref({ ...query, page: undefined }, {}, "/accounts/export")} className={buttonClass("secondary")} download>
              {t("accounts.list.exportCsv")}
            </a>
            <Link href="/accounts/import" className={buttonClass("secondary")}>{t("accounts.list.importCsv")}</Link>
          </div>
        }
      />
      <OwnerScope query={query} t={t} />
      <AccountFilters key={JSON.stringify(query)} query={query} options={options} />
      {list.rows.length === 0 ? (
        <Notice
          title={t("accounts.list.emptyTitle")}
          body={t(query.owner === "me" ? "accounts.list.emptyMineBody" : "accounts.list.emptyBody")}
          href="/accounts?owner=all"
          linkLabel={t("accounts.filters.clear")}
        />
      ) : (
        <AccountTable rows={list.rows} query={query} t={t} locale={locale} />
      )}
      {list.total > 0 && <Pagination basePath="/accounts" params={pageless} page={list.page} pageSize={list.pageSize} total={list.total} />}
    </>
  );
}
