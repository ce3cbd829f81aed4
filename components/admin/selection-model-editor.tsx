"use client";

import { useState } from "react";
import { saveSelectionDraftAction } from "@/lib/scoring-models/actions";
import { Button } from "@/components/ui/button";
import { Field, TextInput, inputClass } from "@/components/ui/field";
import type { ModelView } from "@/lib/scoring-models/queries";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import type { TSelectionCriterion } from "@/lib/scoring-models/schemas";
import { liveTotal } from "./draft-state";
import { useReportDraftState } from "./draft-status";
import { DraftFeedback, useDraftSave } from "./use-draft-save";

type Criterion = Omit<TSelectionCriterion, "weight"> & { weight: string };
const small = `${inputClass} mt-0 text-xs`;

/** Edits the key-account selection draft: labels and weights of the four criteria, and the top X %. */
export function SelectionModelEditor({ draft }: { draft: ModelView }) {
  const { t, locale } = useI18n();
  const [name, setName] = useState(draft.name);
  const [topPercent, setTopPercent] = useState(String(draft.topPercent ?? 20));
  const [potentialFromClv, setPotentialFromClv] = useState(draft.potentialFromClv);
  const [criteria, setCriteria] = useState<Criterion[]>(() =>
    draft.factors.map((f) => ({ key: f.key as Criterion["key"], labelEn: f.labelEn, labelZh: f.labelZh, helpEn: f.helpEn, helpZh: f.helpZh, weight: String(f.weight) })),
  );
  const [dirty, setDirty] = useState(false);
  const { errors, status, pending, save: saveDraft } = useDraftSave(saveSelectionDraftAction, () => setDirty(false));
  const total = liveTotal(criteria.map((c) => c.weight));
  const ok = Math.abs(total - 100) < 0.001;
  useReportDraftState({ dirty, totalsOk: ok });
  const edited =
    <V,>(set: (value: V) => void) =>
    (value: V) => {
      set(value);
      setDirty(true);
    };
  const patch = (index: number, values: Partial<Criterion>) => edited(setCriteria)(criteria.map((c, i) => (i === index ? { ...c, ...values } : c)));

  const save = () => saveDraft({ modelId: draft.id, name, topPercent, criteria, potentialFromClv });

  return (
    <form className="space-y-4" onSubmit={(e) => { e.preventDefault(); save(); }} aria-label={t("admin.scoring.draftVersion", { version: draft.version })}>
      <div className="grid gap-3 md:grid-cols-2">
        <Field label={t("admin.editor.name")} name="selection-name" error={errors.name}>
          <TextInput name="selection-name" value={name} error={errors.name} onChange={(e) => edited(setName)(e.target.value)} />
        </Field>
        <Field label={t("admin.editor.topPercent")} name="topPercent" error={errors.topPercent}>
          <TextInput name="topPercent" type="number" min={0.1} max={100} step="any" value={topPercent} error={errors.topPercent} onChange={(e) => edited(setTopPercent)(e.target.value)} />
        </Field>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="potentialFromClv" className="mt-1" checked={potentialFromClv} onChange={(e) => edited(setPotentialFromClv)(e.target.checked)} />
        <span>
          <span className="font-medium">{t("clv.scoring.potentialFromClv")}</span>
          <span className="block text-xs text-slate-500">{t("clv.scoring.potentialFromClvHelp")}</span>
        </span>
      </label>
      <section className="rounded-lg border border-slate-200 p-3" aria-labelledby="criteria-title">
        <div className="flex items-center justify-between">
          <h3 id="criteria-title" className="font-semibold">{t("admin.editor.criteria")}</h3>
          <span data-testid="total-SELECTION" className={`text-sm font-medium ${ok ? "text-green-700" : "text-red-600"}`}>{t("admin.editor.total", { total: formatNumber(locale, total, 2) })}</span>
        </div>
        {!ok && <p role="alert" className="mt-1 text-sm text-red-600">{t("admin.editor.mustTotal", { total: formatNumber(locale, total, 2) })}</p>}
        <ul className="divide-y divide-slate-100">
          {criteria.map((c, i) => (
            <li key={c.key} className="flex flex-wrap items-end gap-2 py-2">
              <code className="w-56 pb-1 text-xs text-slate-500">{c.key}</code>
              <label className="block min-w-48 flex-1">
                <span className="text-[11px] text-slate-500">{t("admin.editor.labelEn")}</span>
                <input className={small} value={c.labelEn} onChange={(e) => patch(i, { labelEn: e.target.value })} />
              </label>
              <label className="block w-44">
                <span className="text-[11px] text-slate-500">{t("admin.editor.labelZh")}</span>
                <input className={small} value={c.labelZh} onChange={(e) => patch(i, { labelZh: e.target.value })} />
              </label>
              <label className="block w-24">
                <span className="text-[11px] text-slate-500">{t("admin.editor.weight")}</span>
                <input className={small} type="number" min={0} max={100} step="any" value={c.weight} aria-label={t("admin.editor.weightOf", { factor: c.labelEn })} onChange={(e) => patch(i, { weight: e.target.value })} />
              </label>
            </li>
          ))}
        </ul>
      </section>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>{pending ? t("admin.scoring.saving") : t("admin.scoring.saveDraft")}</Button>
        {dirty && <span className="text-xs text-amber-700">{t("admin.scoring.unsaved")}</span>}
        <DraftFeedback message={status} />
      </div>
    </form>
  );
}
