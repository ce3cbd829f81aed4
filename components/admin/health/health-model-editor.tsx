"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput, inputClass } from "@/components/ui/field";
import { HEALTH_COMPONENTS, type HealthComponent } from "@/lib/health";
import { saveHealthDraftAction } from "@/lib/health-models/actions";
import type { HealthModelView } from "@/lib/health-models/queries";
import { weightTotal } from "@/lib/health-models/weights";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { useReportDraftState } from "../draft-status";
import { DraftFeedback, useDraftSave } from "../use-draft-save";

type Weights = Record<HealthComponent, string>;

/** Edits the health draft: a whole-percent weight per component (live total), the two band thresholds and freshness. */
export function HealthModelEditor({ draft }: { draft: HealthModelView }) {
  const { t, locale } = useI18n();
  const [name, setName] = useState(draft.name);
  const [weights, setWeights] = useState<Weights>(() => Object.fromEntries(HEALTH_COMPONENTS.map((c) => [c, String(draft.weights[c])])) as Weights);
  const [healthyFrom, setHealthyFrom] = useState(String(draft.healthyFrom));
  const [watchFrom, setWatchFrom] = useState(String(draft.watchFrom));
  const [freshnessDays, setFreshnessDays] = useState(String(draft.freshnessDays));
  const [dirty, setDirty] = useState(false);
  const { errors, status, pending, save } = useDraftSave(saveHealthDraftAction, () => setDirty(false));
  const total = weightTotal(Object.values(weights));
  const ok = total === 100;
  useReportDraftState({ dirty, totalsOk: ok });
  const edited =
    <V,>(set: (value: V) => void) =>
    (value: V) => {
      set(value);
      setDirty(true);
    };
  const totalText = formatNumber(locale, total);

  return (
    <form
      className="space-y-5"
      aria-label={t("health.admin.draftVersion", { version: draft.version })}
      onSubmit={(e) => {
        e.preventDefault();
        save({ modelId: draft.id, name, weights, healthyFrom, watchFrom, freshnessDays });
      }}
    >
      <div className="max-w-md">
        <Field label={t("health.admin.name")} name="health-name" error={errors.name}>
          <TextInput name="health-name" value={name} error={errors.name} onChange={(e) => edited(setName)(e.target.value)} />
        </Field>
      </div>
      <fieldset className="rounded-lg border border-slate-200 p-3">
        <legend className="px-1 font-semibold">{t("health.admin.weights")}</legend>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-xs text-slate-500">{t("health.admin.weightsHelp")}</p>
          <span data-testid="health-weight-total" aria-live="polite" className={`text-sm font-medium ${ok ? "text-green-700" : "text-red-600"}`}>
            {t("health.admin.total", { total: totalText })}
          </span>
        </div>
        {(!ok || errors.weights) && (
          <p role="alert" className="mt-1 text-sm text-red-600">
            {errors.weights ?? t("health.admin.mustTotal", { total: totalText })}
          </p>
        )}
        <ul className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-2">
          {HEALTH_COMPONENTS.map((component) => {
            const field = `weights.${component}`;
            const id = `weight-${component}`;
            return (
              <li key={component} className="flex items-center justify-between gap-3">
                <label htmlFor={id} className="text-sm">
                  {t(`health.components.${component}`)}
                </label>
                <span className="flex items-center gap-1">
                  <input
                    id={id}
                    name={id}
                    className={`${inputClass} mt-0 w-20 text-right`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={100}
                    step={1}
                    value={weights[component]}
                    aria-label={t("health.admin.weightOf", { component: t(`health.components.${component}`) })}
                    aria-invalid={!!errors[field]}
                    aria-describedby={errors[field] ? `${id}-error` : undefined}
                    onChange={(e) => edited(setWeights)({ ...weights, [component]: e.target.value })}
                  />
                  <span className="text-sm text-slate-500">%</span>
                </span>
                {errors[field] && (
                  <span id={`${id}-error`} className="basis-full text-xs text-red-600">
                    {errors[field]}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-200 p-3">
        <legend className="px-1 font-semibold">{t("health.admin.thresholds")}</legend>
        <p className="mb-2 text-xs text-slate-500">{t("health.admin.thresholdsHelp")}</p>
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label={t("health.admin.healthyFrom")} name="healthyFrom" error={errors.healthyFrom}>
            <TextInput name="healthyFrom" type="number" inputMode="numeric" min={0} max={100} step={1} value={healthyFrom} error={errors.healthyFrom} onChange={(e) => edited(setHealthyFrom)(e.target.value)} />
          </Field>
          <Field label={t("health.admin.watchFrom")} name="watchFrom" error={errors.watchFrom}>
            <TextInput name="watchFrom" type="number" inputMode="numeric" min={0} max={100} step={1} value={watchFrom} error={errors.watchFrom} onChange={(e) => edited(setWatchFrom)(e.target.value)} />
          </Field>
          <Field label={t("health.admin.freshnessDays")} name="freshnessDays" error={errors.freshnessDays} hint={t("health.admin.freshnessHelp")}>
            <TextInput name="freshnessDays" type="number" inputMode="numeric" min={1} max={730} step={1} value={freshnessDays} error={errors.freshnessDays} onChange={(e) => edited(setFreshnessDays)(e.target.value)} />
          </Field>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>{pending ? t("health.admin.saving") : t("health.admin.saveDraft")}</Button>
        {dirty && <span className="text-xs text-amber-700">{t("health.admin.unsaved")}</span>}
        <DraftFeedback message={status} />
      </div>
    </form>
  );
}
