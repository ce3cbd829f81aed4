"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { ActionError, unchecked, useActionRunner } from "@/components/ui/use-action-runner";
import { RiskLevel, RiskStatus } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { riskExposure } from "@/lib/objectives";
import { addRiskAction, removeRiskAction, updateRiskAction } from "@/lib/plan-risks/actions";

export type RiskData = {
  id: string; title: string; severity: RiskLevel; likelihood: RiskLevel; ownerId: string | null; ownerName: string | null;
  mitigation: string | null; status: RiskStatus;
};
type Person = { id: string; name: string };

const EXPOSURE_TONE = (n: number) => (n >= 6 ? "bg-red-100 text-red-800" : n >= 3 ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-700");

/** The plan's risk register, highest exposure (severity × likelihood) first, as the server sorted it. */
export function RiskRegister({ accountId, planId, risks, users, canEdit }: { accountId: string; planId: string; risks: RiskData[]; users: Person[]; canEdit: boolean }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby={`risks-${planId}`} className="mt-4" data-testid="risk-register">
      <h4 id={`risks-${planId}`} className="text-sm font-medium text-slate-700">{t("planDocument.risks.title")}</h4>
      {risks.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">{t("planDocument.risks.empty")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
          {risks.map((risk) => <RiskRow key={risk.id} accountId={accountId} risk={risk} users={users} canEdit={canEdit} />)}
        </ul>
      )}
      {canEdit && (adding
        ? <div className="mt-2"><RiskForm accountId={accountId} planId={planId} users={users} onDone={() => setAdding(false)} /></div>
        : <Button size="sm" variant="secondary" className="mt-2" onClick={() => setAdding(true)}>{t("planDocument.risks.add")}</Button>)}
    </section>
  );
}

function RiskRow({ accountId, risk, users, canEdit }: { accountId: string; risk: RiskData; users: Person[]; canEdit: boolean }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const runner = useActionRunner();
  if (editing) return <li className="p-2"><RiskForm accountId={accountId} risk={risk} users={users} onDone={() => setEditing(false)} /></li>;
  const exposure = riskExposure(risk.severity, risk.likelihood);
  return (
    <li className={`flex flex-wrap items-start gap-x-3 gap-y-1 p-2 text-sm ${risk.status === "CLOSED" ? "text-slate-500" : ""}`} data-testid="plan-risk">
      <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${EXPOSURE_TONE(exposure)}`} title={t("planDocument.risks.exposure")}>{exposure}</span>
      <div className="min-w-48 flex-1">
        <p className={`font-medium ${risk.status === "CLOSED" ? "line-through" : "text-slate-900"}`}>{risk.title}</p>
        <p className="text-xs text-slate-600">
          {t("planDocument.risks.severity")}: {t(`planDocument.risks.levels.${risk.severity}`)} · {t("planDocument.risks.likelihood")}: {t(`planDocument.risks.levels.${risk.likelihood}`)} · {t(`planDocument.risks.statuses.${risk.status}`)} · {risk.ownerName ?? t("planDocument.risks.noOwner")}
        </p>
        {risk.mitigation && <p className="text-xs text-slate-700">{t("planDocument.risks.mitigation")}: {risk.mitigation}</p>}
      </div>
      {canEdit && (
        <span className="flex items-center">
          <Button size="sm" variant="ghost" aria-label={t("planDocument.risks.editRisk", { title: risk.title })} onClick={() => setEditing(true)}>{t("planDocument.risks.edit")}</Button>
          <Button
            size="sm" variant="ghost" disabled={runner.pending} aria-label={t("planDocument.risks.removeRisk", { title: risk.title })}
            onClick={() => { if (window.confirm(t("planDocument.risks.confirmRemove", { title: risk.title }))) runner.run(() => removeRiskAction({ accountId, riskId: risk.id })); }}
          >
            {t("planDocument.risks.remove")}
          </Button>
        </span>
      )}
      <ActionError message={runner.error} />
    </li>
  );
}

function RiskForm({ accountId, planId, risk, users, onDone }: { accountId: string; planId?: string; risk?: RiskData; users: Person[]; onDone: () => void }) {
  const { t } = useI18n();
  const id = `r${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const runner = useActionRunner();
  const errors = runner.fieldErrors;
  const levels = Object.values(RiskLevel).map((l) => ({ value: l, label: t(`planDocument.risks.levels.${l}`) }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const get = (name: string) => (form.get(`${id}-${name}`) as string | null) ?? "";
    const raw = { title: get("title"), severity: get("severity"), likelihood: get("likelihood"), ownerId: get("owner"), mitigation: get("mitigation"), status: get("status") || "OPEN" };
    runner.run<unknown>(
      () => (risk ? updateRiskAction(unchecked({ accountId, riskId: risk.id, risk: raw })) : addRiskAction(unchecked({ accountId, planId: planId!, risk: raw }))),
      onDone,
      { fieldsOnly: true },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <ActionError message={runner.error} />
      <Field label={t("planDocument.risks.risk")} name={`${id}-title`} error={errors.title}>
        <TextInput name={`${id}-title`} defaultValue={risk?.title} error={errors.title} />
      </Field>
      <div className="grid gap-2 sm:grid-cols-4">
        <Field label={t("planDocument.risks.severity")} name={`${id}-severity`} error={errors.severity}>
          <Select name={`${id}-severity`} defaultValue={risk?.severity ?? "MEDIUM"} options={levels} error={errors.severity} />
        </Field>
        <Field label={t("planDocument.risks.likelihood")} name={`${id}-likelihood`} error={errors.likelihood}>
          <Select name={`${id}-likelihood`} defaultValue={risk?.likelihood ?? "MEDIUM"} options={levels} error={errors.likelihood} />
        </Field>
        <Field label={t("planDocument.risks.owner")} name={`${id}-owner`} error={errors.ownerId}>
          <Select name={`${id}-owner`} defaultValue={risk?.ownerId ?? ""} placeholder={t("planDocument.risks.noOwner")} options={users.map((u) => ({ value: u.id, label: u.name }))} error={errors.ownerId} />
        </Field>
        <Field label={t("planDocument.risks.status")} name={`${id}-status`}>
          <Select name={`${id}-status`} defaultValue={risk?.status ?? "OPEN"} options={Object.values(RiskStatus).map((s) => ({ value: s, label: t(`planDocument.risks.statuses.${s}`) }))} />
        </Field>
      </div>
      <Field label={t("planDocument.risks.mitigation")} name={`${id}-mitigation`} error={errors.mitigation}>
        <TextArea name={`${id}-mitigation`} rows={2} defaultValue={risk?.mitigation ?? ""} error={errors.mitigation} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={runner.pending}>{t("planDocument.risks.save")}</Button>
        <Button size="sm" variant="secondary" onClick={onDone} disabled={runner.pending}>{t("planDocument.risks.cancel")}</Button>
      </div>
    </form>
  );
}
