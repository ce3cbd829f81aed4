"use client";

import { useId, type FormEvent, type ReactNode } from "react";
import { addObjectiveAction, addPlanTaskAction, updateObjectiveAction, updatePlanTaskAction } from "@/lib/plans/actions";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { fieldErrors } from "@/lib/validation/field-errors";
import { PlanItemStatus } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { ZObjectiveInput, ZPlanTaskInput } from "@/lib/plans/schemas";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";

export type Person = { id: string; name: string };
export type ObjectiveValues = { title: string; description: string | null; status: PlanItemStatus };
export type TaskValues = { title: string; ownerId: string | null; dueDate: string | null; status: PlanItemStatus };

function useStatusOptions() {
  const { t } = useI18n();
  return Object.values(PlanItemStatus).map((s) => ({ value: s, label: t(`domain.planStatus.${s}`) }));
}

function FormButtons({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="flex gap-2">
      <Button type="submit" size="sm" disabled={pending}>{pending ? t("accountPage.common.saving") : t("accountPage.common.save")}</Button>
      <Button size="sm" variant="secondary" onClick={onCancel} disabled={pending}>{t("accountPage.common.cancel")}</Button>
    </div>
  );
}

/** What both plan item forms start with: field ids unique on the page (`prefix` + React id), the action runner, status options. */
function usePlanItemForm(prefix: string) {
  const { t } = useI18n();
  const id = `${prefix}${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const runner = useActionRunner();
  const statuses = useStatusOptions();
  return { t, id, runner, statuses, errors: runner.fieldErrors };
}

/** The frame both plan item forms share: the refusal message, the fields, save and cancel. */
function PlanItemForm({ onSubmit, error, pending, onDone, children }: { onSubmit: (event: FormEvent<HTMLFormElement>) => void; error: string | null; pending: boolean; onDone: () => void; children: ReactNode }) {
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <ActionError message={error} />
      {children}
      <FormButtons pending={pending} onCancel={onDone} />
    </form>
  );
}

function TitleField({ id, label, className, defaultValue, error }: { id: string; label: string; className: string; defaultValue?: string; error?: string }) {
  return (
    <div className={className}>
      <Field label={label} name={`${id}-title`} error={error}>
        <TextInput name={`${id}-title`} defaultValue={defaultValue} error={error} />
      </Field>
    </div>
  );
}

/** Adds an objective to a plan (planId) or edits one (objectiveId with its values). */
export function ObjectiveForm({ accountId, planId, objectiveId, initial, onDone }: { accountId: string; planId?: string; objectiveId?: string; initial?: ObjectiveValues; onDone: () => void }) {
  const { t, id, runner, statuses, errors } = usePlanItemForm("o");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = ZObjectiveInput.safeParse({ title: form.get(`${id}-title`), description: form.get(`${id}-description`) });
    if (!parsed.success) return runner.setFieldErrors(fieldErrors(parsed.error, t));
    const status = (form.get(`${id}-status`) as PlanItemStatus | null) ?? "OPEN";
    runner.run<unknown>(
      () => (objectiveId ? updateObjectiveAction({ accountId, objectiveId, objective: { ...parsed.data, status } }) : addObjectiveAction({ accountId, planId: planId!, objective: parsed.data })),
      onDone,
    );
  }

  return (
    <PlanItemForm onSubmit={onSubmit} error={runner.error} pending={runner.pending} onDone={onDone}>
      <div className="grid gap-2 sm:grid-cols-3">
        <TitleField id={id} label={t("accountPage.plan.objectiveTitle")} className="sm:col-span-2" defaultValue={initial?.title} error={errors.title} />
        {objectiveId && (
          <Field label={t("accountPage.plan.status")} name={`${id}-status`}>
            <Select name={`${id}-status`} defaultValue={initial?.status} options={statuses} />
          </Field>
        )}
      </div>
      <Field label={t("accountPage.plan.description")} name={`${id}-description`} error={errors.description}>
        <TextArea name={`${id}-description`} rows={2} defaultValue={initial?.description ?? ""} error={errors.description} />
      </Field>
    </PlanItemForm>
  );
}

/** Adds a task to an objective (objectiveId) or edits one (taskId with its values). */
export function TaskForm({ accountId, objectiveId, taskId, initial, users, onDone }: { accountId: string; objectiveId?: string; taskId?: string; initial?: TaskValues; users: Person[]; onDone: () => void }) {
  const { t, id, runner, statuses, errors } = usePlanItemForm("t");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const raw = { title: form.get(`${id}-title`), ownerId: form.get(`${id}-owner`), dueDate: form.get(`${id}-due`), status: form.get(`${id}-status`) };
    const parsed = ZPlanTaskInput.safeParse(raw);
    if (!parsed.success) return runner.setFieldErrors(fieldErrors(parsed.error, t));
    const task = { ...parsed.data, dueDate: raw.dueDate };
    runner.run<unknown>(
      () => (taskId ? updatePlanTaskAction({ accountId, taskId, task }) : addPlanTaskAction({ accountId, objectiveId: objectiveId!, task })),
      onDone,
    );
  }

  return (
    <PlanItemForm onSubmit={onSubmit} error={runner.error} pending={runner.pending} onDone={onDone}>
      <div className="grid gap-2 sm:grid-cols-4">
        <TitleField id={id} label={t("accountPage.plan.taskTitle")} className="sm:col-span-4" defaultValue={initial?.title} error={errors.title} />
        <Field label={t("accountPage.plan.owner")} name={`${id}-owner`} error={errors.ownerId}>
          <Select name={`${id}-owner`} defaultValue={initial?.ownerId ?? ""} placeholder={t("accountPage.plan.noOwner")} options={users.map((u) => ({ value: u.id, label: u.name }))} error={errors.ownerId} />
        </Field>
        <Field label={t("accountPage.plan.dueDate")} name={`${id}-due`} error={errors.dueDate}>
          <TextInput name={`${id}-due`} type="date" defaultValue={initial?.dueDate ?? ""} error={errors.dueDate} />
        </Field>
        <Field label={t("accountPage.plan.status")} name={`${id}-status`}>
          <Select name={`${id}-status`} defaultValue={initial?.status ?? "OPEN"} options={statuses} />
        </Field>
      </div>
    </PlanItemForm>
  );
}
