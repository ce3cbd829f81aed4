"use client";

import { useState, type FormEvent } from "react";
import { logComplaintAction } from "@/lib/activities/actions";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { ComplaintSeverity } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { ActionError, unchecked, useActionRunner } from "@/components/ui/use-action-runner";

/** Logs a customer complaint (opened today unless another date is given). */
export function ComplaintForm({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const runner = useActionRunner();
  const errors = runner.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const day = String(form.get("complaint-openedAt") ?? "");
    const input = {
      accountId,
      severity: form.get("complaint-severity"),
      summary: form.get("complaint-summary"),
      openedAt: day ? `${day}T12:00:00Z` : undefined,
    };
    runner.run(() => logComplaintAction(unchecked(input)), () => setOpen(false), { fieldsOnly: true });
  }

  if (!open) return <Button variant="secondary" onClick={() => setOpen(true)}>{t("accountPage.complaints.log")}</Button>;
  return (
    <form onSubmit={onSubmit} noValidate className="w-full space-y-3 rounded-lg border border-red-200 bg-white p-4" aria-labelledby="complaint-form-title">
      <h3 id="complaint-form-title" className="text-base font-semibold">{t("accountPage.complaints.title")}</h3>
      <ActionError message={runner.error} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("accountPage.complaints.severity")} name="complaint-severity" error={errors.severity}>
          <Select name="complaint-severity" defaultValue="MEDIUM" error={errors.severity} options={Object.values(ComplaintSeverity).map((s) => ({ value: s, label: t(`domain.severity.${s}`) }))} />
        </Field>
        <Field label={t("accountPage.complaints.openedAt")} name="complaint-openedAt" error={errors.openedAt}>
          <TextInput name="complaint-openedAt" type="date" error={errors.openedAt} />
        </Field>
      </div>
      <Field label={t("accountPage.complaints.summary")} name="complaint-summary" error={errors.summary}>
        <TextArea name="complaint-summary" rows={2} error={errors.summary} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={runner.pending}>{runner.pending ? t("accountPage.common.saving") : t("accountPage.complaints.submit")}</Button>
        <Button variant="secondary" onClick={() => setOpen(false)} disabled={runner.pending}>{t("accountPage.common.cancel")}</Button>
      </div>
    </form>
  );
}
