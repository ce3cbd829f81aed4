"use client";

import { useState, useTransition } from "react";
import { saveFitInferenceAction } from "@/lib/key-accounts/actions";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { FIT_ANSWER_LABELS, inferFit } from "@/lib/identification";

const QUESTIONS = ["industryNeed", "ourMatch", "customerNeed", "supplierCriteriaMatch"] as const;
type Answers = Record<(typeof QUESTIONS)[number], number>;
const ANSWERS = [1, 2, 3, 4, 5] as const;

/** The experience-inference questionnaire, with the fit previewed by the same engine the server saves with. */
export function FitForm({ accountId, initial }: { accountId: string; initial: [number, number, number, number] | null }) {
  const { t, locale } = useI18n();
  const [answers, setAnswers] = useState<Answers>(() => Object.fromEntries(QUESTIONS.map((q, i) => [q, initial?.[i] ?? 3])) as Answers);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const fit = inferFit({
    industryFit: { need: answers.industryNeed, match: answers.ourMatch },
    customerFit: { need: answers.customerNeed, supplierCriteriaMatch: answers.supplierCriteriaMatch },
  });
  const save = () =>
    startTransition(async () => {
      const result = await saveFitInferenceAction({ accountId, ...answers });
      setMessage(
        result.ok
          ? { ok: true, text: t("scoring.fit.saved", { score: formatNumber(locale, result.data.score, 0), recommendation: t(`scoring.fit.recommendations.${result.data.recommendation}`) }) }
          : { ok: false, text: result.error },
      );
    });
  return (
    <form
      className="mt-2 grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {QUESTIONS.map((question) => (
        <label key={question} className="block text-xs">
          <span className="font-medium text-slate-700">{t(`scoring.fit.questions.${question}`)}</span>
          <select
            className={inputClass}
            value={answers[question]}
            onChange={(e) => setAnswers((current) => ({ ...current, [question]: Number(e.target.value) }))}
          >
            {ANSWERS.map((value) => (
              <option key={value} value={value}>{`${value} — ${FIT_ANSWER_LABELS[value][locale]}`}</option>
            ))}
          </select>
        </label>
      ))}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <span className="text-sm font-semibold" aria-live="polite">
          {t("scoring.fit.result", { score: formatNumber(locale, fit.score, 0) })} · {t(`scoring.fit.recommendations.${fit.recommendation}`)}
        </span>
        <span className="text-xs text-slate-600">{fit.text[locale]}</span>
        <Button type="submit" size="sm" disabled={pending}>{pending ? t("scoring.fit.saving") : t("scoring.fit.save")}</Button>
        {message && <span role={message.ok ? "status" : "alert"} className={`text-xs ${message.ok ? "text-green-700" : "text-red-600"}`}>{message.text}</span>}
      </div>
    </form>
  );
}
