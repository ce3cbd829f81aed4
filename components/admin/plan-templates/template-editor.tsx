"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { ObjectiveMetric, type Quadrant } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { resetPlanTemplateAction, savePlanTemplateAction } from "@/lib/plan-templates/actions";
import { ZTemplateContent, type TTemplateContent } from "@/lib/plan-templates/schemas";
import { SWOT_LISTS } from "@/lib/plans/swot";
import { fieldErrors } from "@/lib/validation/field-errors";

type Row = { key: number; title: string; metric: ObjectiveMetric; unit: string; target: string; tasks: string };

const toLines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

/** One quadrant's plan template: title, SWOT starter lines, objectives with measure, unit, target and task titles. */
export function TemplateEditor({ quadrant, label, content, stored }: { quadrant: Quadrant; label: string; content: TTemplateContent; stored: boolean }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [saved, setSaved] = useState(false);
  const [rows, setRows] = useState<Row[]>(() =>
    content.objectives.map((o, i) => ({ key: i, title: o.title, metric: o.metric, unit: o.unit ?? "", target: o.target === null ? "" : String(o.target), tasks: o.tasks.join("\n") })),
  );
  const [nextKey, setNextKey] = useState(content.objectives.length);
  const id = `tpl-${quadrant}`;
  const errors = runner.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => (form.get(`${id}-${name}`) as string | null) ?? "";
    const draft = {
      title: text("title"),
      swot: Object.fromEntries(SWOT_LISTS.map((list) => [list, toLines(text(list))])),
      objectives: rows.map((row) => ({
        title: row.title, metric: row.metric, unit: row.unit, tasks: toLines(row.tasks),
        target: row.target.trim() === "" ? null : Number(row.target.replace(/,/g, "")),
      })),
    };
    const parsed = ZTemplateContent.safeParse(draft);
    if (!parsed.success) return runner.setFieldErrors(fieldErrors(parsed.error, t));
    runner.run(() => savePlanTemplateAction({ quadrant, content: parsed.data }), () => setSaved(true));
  }

  const update = (key: number, patch: Partial<Row>) => setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid={`template-${quadrant}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">{label}</h2>
        <span className="text-xs text-slate-600">{stored ? t("planDocument.templates.stored") : t("planDocument.templates.defaulted")}</span>
      </div>
      <ActionError message={runner.error} />
      {saved && <p role="status" className="text-sm text-green-800">{t("planDocument.templates.saved")}</p>}
      <div className="text-sm">
        <label htmlFor={`${id}-title`} className="block font-medium text-slate-700">{t("planDocument.templates.planTitle")}</label>
        <input id={`${id}-title`} name={`${id}-title`} defaultValue={content.title} className={inputClass} aria-invalid={!!errors.title} />
        {errors.title && <p className="mt-1 text-xs text-red-600">{errors.title}</p>}
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        {SWOT_LISTS.map((list) => (
          <div key={list} className="text-sm">
            <label htmlFor={`${id}-${list}`} className="block font-medium text-slate-700">{t(`planDocument.swot.${list}`)}</label>
            <textarea id={`${id}-${list}`} name={`${id}-${list}`} rows={3} defaultValue={content.swot[list].join("\n")} className={inputClass} aria-describedby={`${id}-swot-hint`} />
            {Object.entries(errors).find(([k]) => k.startsWith(`swot.${list}`))?.[1] && <p className="mt-1 text-xs text-red-600">{Object.entries(errors).find(([k]) => k.startsWith(`swot.${list}`))?.[1]}</p>}
          </div>
        ))}
      </div>
      <p id={`${id}-swot-hint`} className="text-xs text-slate-500">{t("planDocument.templates.swotHint")}</p>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t("planDocument.templates.objectives")}</legend>
        <ol className="mt-1 space-y-3">
          {rows.map((row, index) => {
            const n = index + 1;
            const base = `${id}-o${row.key}`;
            const err = (field: string) => errors[`objectives.${index}.${field}`];
            return (
              <li key={row.key} className="rounded-md border border-slate-200 p-2">
                <div className="grid gap-2 sm:grid-cols-6">
                  <div className="text-sm sm:col-span-3">
                    <label htmlFor={`${base}-title`} className="block text-slate-700">{t("planDocument.templates.objectiveN", { n })}</label>
                    <input id={`${base}-title`} value={row.title} onChange={(e) => update(row.key, { title: e.target.value })} className={inputClass} aria-invalid={!!err("title")} />
                    {err("title") && <p className="mt-1 text-xs text-red-600">{err("title")}</p>}
                  </div>
                  <div className="text-sm sm:col-span-3">
                    <label htmlFor={`${base}-metric`} className="block text-slate-700">{t("planDocument.objective.metric")}</label>
                    <select id={`${base}-metric`} value={row.metric} onChange={(e) => update(row.key, { metric: e.target.value as ObjectiveMetric })} className={inputClass}>
                      {Object.values(ObjectiveMetric).map((m) => <option key={m} value={m}>{t(`planDocument.objective.metrics.${m}`)}</option>)}
                    </select>
                  </div>
                  <div className="text-sm sm:col-span-2">
                    <label htmlFor={`${base}-unit`} className="block text-slate-700">{t("planDocument.objective.unit")}</label>
                    <input id={`${base}-unit`} value={row.unit} onChange={(e) => update(row.key, { unit: e.target.value })} className={inputClass} />
                  </div>
                  <div className="text-sm sm:col-span-2">
                    <label htmlFor={`${base}-target`} className="block text-slate-700">{t("planDocument.objective.target")}</label>
                    <input id={`${base}-target`} inputMode="decimal" value={row.target} onChange={(e) => update(row.key, { target: e.target.value })} className={inputClass} aria-invalid={!!err("target")} />
                    {err("target") && <p className="mt-1 text-xs text-red-600">{err("target")}</p>}
                  </div>
                  <div className="flex items-end sm:col-span-2">
                    <Button size="sm" variant="ghost" aria-label={t("planDocument.templates.removeObjective", { n })} onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}>
                      {t("planDocument.swot.remove")}
                    </Button>
                  </div>
                  <div className="text-sm sm:col-span-6">
                    <label htmlFor={`${base}-tasks`} className="block text-slate-700">{t("planDocument.templates.tasks")}</label>
                    <textarea id={`${base}-tasks`} rows={2} value={row.tasks} onChange={(e) => update(row.key, { tasks: e.target.value })} className={inputClass} />
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          size="sm" variant="secondary" className="mt-2"
          onClick={() => { setRows((list) => [...list, { key: nextKey, title: "", metric: "MANUAL", unit: "", target: "", tasks: "" }]); setNextKey((k) => k + 1); }}
        >
          {t("planDocument.templates.addObjective")}
        </Button>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={runner.pending}>{t("planDocument.templates.save")}</Button>
        {stored && (
          <Button
            variant="secondary" disabled={runner.pending}
            onClick={() => { if (window.confirm(t("planDocument.templates.confirmReset", { quadrant: label }))) runner.run(() => resetPlanTemplateAction({ quadrant }), () => window.location.reload()); }}
          >
            {t("planDocument.templates.reset")}
          </Button>
        )}
      </div>
    </form>
  );
}
