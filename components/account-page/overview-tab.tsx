import type { AccountHeader } from "@/lib/account-page";
import { getAccountOverview } from "@/lib/account-page";
import { getDb } from "@/lib/db/prisma";
import { ChurnSection } from "./churn-section";
import { FactsSection } from "./facts-section";
import { GroupSection } from "./group-section";
import { PositionSection } from "./position-section";
import { RfmSection } from "./rfm-section";
import { StageSection } from "./stage-section";

export async function OverviewTab({ account }: { account: AccountHeader }) {
  const overview = await getAccountOverview(getDb(), account, new Date());
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="space-y-4">
        <PositionSection account={account} assessment={overview.latestAssessment} />
        <StageSection account={account} />
        <FactsSection account={account} />
      </div>
      <div className="space-y-4">
        <ChurnSection churn={overview.churn} />
        <RfmSection metrics={overview.metrics} />
        {overview.group && <GroupSection accountId={account.id} group={overview.group} />}
      </div>
    </div>
  );
}
