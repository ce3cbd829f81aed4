import type { AccountHeader } from "@/lib/account-page";
import { getAccountOverview } from "@/lib/account-page";
import { getAccountHealth } from "@/lib/account-page/health";
import { getDb } from "@/lib/db/prisma";
import { loadActiveHealthModel } from "@/lib/health-models/queries";
import { ChurnSection } from "./churn-section";
import { FactsSection } from "./facts-section";
import { GroupSection } from "./group-section";
import { HealthSection } from "./health-section";
import { PositionSection } from "./position-section";
import { RfmSection } from "./rfm-section";
import { StageSection } from "./stage-section";
import { ClientMessages } from "@/lib/i18n/client-messages";

export async function OverviewTab({ account }: { account: AccountHeader }) {
  const now = new Date();
  const [overview, health, healthModel] = await Promise.all([
    getAccountOverview(getDb(), account, now),
    getAccountHealth(getDb(), account.id, now),
    loadActiveHealthModel(getDb()),
  ]);
  return (
    <ClientMessages scopes={["health.panel"]}>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <PositionSection account={account} assessment={overview.latestAssessment} />
          <StageSection account={account} />
          <FactsSection account={account} />
        </div>
        <div className="space-y-4">
          <HealthSection health={health} thresholds={healthModel} />
          <ChurnSection churn={overview.churn} />
          <RfmSection metrics={overview.metrics} />
          {overview.group && <GroupSection accountId={account.id} group={overview.group} />}
        </div>
      </div>
    </ClientMessages>
  );
}
