"use client";

import { Badge } from "@/components/ui/badge";
import { inputClass } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import type { FormFactor } from "./form-model";

type Props = {
  factor: FormFactor;
  min: number;
  max: number;
  score: string;
  comment: string;
  error?: string;
  disabled: boolean;
  onScore: (value: string) => void;
  onComment: (value: string) => void;
};

/** One factor: label, help, weight and inversion, a number box and a slider kept in step, and a comment. */
export function FactorScoreRow({ factor, min, max, score, comment, error, disabled, onScore, onComment }: Props) {
  const { t, locale } = useI18n();
  const label = locale === "zh" ? factor.labelZh : factor.labelEn;
  const help = locale === "zh" ? factor.helpZh : factor.helpEn;
  const inputId = `score-${factor.id}`;
  const numeric = Number(score);
  const unscored = score.trim() === "";
  // An unscored factor's slider has no thumb (it would sit at the midpoint and read as a score) and says so.
  const slider = unscored || !Number.isFinite(numeric) ? (min + max) / 2 : Math.min(max, Math.max(min, numeric));
  return (
    <li className="grid gap-2 py-3 md:grid-cols-[minmax(0,1fr)_16rem]" data-testid={`factor-${factor.key}`}>
      <div>
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={inputId} className="font-medium text-slate-800">{label}</label>
          <Badge tone="blue">{t("scoring.form.weight", { weight: formatNumber(locale, factor.weight, 2).replace(/[.,]00$/, "") })}</Badge>
          {factor.inverted && <Badge tone="amber" title={t("scoring.form.invertedTitle")}>{t("scoring.form.inverted")}</Badge>}
        </div>
        {help && <p id={`${inputId}-help`} className="mt-1 text-xs text-slate-500">{help}</p>}
        <input
          type="text"
          aria-label={t("scoring.form.commentFor", { factor: label })}
          placeholder={t("scoring.form.comment")}
          value={comment}
          maxLength={1000}
          disabled={disabled}
          onChange={(e) => onComment(e.target.value)}
          className={`${inputClass} text-xs`}
        />
      </div>
      <div>
        <div className="flex items-center gap-2">
          <input
            id={inputId}
            type="number"
            inputMode="decimal"
            min={min}
            max={max}
            step={0.5}
            value={score}
            placeholder="–"
            disabled={disabled}
            aria-label={t("scoring.form.scoreFor", { factor: label })}
            aria-invalid={!!error}
            aria-describedby={error ? `${inputId}-error` : help ? `${inputId}-help` : undefined}
            onChange={(e) => onScore(e.target.value)}
            className={`${inputClass} mt-0 w-20`}
          />
          {unscored && (
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600" data-testid="not-scored">
              {t("ux.scoringForm.notScored")}
            </span>
          )}
          <button type="button" onClick={() => onScore("")} disabled={disabled || score === ""} aria-label={t("scoring.form.clearFor", { factor: label })} className="text-xs text-slate-500 underline disabled:opacity-40">
            {t("scoring.form.clear")}
          </button>
        </div>
        <input
          type="range"
          min={min}
          max={max}
          step={0.5}
          value={slider}
          disabled={disabled}
          aria-label={t("scoring.form.sliderFor", { factor: label })}
          aria-valuetext={unscored ? t("ux.scoringForm.notScored") : undefined}
          data-unscored={unscored || undefined}
          onChange={(e) => onScore(e.target.value)}
          onClick={(e) => unscored && onScore(e.currentTarget.value)}
          className={`mt-2 w-full accent-brand-600 ${unscored ? "opacity-50 [&::-moz-range-thumb]:opacity-0 [&::-webkit-slider-thumb]:opacity-0" : ""}`}
        />
        <div className="flex justify-between text-[10px] text-slate-600" aria-hidden>
          <span>{min}</span>
          <span>{max}</span>
        </div>
        {error && <p id={`${inputId}-error`} className="text-xs text-red-600">{error}</p>}
      </div>
    </li>
  );
}
