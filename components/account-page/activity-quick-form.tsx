"use client";

import { useRef, useState, type FormEvent } from "react";
import { logActivityAction } from "@/lib/activities/actions";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { ActivityType } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { ActivityIcon } from "./activity-icon";
import { ActionError, unchecked, useActionRunner } from "@/components/ui/use-action-runner";

/**
 * "Log an activity in two clicks": one click picks the type, the summary is typed, the second click logs it.
 * Date (default now), contact, participants and an optional follow-up (day and note, listed in "My work") wait
 * behind a disclosure.
 */
export function ActivityQuickForm({ accountId, contacts }: { accountId: string; contacts: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const [type, setType] = useState<ActivityType>("CALL");
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const runner = useActionRunner();
  const errors = runner.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const when = String(form.get("activity-occurredAt") ?? "");
    const input = {
      accountId,
      type,
      summary: form.get("activity-summary"),
      // datetime-local is the viewer's local time; the server stores an instant.
      occurredAt: when ? new Date(when).toISOString() : undefined,
      contactId: form.get("activity-contactId"),
      // The account's contacts ticked in the pick list are linked (their last touch counts); anyone else is typed
      // in as names separated by commas.
      participantIds: form.getAll("activity-participant").map(String),
      participants: String(form.get("activity-participants") ?? "").split(/[,，、;；\n]/).map((name) => name.trim()).filter(Boolean),
      followUpAt: form.get("activity-followUpAt"),
      followUpNote: form.get("activity-followUpNote"),
    };
    setDone(false);
    runner.run(
      () => logActivityAction(unchecked(input)),
      () => {
        formRef.current?.reset();
        setDone(true);
      },
      { fieldsOnly: true },
    );
  }

  const typeLabel = t(`domain.activityType.${type}`);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="quick-activity-title">
      <h3 id="quick-activity-title" className="text-base font-semibold">{t("accountPage.activities.quickTitle")}</h3>
      <ActionError message={runner.error} />
      <div role="group" aria-label={t("accountPage.activities.type")} className="flex flex-wrap gap-2">
        {Object.values(ActivityType).map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={type === value}
            onClick={() => setType(value)}
            className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm ${type === value ? "border-brand-600 bg-brand-50 font-medium text-brand-700" : "border-slate-300 text-slate-700 hover:bg-slate-100"}`}
          >
            <ActivityIcon type={value} />
            {t(`domain.activityType.${value}`)}
          </button>
        ))}
      </div>
      <Field label={t("accountPage.activities.summary")} name="activity-summary" error={errors.summary}>
        <TextArea name="activity-summary" rows={2} placeholder={t("accountPage.activities.summaryPlaceholder")} error={errors.summary} />
      </Field>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-600">{t("accountPage.activities.more")}</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <Field label={t("accountPage.activities.occurredAt")} name="activity-occurredAt" error={errors.occurredAt} hint={t("accountPage.activities.occurredAtHint")}>
            <TextInput name="activity-occurredAt" type="datetime-local" error={errors.occurredAt} />
          </Field>
          <Field label={t("accountPage.activities.contact")} name="activity-contactId" error={errors.contactId}>
            <Select name="activity-contactId" placeholder={t("accountPage.activities.noContact")} options={contacts.map((c) => ({ value: c.id, label: c.name }))} error={errors.contactId} />
          </Field>
          <fieldset className="sm:col-span-2 lg:col-span-1" data-testid="participants-picker">
            <legend className="text-sm font-medium text-slate-700">{t("accountPage.activities.participants")}</legend>
            {contacts.length > 0 && (
              <ul className="mt-1 max-h-40 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2" aria-label={t("ux.activities.pickContacts")}>
                {contacts.map((contact) => (
                  <li key={contact.id}>
                    <label className="flex items-center gap-2">
                      <input type="checkbox" name="activity-participant" value={contact.id} className="h-4 w-4 rounded border-slate-300" />
                      {contact.name}
                    </label>
                  </li>
                ))}
              </ul>
            )}
            <Field label={t("ux.activities.others")} name="activity-participants" error={errors.participants} hint={t("accountPage.activities.participantsHint")}>
              <TextInput name="activity-participants" error={errors.participants} />
            </Field>
          </fieldset>
        </div>
      </details>
      <details className="text-sm" open={Boolean(errors.followUpAt || errors.followUpNote) || undefined}>
        <summary className="cursor-pointer text-slate-600">{t("myWork.followUp.section")}</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          <Field label={t("myWork.followUp.date")} name="activity-followUpAt" error={errors.followUpAt} hint={t("myWork.followUp.dateHint")}>
            <TextInput name="activity-followUpAt" type="date" error={errors.followUpAt} />
          </Field>
          <div className="sm:col-span-2">
            <Field label={t("myWork.followUp.note")} name="activity-followUpNote" error={errors.followUpNote}>
              <TextInput name="activity-followUpNote" maxLength={500} placeholder={t("myWork.followUp.notePlaceholder")} error={errors.followUpNote} />
            </Field>
          </div>
        </div>
      </details>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={runner.pending}>
          {runner.pending ? t("accountPage.common.saving") : t("accountPage.activities.submit", { type: typeLabel })}
        </Button>
        {done && <span role="status" className="text-sm text-green-700">{t("accountPage.activities.logged")}</span>}
      </div>
    </form>
  );
}
