"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { formatDate, formatMoney, formatPercent } from "@/lib/i18n/format";
import { deleteOpportunityAction, setOpportunityStageAction } from "@/lib/opportunities/actions";
import type { OpportunityRow } from "@/lib/opportunities/queries";
import { OpportunityDialog, type OpportunityDraft } from "./opportunity-form";

const STAGE_STYLE: Record<OpportunityRow["stage"], string> = {
  QUALIFY: "bg-slate-100 text-slate-800", DEVELOP: "bg-sky-100 text-sky-900", PROPOSE: "bg-indigo-100 text-indigo-900",
  NEGOTIATE: "bg-amber-100 text-amber-900", WON: "bg-green-100 text-green-900", LOST: "bg-red-100 text-red-900",
};

/** The account's opportunities: a table on wide screens, cards on narrow ones; edit, win, lose and delete. */
export function OpportunityList({
  accountId, opportunities, owners, canEdit, viewerId, today,
}: { accountId: string; opportunities: OpportunityRow[]; owners: { id: string; name: string }[]; canEdit: boolean; viewerId: string; today: string }) {
  const { t, locale } = useI18n();
  const runner = useActionRunner();
  const [draft, setDraft] = useState<OpportunityDraft | null>(null);
  const isOpen = (o: OpportunityRow) => o.stage !== "WON" && o.stage !== "LOST";
  const fresh = (): OpportunityDraft => ({
    name: "", value: "", probability: "20", stage: "QUALIFY",
    expectedClose: new Date(Date.parse(`${today}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10),
    ownerId: owners.some((o) => o.id === viewerId) ? viewerId : (owners[0]?.id ?? ""),
  });

  return (
    <div className="space-y-3">
      <ActionError message={runner.error} />
      {canEdit && (
        <div>
          <Button onClick={() => setDraft(fresh())}>{t("whitespace.opportunities.add")}</Button>
        </div>
      )}
      {opportunities.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
          <span className="font-medium">{t("whitespace.opportunities.emptyTitle")}</span> {t("whitespace.opportunities.emptyBody")}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="opportunity-list">
          {opportunities.map((o) => (
            <li key={o.id} className="grid gap-2 px-3 py-2 text-sm md:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] md:items-center" data-testid="opportunity">
              <div>
                <span className="font-medium">{o.name}</span>
                {o.cell && (
                  <span className="block text-xs text-slate-500">
                    {t("whitespace.opportunities.fromCell")}: {o.cell.buyingCentre} · {locale === "zh" ? o.cell.offeringZh : o.cell.offeringEn}
                  </span>
                )}
              </div>
              <div><span className="text-xs text-slate-500 md:sr-only">{t("whitespace.opportunities.value")}: </span>{formatMoney(locale, o.value)}</div>
              <div><span className="text-xs text-slate-500 md:sr-only">{t("whitespace.opportunities.probability")}: </span>{formatPercent(locale, o.probability / 100)}</div>
              <div><span className={`rounded px-2 py-0.5 text-xs font-medium ${STAGE_STYLE[o.stage]}`}>{t(`whitespace.stage.${o.stage}`)}</span></div>
              <div>
                <span className="text-xs text-slate-500 md:sr-only">{t("whitespace.opportunities.expectedClose")}: </span>
                {formatDate(locale, o.expectedClose)}
                <span className="block text-xs text-slate-500">{o.ownerName}</span>
              </div>
              {canEdit && (
                <div className="flex flex-wrap gap-1">
                  <Button size="sm" variant="secondary" onClick={() => setDraft({ id: o.id, name: o.name, value: String(o.value), probability: String(o.probability), stage: o.stage, expectedClose: o.expectedClose, ownerId: o.ownerId })} aria-label={`${t("whitespace.opportunities.edit")}: ${o.name}`}>
                    {t("whitespace.opportunities.edit")}
                  </Button>
                  {isOpen(o) && (
                    <>
                      <Button size="sm" variant="secondary" disabled={runner.pending} onClick={() => runner.run(() => setOpportunityStageAction({ accountId, opportunityId: o.id, stage: "WON" }))} aria-label={`${t("whitespace.opportunities.won")}: ${o.name}`}>
                        {t("whitespace.opportunities.won")}
                      </Button>
                      <Button size="sm" variant="secondary" disabled={runner.pending} onClick={() => runner.run(() => setOpportunityStageAction({ accountId, opportunityId: o.id, stage: "LOST" }))} aria-label={`${t("whitespace.opportunities.lost")}: ${o.name}`}>
                        {t("whitespace.opportunities.lost")}
                      </Button>
                    </>
                  )}
                  <Button
                    size="sm"
                    variant="danger"
                    disabled={runner.pending}
                    aria-label={`${t("whitespace.opportunities.delete")}: ${o.name}`}
                    onClick={() => {
                      if (window.confirm(t("whitespace.opportunities.confirmDelete", { name: o.name }))) runner.run(() => deleteOpportunityAction({ accountId, opportunityId: o.id }));
                    }}
                  >
                    {t("whitespace.opportunities.delete")}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {draft && <OpportunityDialog accountId={accountId} draft={draft} owners={owners} onClose={() => setDraft(null)} />}
    </div>
  );
}
