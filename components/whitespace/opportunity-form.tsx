"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { createOpportunityAction, updateOpportunityAction } from "@/lib/opportunities/actions";
import { OPPORTUNITY_STAGES, type OpportunityStageCode } from "@/lib/pipeline";

export type OpportunityDraft = {
  id?: string;
  name: string;
  value: string;
  probability: string;
  stage: OpportunityStageCode;
  expectedClose: string;
  ownerId: string;
  whitespaceCellId?: string | null;
};

/** Creates or edits an opportunity in a dialog; a draft from a whitespace cell links the two. */
export function OpportunityDialog({
  accountId, draft, owners, onClose,
}: { accountId: string; draft: OpportunityDraft; owners: { id: string; name: string }[]; onClose: () => void }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [values, setValues] = useState(draft);
  const set = (key: keyof OpportunityDraft) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));
  const err = runner.fieldErrors;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { accountId, name: values.name, value: values.value, probability: values.probability, stage: values.stage, expectedClose: values.expectedClose, ownerId: values.ownerId };
    if (values.id) runner.run(() => updateOpportunityAction({ ...input, opportunityId: values.id! }), onClose);
    else runner.run(() => createOpportunityAction({ ...input, whitespaceCellId: values.whitespaceCellId ?? null }), onClose);
  }

  return (
    <ModalDialog title={t(values.id ? "whitespace.opportunities.editTitle" : "whitespace.opportunities.newTitle")} onClose={onClose}>
      <form onSubmit={submit} className="mt-4 space-y-3" noValidate>
        <ActionError message={runner.error} />
        <Field label={t("whitespace.opportunities.name")} name="opp-name" error={err.name}>
          <TextInput name="opp-name" value={values.name} onChange={set("name")} error={err.name} required maxLength={200} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t("whitespace.opportunities.value")} name="opp-value" error={err.value}>
            <TextInput name="opp-value" inputMode="decimal" value={values.value} onChange={set("value")} error={err.value} required />
          </Field>
          <Field label={t("whitespace.opportunities.probability")} name="opp-probability" error={err.probability}>
            <TextInput name="opp-probability" type="number" min={0} max={100} value={values.probability} onChange={set("probability")} error={err.probability} required />
          </Field>
          <Field label={t("whitespace.opportunities.stage")} name="opp-stage" error={err.stage}>
            <Select name="opp-stage" value={values.stage} onChange={set("stage")} error={err.stage} options={OPPORTUNITY_STAGES.map((s) => ({ value: s, label: t(`whitespace.stage.${s}`) }))} />
          </Field>
          <Field label={t("whitespace.opportunities.expectedClose")} name="opp-close" error={err.expectedClose}>
            <TextInput name="opp-close" type="date" value={values.expectedClose} onChange={set("expectedClose")} error={err.expectedClose} required />
          </Field>
        </div>
        <Field label={t("whitespace.opportunities.owner")} name="opp-owner" error={err.ownerId}>
          <Select name="opp-owner" value={values.ownerId} onChange={set("ownerId")} error={err.ownerId} options={owners.map((o) => ({ value: o.id, label: o.name }))} />
        </Field>
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={onClose}>{t("whitespace.opportunities.cancel")}</Button>
          <Button type="submit" disabled={runner.pending}>{t("whitespace.opportunities.save")}</Button>
        </div>
      </form>
    </ModalDialog>
  );
}
