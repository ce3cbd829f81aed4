"use client";

import { useState, type FormEvent } from "react";
import { createPlanAction } from "@/lib/plans/actions";
import { Button } from "@/components/ui/button";
import { Field, TextInput, inputClass } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";
import type { TSwot, TTemplateObjective } from "@/lib/plan-templates/schemas";
import { ActionError, unchecked, useActionRunner } from "@/components/ui/use-action-runner";

/**
 * A new plan, pre-filled from the template of the account's quadrant (SWOT lines, measured objectives with their
 * tasks); objective titles are editable, objectives can be dropped or added (an added one is measured later).
 */
export function NewPlanForm({ accountId, defaultTitle, objectives, swot, templateId, intro }: {
  accountId: string; defaultTitle: string; objectives: TTemplateObjective[]; swot: TSwot | null; templateId: string | null; intro: string;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<{ key: number; title: string; measure: TTemplateObjective | null }[]>(() => objectives.map((objective, i) => ({ key: i, title: objective.title, measure: objective })));
  const [nextKey, setNextKey] = useState(objectives.length);
  const runner = useActionRunner();
  const errors = runner.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      accountId, title: form.get("plan-title"), templateId,
      swot: swot ?? { strengths: [], weaknesses: [], opportunities: [], threats: [] },
      objectives: items.map((item) => (item.measure ? { ...item.measure, title: item.title } : item.title)),
    };
    runner.run(() => createPlanAction(unchecked(input)), () => setOpen(false), { fieldsOnly: true });
  }

  if (!open) return <Button onClick={() => setOpen(true)}>{t("accountPage.plan.new")}</Button>;
  return (
    <form onSubmit={onSubmit} noValidate className="w-full space-y-3 rounded-lg border border-brand-200 bg-white p-4" aria-labelledby="new-plan-title">
      <h3 id="new-plan-title" className="text-base font-semibold">{t("accountPage.plan.newTitle")}</h3>
      <p className="text-sm text-slate-600">{intro}</p>
      <ActionError message={runner.error} />
      <Field label={t("accountPage.plan.planTitle")} name="plan-title" error={errors.title}>
        <TextInput name="plan-title" defaultValue={defaultTitle} error={errors.title} />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t("accountPage.plan.objectives")}</legend>
        <ol className="mt-1 space-y-2">
          {items.map((item, index) => {
            const label = t("accountPage.plan.objective", { n: index + 1 });
            const error = errors[`objectives.${index}`] ?? errors[`objectives.${index}.title`];
            return (
              <li key={item.key} className="flex items-start gap-2">
                <div className="flex-1">
                  <input
                    aria-label={label}
                    value={item.title}
                    onChange={(event) => setItems((list) => list.map((it) => (it.key === item.key ? { ...it, title: event.target.value } : it)))}
                    className={`${inputClass} mt-0`}
                    aria-invalid={!!error}
                  />
                  {error && <p className="mt-1 text-xs text-red-600">{error}</p>}
                  {item.measure && item.measure.metric !== "MANUAL" && (
                    <p className="mt-0.5 text-xs text-slate-500">{t(`planDocument.objective.metrics.${item.measure.metric}`)}{item.measure.unit ? ` (${item.measure.unit})` : ""}</p>
                  )}
                </div>
                <Button variant="ghost" size="sm" aria-label={t("accountPage.plan.removeObjective", { title: item.title || label })} onClick={() => setItems((list) => list.filter((it) => it.key !== item.key))}>
                  {t("accountPage.common.remove")}
                </Button>
              </li>
            );
          })}
        </ol>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => {
            setItems((list) => [...list, { key: nextKey, title: "", measure: null }]);
            setNextKey((k) => k + 1);
          }}
        >
          {t("accountPage.plan.addObjective")}
        </Button>
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" disabled={runner.pending}>{runner.pending ? t("accountPage.common.saving") : t("accountPage.plan.create")}</Button>
        <Button variant="secondary" onClick={() => setOpen(false)} disabled={runner.pending}>{t("accountPage.common.cancel")}</Button>
      </div>
    </form>
  );
}
