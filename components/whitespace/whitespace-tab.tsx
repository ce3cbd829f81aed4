import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { accountOpportunities } from "@/lib/opportunities/queries";
import { loadWhitespaceMap } from "@/lib/whitespace-map/queries";
import { BuyingCentres, OpportunityList, WhitespaceGrid } from "./whitespace-tab-lazy";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The account's whitespace tab: the map (buying centres × offerings), its buying centres, then opportunities and pipeline. */
export async function WhitespaceTab({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const { t, locale } = await getI18n();
  const user = await getCurrentUser();
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const db = getDb();
  const [map, opps] = await Promise.all([loadWhitespaceMap(db, accountId, now), accountOpportunities(db, accountId)]);
  const whitespaceTotal = map.cells.reduce((sum, cell) => sum + cell.figures.whitespace, 0);
  const viewerId = user?.id ?? "";

  return (
    <ClientMessages scopes={["whitespace.cell", "whitespace.centres", "whitespace.map", "whitespace.opportunities", "whitespace.stage", "whitespace.status"]}>
      <div className="space-y-6" data-testid="whitespace-tab">
        <Section
          title={t("whitespace.map.title")}
          id="whitespace-map"
          actions={map.cells.length > 0 ? <span className="text-sm text-slate-600" data-testid="whitespace-total">{t("whitespace.map.whitespaceTotal", { amount: formatMoney(locale, whitespaceTotal) })}</span> : undefined}
        >
          <p className="mb-3 text-sm text-slate-600">{t("whitespace.map.intro")}</p>
          {!canEdit && <p className="mb-3 text-sm text-slate-500">{t("whitespace.cell.readOnly")}</p>}
          {map.offerings.length === 0 ? (
            <Notice title={t("whitespace.map.noOfferings")} body={t("whitespace.map.noOfferingsBody")} />
          ) : map.centres.length === 0 ? (
            <Notice title={t("whitespace.map.noCentres")} body={t("whitespace.map.noCentresBody")} />
          ) : (
            <WhitespaceGrid accountId={accountId} map={map} canEdit={canEdit} owners={opps.owners} viewerId={viewerId} today={today} />
          )}
        </Section>
        <Section title={t("whitespace.centres.title")} id="buying-centres">
          <p className="mb-3 text-sm text-slate-600">{t("whitespace.centres.intro")}</p>
          <BuyingCentres accountId={accountId} centres={map.centres} canEdit={canEdit} />
        </Section>
        <Section
          title={t("whitespace.opportunities.title")}
          id="opportunities"
          actions={
            <p className="text-sm" data-testid="weighted-pipeline">
              <span className="font-medium">{t("whitespace.opportunities.pipeline")}: </span>
              {t("whitespace.opportunities.pipelineValue", { weighted: formatMoney(locale, opps.pipeline.weighted), open: formatMoney(locale, opps.pipeline.openValue), count: opps.pipeline.openCount })}
              {opps.pipeline.wonValue > 0 && <span className="ml-2 text-slate-600">{t("whitespace.opportunities.wonValue", { amount: formatMoney(locale, opps.pipeline.wonValue) })}</span>}
            </p>
          }
        >
          <OpportunityList accountId={accountId} opportunities={opps.opportunities} owners={opps.owners} canEdit={canEdit} viewerId={viewerId} today={today} />
        </Section>
      </div>
    </ClientMessages>
  );
}
