"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import { addObjectiveAction, addPlanTaskAction, updateObjectiveAction, updatePlanTaskAction } from "@/lib/plans/actions";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { ObjectiveMetric, PlanItemStatus } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { ActionError, unchecked, useActionRunner } from "@/components/ui/use-action-runner";

export type Person = { id: string; name: string };
/** What makes an objective measurable, as form text (days YYYY-MM-DD, numbers as entered). */
export type MeasureValues = {
  metric: ObjectiveMetric; target: string | null; unit: string | null; dueDate: string | null; currentValue: string | null;
  offeringId: string | null; periodStart: string | null; periodEnd: string | null;
};
export type ObjectiveValues = { title: string; description: string | null; status: PlanItemStatus } & Partial<MeasureValues>;
export type OfferingOption = { id: string; name: string };
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

/** Adds an objective to a plan (planId) or edits one (objectiveId with its values), with how it is measured. */
export function ObjectiveForm({ accountId, planId, objectiveId, initial, offerings = [], onDone }: { accountId: string; planId?: string; objectiveId?: string; initial?: ObjectiveValues; offerings?: OfferingOption[]; onDone: () => void }) {
  const { t, id, runner, statuses, errors } = usePlanItemForm("o");
  const [metric, setMetric] = useState<ObjectiveMetric>(initial?.metric ?? "MANUAL");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => (form.get(`${id}-${name}`) as string | null) ?? "";
    const raw = {
      title: text("title"), description: text("description"), metric,
      target: text("target"), unit: text("unit"), dueDate: text("due"),
      currentValue: metric === "MANUAL" ? text("current") : "",
      offeringId: metric === "OFFERING_REVENUE" ? text("offering") : "",
      periodStart: metric === "OFFERING_REVENUE" ? text("from") : "",
      periodEnd: metric === "OFFERING_REVENUE" ? text("to") : "",
    };
    const status = (form.get(`${id}-status`) as PlanItemStatus | null) ?? "OPEN";
    runner.run<unknown>(
      () => (objectiveId ? updateObjectiveAction(unchecked({ accountId, objectiveId, objective: { ...raw, status } })) : addObjectiveAction(unchecked({ accountId, planId: planId!, objective: raw }))),
      onDone,
      { fieldsOnly: true },
    );
  }

  const field = (name: string, label: string, error: string | undefined, value: string | null | undefined, type = "text") => (
    <Field label={label} name={`${id}-${name}`} error={error}>
      <TextInput name={`${id}-${name}`} type={type} inputMode={type === "text" && name !== "unit" ? "decimal" : undefined} defaultValue={value ?? ""} error={error} />
    </Field>
  );

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
      <fieldset className="grid gap-2 sm:grid-cols-4">
        <legend className="text-sm font-medium text-slate-700">{t("planDocument.objective.measure")}</legend>
        <Field label={t("planDocument.objective.metric")} name={`${id}-metric`}>
          <Select
            name={`${id}-metric`}
            value={metric}
            onChange={(event) => setMetric(event.target.value as ObjectiveMetric)}
            options={Object.values(ObjectiveMetric).map((m) => ({ value: m, label: t(`planDocument.objective.metrics.${m}`) }))}
          />
        </Field>
        {field("target", t("planDocument.objective.target"), errors.target, initial?.target)}
        <Field label={t("planDocument.objective.unit")} name={`${id}-unit`} error={errors.unit}>
          <TextInput name={`${id}-unit`} defaultValue={initial?.unit ?? ""} error={errors.unit} />
        </Field>
        {field("due", t("planDocument.objective.dueDate"), errors.dueDate, initial?.dueDate, "date")}
        {metric === "MANUAL" && field("current", t("planDocument.objective.currentValue"), errors.currentValue, initial?.currentValue)}
        {metric === "OFFERING_REVENUE" && (
          <>
            <Field label={t("planDocument.objective.offering")} name={`${id}-offering`} error={errors.offeringId}>
              <Select name={`${id}-offering`} defaultValue={initial?.offeringId ?? ""} placeholder={t("planDocument.objective.allOfferings")} options={offerings.map((o) => ({ value: o.id, label: o.name }))} error={errors.offeringId} />
            </Field>
            {field("from", t("planDocument.objective.periodStart"), errors.periodStart, initial?.periodStart, "date")}
            {field("to", t("planDocument.objective.periodEnd"), errors.periodEnd, initial?.periodEnd, "date")}
          </>
        )}
      </fieldset>
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
    runner.run<unknown>(
      () => (taskId ? updatePlanTaskAction(unchecked({ accountId, taskId, task: raw })) : addPlanTaskAction(unchecked({ accountId, objectiveId: objectiveId!, task: raw }))),
      onDone,
      { fieldsOnly: true },
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
