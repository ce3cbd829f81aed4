import Link from "next/link";
import { ContactFilters } from "@/components/contacts/contact-filters";
import { ContactsTable } from "@/components/contacts/contacts-table";
import { ListViewsBar } from "@/components/saved-views/list-views-bar";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { ZContactListQuery } from "@/lib/contacts/list-query";
import { listContacts } from "@/lib/contacts/queries";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { visibleColumns } from "@/lib/saved-views/lists";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.contacts");

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { t } = await getI18n();
  const query = ZContactListQuery.parse(await searchParams);
  const { rows, total, page, pageSize } = await listContacts(getDb(), user, query);
  const visible = visibleColumns("contacts", query.cols);
  return (
    <>
      <PageHeader
        title={t("pages.contacts")}
        intro={t("pages.contactsIntro")}
        actions={<Link href="/accounts/import?kind=contacts" className={buttonClass("secondary")}>{t("contacts.list.importLink")}</Link>}
      />
      <ContactFilters query={query} />
      <ListViewsBar list="contacts" user={user} query={query} visible={visible} t={t} />
      <ContactsTable rows={rows} query={query} visible={visible} />
      {rows.length > 0 && <Pagination basePath="/contacts" params={query} page={page} pageSize={pageSize} total={total} />}
    </>
  );
}
