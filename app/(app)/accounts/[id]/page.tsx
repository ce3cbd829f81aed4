import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AccountHeader } from "@/components/account-page/account-header";
import { HistoryTab } from "@/components/account-page/history-tab";
import { OrdersTab } from "@/components/account-page/orders-tab";
import { OverviewTab } from "@/components/account-page/overview-tab";
import { TabBar } from "@/components/account-page/tab-bar";
import { TabSkeleton } from "@/components/account-page/tab-skeleton";
import { ZAccountPageQuery, type TAccountPageQuery } from "@/components/account-page/tabs";
import { TeamTab } from "@/components/account-page/team-tab";
import { ActivitiesTab } from "@/components/account-page/activities-tab";
import { ContactsTab } from "@/components/account-page/contacts-tab";
import { PlanTab } from "@/components/account-page/plan-tab";
import { WhitespaceTab } from "@/components/whitespace/whitespace-tab";
import { requireUser } from "@/lib/auth/session";
import { getAccountHeader, HISTORY_PAGE_SIZE, type AccountHeader as Account } from "@/lib/account-page";
import { getDb } from "@/lib/db/prisma";
import { accountName, pageTitle } from "@/components/shell/page-title";

/** "Westfield Logistics · Accounts", with the tab in front when it is not the overview. */
export async function generateMetadata({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const name = await accountName(id);
  if (!name) return pageTitle("shell.titles.notFound");
  const { tab } = ZAccountPageQuery.parse(search);
  return tab === "overview" ? pageTitle({ text: name }, "shell.titles.accounts") : pageTitle(`shell.titles.tabs.${tab}`, { text: name }, "shell.titles.accounts");
}

type SearchParams = Record<string, string | string[] | undefined>;

function TabContent({ account, query }: { account: Account; query: TAccountPageQuery }) {
  const props = { accountId: account.id, canEdit: account.canEdit };
  switch (query.tab) {
    case "overview":
      return <OverviewTab account={account} />;
    case "contacts":
      return <ContactsTab {...props} view={query.view} />;
    case "activities":
      return <ActivitiesTab {...props} />;
    case "orders":
      return <OrdersTab accountId={account.id} page={query.page ?? 1} />;
    case "team":
      return <TeamTab account={account} />;
    case "plan":
      return <PlanTab {...props} />;
    case "whitespace":
      return <WhitespaceTab {...props} />;
    case "history":
      return <HistoryTab accountId={account.id} limit={query.limit ?? HISTORY_PAGE_SIZE} />;
  }
}

/** The account page: header and tab bar at once, the chosen tab streamed in behind a skeleton. */
export default async function AccountPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const account = await getAccountHeader(getDb(), user, id);
  if (!account) notFound();
  const query = ZAccountPageQuery.parse(search);
  return (
    <>
      <AccountHeader account={account} />
      <TabBar accountId={account.id} active={query.tab} />
      <Suspense key={`${query.tab}:${query.page ?? ""}:${query.limit ?? ""}:${query.view}`} fallback={<TabSkeleton />}>
        <TabContent account={account} query={query} />
      </Suspense>
    </>
  );
}
