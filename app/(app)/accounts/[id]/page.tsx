import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AccountHeader } from "@/components/account-detail/account-header";
import { HistoryTab } from "@/components/account-detail/history-tab";
import { OrdersTab } from "@/components/account-detail/orders-tab";
import { OverviewTab } from "@/components/account-detail/overview-tab";
import { TabBar } from "@/components/account-detail/tab-bar";
import { TabSkeleton } from "@/components/account-detail/tab-skeleton";
import { parsePositiveInt, parseTab } from "@/components/account-detail/tabs";
import { TeamTab } from "@/components/account-detail/team-tab";
import { ActivitiesTab } from "@/components/account-work/activities-tab";
import { ContactsTab } from "@/components/account-work/contacts-tab";
import { PlanTab } from "@/components/account-work/plan-tab";
import { requireUser } from "@/lib/auth/session";
import { getAccountHeader, HISTORY_PAGE_SIZE, type AccountHeader as Account } from "@/lib/db/account-detail";
import { getDb } from "@/lib/db/prisma";

type SearchParams = Record<string, string | string[] | undefined>;

function TabContent({ account, tab, params }: { account: Account; tab: ReturnType<typeof parseTab>; params: SearchParams }) {
  const props = { accountId: account.id, canEdit: account.canEdit };
  switch (tab) {
    case "overview":
      return <OverviewTab account={account} />;
    case "contacts":
      return <ContactsTab {...props} />;
    case "activities":
      return <ActivitiesTab {...props} />;
    case "orders":
      return <OrdersTab accountId={account.id} page={parsePositiveInt(params.page, 1)} />;
    case "team":
      return <TeamTab account={account} />;
    case "plan":
      return <PlanTab {...props} />;
    case "history":
      return <HistoryTab accountId={account.id} limit={parsePositiveInt(params.limit, HISTORY_PAGE_SIZE, 1_000)} />;
  }
}

/** The account page: header and tab bar at once, the chosen tab streamed in behind a skeleton. */
export default async function AccountPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const account = await getAccountHeader(getDb(), user, id);
  if (!account) notFound();
  const tab = parseTab(query.tab);
  return (
    <>
      <AccountHeader account={account} />
      <TabBar accountId={account.id} active={tab} />
      <Suspense key={`${tab}:${query.page ?? ""}:${query.limit ?? ""}`} fallback={<TabSkeleton />}>
        <TabContent account={account} tab={tab} params={query} />
      </Suspense>
    </>
  );
}
