"use client";

import { useRef, useState } from "react";
import { saveMatrixDraftAction } from "@/lib/scoring-models/actions";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import type { ModelView } from "@/lib/scoring-models/queries";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { DIMENSION_LABELS, FACTOR_GROUPS } from "@/lib/scoring";
import { dimensionOfGroup, liveTotal, toEditorFactors, toSettings, type EditorFactor } from "./draft-state";
import { useReportDraftState } from "./draft-status";
import { MatrixFactorRow } from "./matrix-factor-row";
import { DraftFeedback, useDraftSave } from "./use-draft-save";

const DIMENSIONS = ["ATTRACTIVENESS", "STRENGTH"] as const;
const MODES = ["MIDPOINT", "MEDIAN", "FIXED"] as const;

function withoutUid(factor: EditorFactor) {
  const copy: Partial<EditorFactor> = { ...factor };
  delete copy.uid;
  return copy as Omit<EditorFactor, "uid">;
}

/** Edits a matrix draft in the browser; totals per dimension are checked live and again by the action. */
export function MatrixModelEditor({ draft }: { draft: ModelView }) {
  const { t, locale } = useI18n();
  const [settings, setSettings] = useState(() => toSettings(draft));
  const [factors, setFactors] = useState<EditorFactor[]>(() => toEditorFactors(draft.factors));
  const [dirty, setDirty] = useState(false);
  const { errors, status, pending, save: saveDraft } = useDraftSave(saveMatrixDraftAction, () => setDirty(false));
  const added = useRef(0);

  const change = (next: EditorFactor[]) => {
    setFactors(next);
    setDirty(true);
  };
  const patch = (uid: string, values: Partial<EditorFactor>) =>
    change(factors.map((f) => (f.uid === uid ? { ...f, ...values, dimension: dimensionOfGroup(values.groupKey ?? f.groupKey) } : f)));
  const move = (uid: string, step: -1 | 1) => {
    const index = factors.findIndex((f) => f.uid === uid);
    const group = factors[index].groupKey;
    let target = index + step;
    while (target >= 0 && target < factors.length && factors[target].groupKey !== group) target += step;
    if (target < 0 || target >= factors.length) return;
    const next = [...factors];
    [next[index], next[target]] = [next[target], next[index]];
    change(next);
  };
  const add = (groupKey: EditorFactor["groupKey"]) => {
    added.current += 1;
    let n = factors.length + 1;
    while (factors.some((f) => f.key === `factor_${n}`)) n += 1;
    const label = `${t("admin.editor.newFactor")} ${n}`;
    change([...factors, { uid: `new-${added.current}`, key: `factor_${n}`, dimension: dimensionOfGroup(groupKey), groupKey, labelEn: label, labelZh: label, helpEn: null, helpZh: null, weight: "0", inverted: false }]);
  };
  const updateSetting = (values: Partial<typeof settings>) => {
    setSettings({ ...settings, ...values });
    setDirty(true);
  };

  const save = () => saveDraft({ ...settings, modelId: draft.id, factors: factors.map(withoutUid) });
  const totalsOk = DIMENSIONS.every((d) => Math.abs(liveTotal(factors.filter((f) => f.dimension === d).map((f) => f.weight)) - 100) < 0.001);
  useReportDraftState({ dirty, totalsOk });

  return (
    <form className="space-y-4" onSubmit={(e) => { e.preventDefault(); save(); }} aria-label={t("admin.scoring.draftVersion", { version: draft.version })}>
      <div className="grid gap-3 md:grid-cols-3">
        <Field label={t("admin.editor.name")} name="name" error={errors.name}>
          <TextInput name="name" value={settings.name} error={errors.name} onChange={(e) => updateSetting({ name: e.target.value })} />
        </Field>
        <Field label={t("admin.editor.scaleMin")} name="scaleMin" error={errors.scaleMin}>
          <TextInput name="scaleMin" type="number" value={settings.scaleMin} error={errors.scaleMin} onChange={(e) => updateSetting({ scaleMin: e.target.value })} />
        </Field>
        <Field label={t("admin.editor.scaleMax")} name="scaleMax" error={errors.scaleMax}>
          <TextInput name="scaleMax" type="number" value={settings.scaleMax} error={errors.scaleMax} onChange={(e) => updateSetting({ scaleMax: e.target.value })} />
        </Field>
        <Field label={t("admin.editor.thresholdMode")} name="thresholdMode">
          <Select name="thresholdMode" value={settings.thresholdMode} options={MODES.map((m) => ({ value: m, label: t(`admin.editor.modes.${m}`) }))} onChange={(e) => updateSetting({ thresholdMode: e.target.value as (typeof MODES)[number] })} />
        </Field>
        {settings.thresholdMode === "FIXED" && (
          <>
            <Field label={t("admin.editor.attractivenessThreshold")} name="attractivenessThreshold" error={errors.attractivenessThreshold}>
              <TextInput name="attractivenessThreshold" type="number" step="any" value={settings.attractivenessThreshold} error={errors.attractivenessThreshold} onChange={(e) => updateSetting({ attractivenessThreshold: e.target.value })} />
            </Field>
            <Field label={t("admin.editor.strengthThreshold")} name="strengthThreshold" error={errors.strengthThreshold}>
              <TextInput name="strengthThreshold" type="number" step="any" value={settings.strengthThreshold} error={errors.strengthThreshold} onChange={(e) => updateSetting({ strengthThreshold: e.target.value })} />
            </Field>
          </>
        )}
      </div>
      {DIMENSIONS.map((dimension) => {
        const total = liveTotal(factors.filter((f) => f.dimension === dimension).map((f) => f.weight));
        const ok = Math.abs(total - 100) < 0.001;
        return (
          <section key={dimension} className="rounded-lg border border-slate-200 p-3" aria-labelledby={`edit-${dimension}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={`edit-${dimension}`} className="font-semibold">{DIMENSION_LABELS[dimension][locale]}</h3>
              <span data-testid={`total-${dimension}`} className={`text-sm font-medium ${ok ? "text-green-700" : "text-red-600"}`}>
                {t("admin.editor.total", { total: formatNumber(locale, total, 2) })}
              </span>
            </div>
            {(!ok || errors[`weights.${dimension}`]) && (
              <p role="alert" className="mt-1 text-sm text-red-600">{t("admin.editor.mustTotal", { total: formatNumber(locale, total, 2) })}</p>
            )}
            {FACTOR_GROUPS.filter((g) => g.dimension === dimension).map((group) => {
              const inGroup = factors.filter((f) => f.groupKey === group.key);
              return (
                <fieldset key={group.key} className="mt-3">
                  <legend className="text-xs font-semibold uppercase tracking-wide text-slate-500">{group.label[locale]}</legend>
                  {inGroup.length === 0 && <p className="text-xs text-slate-500">{t("admin.editor.emptyGroup")}</p>}
                  <ul className="divide-y divide-slate-100">
                    {inGroup.map((factor, i) => (
                      <MatrixFactorRow
                        key={factor.uid}
                        factor={factor}
                        index={factors.indexOf(factor)}
                        errors={errors}
                        first={i === 0}
                        last={i === inGroup.length - 1}
                        onChange={(values) => patch(factor.uid, values)}
                        onMove={(step) => move(factor.uid, step)}
                        onRemove={() => change(factors.filter((f) => f.uid !== factor.uid))}
                      />
                    ))}
                  </ul>
                  <Button variant="ghost" size="sm" onClick={() => add(group.key)}>+ {t("admin.editor.addFactor", { group: group.label[locale] })}</Button>
                </fieldset>
              );
            })}
          </section>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>{pending ? t("admin.scoring.saving") : t("admin.scoring.saveDraft")}</Button>
        {dirty && <span className="text-xs text-amber-700">{t("admin.scoring.unsaved")}</span>}
        <DraftFeedback message={status} />
      </div>
    </form>
  );
}
