"use client";

import { inputClass } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";
import { FACTOR_GROUPS } from "@/lib/scoring";
import type { EditorFactor } from "./draft-state";

type Props = {
  factor: EditorFactor;
  index: number;
  errors: Record<string, string>;
  first: boolean;
  last: boolean;
  onChange: (patch: Partial<EditorFactor>) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
};

const small = `${inputClass} mt-0 text-xs`;

/** One editable factor: order, key, labels (en/zh), group, weight %, inverted; help texts folded away. */
export function MatrixFactorRow({ factor, index, errors, first, last, onChange, onMove, onRemove }: Props) {
  const { t, locale } = useI18n();
  const name = factor.labelEn || factor.key;
  const error = (field: string) => errors[`factors.${index}.${field}`];
  const field = (label: string, key: "key" | "labelEn" | "labelZh", width: string) => (
    <label className={`block ${width}`}>
      <span className="text-[11px] text-slate-500">{label}</span>
      <input className={small} value={factor[key]} aria-invalid={!!error(key)} onChange={(e) => onChange({ [key]: e.target.value })} />
      {error(key) && <span className="text-[11px] text-red-600">{error(key)}</span>}
    </label>
  );
  return (
    <li className="py-2" data-testid={`editor-factor-${factor.key}`}>
      <div className="flex flex-wrap items-end gap-2">
        <span className="flex flex-col">
          <button type="button" className="text-xs text-slate-500 hover:text-slate-900 disabled:opacity-30" disabled={first} onClick={() => onMove(-1)} aria-label={t("admin.editor.moveUp", { factor: name })}>▲</button>
          <button type="button" className="text-xs text-slate-500 hover:text-slate-900 disabled:opacity-30" disabled={last} onClick={() => onMove(1)} aria-label={t("admin.editor.moveDown", { factor: name })}>▼</button>
        </span>
        {field(t("admin.editor.key"), "key", "w-40")}
        {field(t("admin.editor.labelEn"), "labelEn", "min-w-48 flex-1")}
        {field(t("admin.editor.labelZh"), "labelZh", "w-44")}
        <label className="block w-40">
          <span className="text-[11px] text-slate-500">{t("admin.editor.group")}</span>
          <select className={small} value={factor.groupKey} onChange={(e) => onChange({ groupKey: e.target.value as EditorFactor["groupKey"] })}>
            {FACTOR_GROUPS.map((g) => (
              <option key={g.key} value={g.key}>{g.label[locale]}</option>
            ))}
          </select>
        </label>
        <label className="block w-24">
          <span className="text-[11px] text-slate-500">{t("admin.editor.weight")}</span>
          <input
            className={small}
            type="number"
            min={0}
            max={100}
            step="any"
            value={factor.weight}
            aria-label={t("admin.editor.weightOf", { factor: name })}
            aria-invalid={!!error("weight")}
            onChange={(e) => onChange({ weight: e.target.value })}
          />
        </label>
        <label className="flex items-center gap-1 pb-1 text-xs">
          <input type="checkbox" checked={factor.inverted} onChange={(e) => onChange({ inverted: e.target.checked })} />
          {t("admin.editor.inverted")}
        </label>
        <button type="button" className="pb-1 text-xs text-red-600 underline" onClick={onRemove} aria-label={t("admin.editor.removeFactor", { factor: name })}>
          {t("admin.editor.remove")}
        </button>
      </div>
      <details className="ml-6 mt-1">
        <summary className="cursor-pointer text-[11px] text-slate-500">{t("admin.editor.more")}</summary>
        <div className="mt-1 grid gap-2 md:grid-cols-2">
          <label className="block">
            <span className="text-[11px] text-slate-500">{t("admin.editor.helpEn")}</span>
            <textarea className={small} rows={2} value={factor.helpEn ?? ""} onChange={(e) => onChange({ helpEn: e.target.value })} />
          </label>
          <label className="block">
            <span className="text-[11px] text-slate-500">{t("admin.editor.helpZh")}</span>
            <textarea className={small} rows={2} value={factor.helpZh ?? ""} onChange={(e) => onChange({ helpZh: e.target.value })} />
          </label>
        </div>
      </details>
    </li>
  );
}
