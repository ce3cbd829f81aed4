import { Notice } from "@/components/ui/notice";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { loadStakeholderMap } from "@/lib/stakeholder-map/queries";
import { AddContact, LeftContacts } from "./contacts-tab-lazy";
import { StakeholderChart } from "./stakeholder-chart-lazy";

/**
 * The stakeholder map: the gap list (also the text alternative of the chart's markers), the org chart with its
 * editing panel, and those who left the customer.
 */
export async function StakeholderMapView({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const { t } = await getI18n();
  const data = await loadStakeholderMap(getDb(), accountId, { now: new Date() });
  const nameOf = new Map(data.nodes.map((node) => [node.id, node.name]));
  const dmCovered = data.nodes.some((node) => node.buyingRole === "DECISION_MAKER" && node.coverage.length > 0);
  const gaps = [
    ...(dmCovered ? [] : [{ key: "dm", tone: "red", text: t("stakeholders.gaps.noDecisionMakerCovered") }]),
    ...data.gaps.missingRoles.map((role) => ({ key: `role-${role}`, tone: "slate", text: t("stakeholders.gaps.missingRole", { role: t(`domain.buyingRole.${role}`) }) })),
    ...data.gaps.uncoveredDecisionMakers.map((id) => ({ key: `dm-${id}`, tone: "red", text: t("stakeholders.gaps.uncoveredDecisionMaker", { name: nameOf.get(id) ?? "" }) })),
    ...data.gaps.untouchedKeyContacts.map((id) => ({ key: `old-${id}`, tone: "amber", text: t("stakeholders.gaps.untouched", { name: nameOf.get(id) ?? "", days: data.untouchedDays }) })),
  ];
  const marker: Record<string, string> = { red: "bg-red-600", amber: "bg-amber-500", slate: "bg-slate-400" };

  return (
    <div className="space-y-4" data-testid="stakeholder-map-view">
      <section aria-labelledby="stakeholder-gaps-title" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="stakeholder-gaps">
        <h3 id="stakeholder-gaps-title" className="text-base font-semibold">{t("stakeholders.gaps.title")}</h3>
        {gaps.length === 0 ? (
          <p className="mt-1 text-sm text-green-700">{t("stakeholders.gaps.none")}</p>
        ) : (
          <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-800 sm:grid-cols-2">
            {gaps.map((gap) => (
              <li key={gap.key} className="flex items-start gap-2">
                <span aria-hidden className={`mt-1.5 inline-block h-2 w-2 shrink-0 rounded-full ${marker[gap.tone]}`} />
                {gap.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      {canEdit && (
        <div className="flex flex-wrap items-start gap-2">
          <AddContact accountId={accountId} />
        </div>
      )}
      {data.nodes.length === 0 ? (
        <Notice title={t("stakeholders.map.title")} body={t("stakeholders.map.empty")} />
      ) : (
        <StakeholderChart accountId={accountId} canEdit={canEdit} nodes={data.nodes} edges={data.edges} missingRoles={data.gaps.missingRoles} />
      )}
      <LeftContacts accountId={accountId} canEdit={canEdit} contacts={data.left.map((c) => ({ id: c.id, name: c.name, title: c.title, leftAt: c.leftAt!, newEmployer: c.newEmployer }))} />
    </div>
  );
}
