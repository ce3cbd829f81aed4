"use client";

import { useMemo, useState, useTransition } from "react";
import { saveAssessmentAction } from "@/lib/assessments/actions";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";
import { placeInMatrix } from "@/lib/matrix";
import { DIMENSION_LABELS, FACTOR_GROUPS, scoreAssessment, type FactorScores } from "@/lib/scoring";
import { FactorScoreRow } from "./factor-score-row";
import { parseScore, type FormModel } from "./form-model";
import { LiveSummary } from "./live-summary";

type Props = { accountId: string; accountVersion: number; model: FormModel; initialScores: Record<string, number | null>; disabled: boolean };
type Status = { tone: "ok" | "error"; text: string } | null;

/** Groups in the catalogue's order; a group an admin invented (not in FACTOR_GROUPS) follows, labelled by its key. */
function groupsOf(model: FormModel, dimension: "ATTRACTIVENESS" | "STRENGTH") {
  const keys = [...new Set(model.factors.filter((f) => f.dimension === dimension).map((f) => f.groupKey))];
  const order = FACTOR_GROUPS.map((g) => g.key as string);
  return keys.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
}

export function AssessmentForm({ accountId, accountVersion, model, initialScores, disabled }: Props) {
  const { t, locale } = useI18n();
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(model.factors.map((f) => [f.id, initialScores[f.id] == null ? "" : String(initialScores[f.id])])),
  );
  const [comments, setComments] = useState<Record<string, string>>({});
  const [comment, setComment] = useState("");
  // The account's version as last seen: a save over someone else's change in the meantime is refused.
  const [version, setVersion] = useState(accountVersion);
  const [status, setStatus] = useState<Status>(null);
  const [pending, startTransition] = useTransition();

  const parsed = useMemo(() => Object.fromEntries(model.factors.map((f) => [f.id, parseScore(scores[f.id] ?? "", model.scale)])), [model, scores]);
  const invalid = Object.values(parsed).some((p) => p.invalid);
  const { result, quadrant } = useMemo(() => {
    if (invalid) return { result: null, quadrant: null };
    const byKey: FactorScores = Object.fromEntries(model.factors.map((f) => [f.key, parsed[f.id].value]));
    const scored = scoreAssessment({ factors: model.factors, scale: model.scale }, byKey);
    const a = scored.attractiveness.score;
    const s = scored.strength.score;
    return { result: scored, quadrant: a === null || s === null ? null : placeInMatrix({ attractiveness: a, strength: s }, model.thresholds) };
  }, [invalid, model, parsed]);

  const save = () => {
    setStatus(null);
    startTransition(async () => {
      const saved = await saveAssessmentAction({
        accountId,
        version,
        modelId: model.id,
        comment,
        scores: model.factors.map((f) => ({ factorId: f.id, score: scores[f.id] ?? "", comment: comments[f.id] ?? "" })),
      });
      if (saved.ok) setVersion(saved.data.version);
      setStatus(saved.ok ? { tone: "ok", text: t("scoring.form.saved") } : { tone: "error", text: saved.error });
    });
  };

  const rangeError = t("scoring.errors.outOfScale", { min: model.scale.min, max: model.scale.max });
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <form
        className="space-y-6"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {(["ATTRACTIVENESS", "STRENGTH"] as const).map((dimension) => (
          <section key={dimension} aria-labelledby={`dim-${dimension}`} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`dim-${dimension}`} className="text-lg font-semibold">{DIMENSION_LABELS[dimension][locale]}</h2>
            {groupsOf(model, dimension).map((groupKey) => (
              <fieldset key={groupKey} className="mt-4">
                <legend className="text-sm font-semibold uppercase tracking-wide text-slate-500">
                  {FACTOR_GROUPS.find((g) => g.key === groupKey)?.label[locale] ?? groupKey}
                </legend>
                <ul className="divide-y divide-slate-100">
                  {model.factors.filter((f) => f.dimension === dimension && f.groupKey === groupKey).map((factor) => (
                    <FactorScoreRow
                      key={factor.id}
                      factor={factor}
                      min={model.scale.min}
                      max={model.scale.max}
                      score={scores[factor.id] ?? ""}
                      comment={comments[factor.id] ?? ""}
                      error={parsed[factor.id].invalid ? rangeError : undefined}
                      disabled={disabled || pending}
                      onScore={(value) => {
                        setScores((current) => ({ ...current, [factor.id]: value }));
                        // A refusal such as "Score at least one factor" is about the scores as they were: it goes once they change.
                        setStatus((current) => (current?.tone === "error" ? null : current));
                      }}
                      onComment={(value) => setComments((current) => ({ ...current, [factor.id]: value }))}
                    />
                  ))}
                </ul>
              </fieldset>
            ))}
          </section>
        ))}
        {!disabled && (
          <section className="rounded-lg border border-slate-200 bg-white p-4">
            <label htmlFor="overall-comment" className="block text-sm font-medium text-slate-700">{t("scoring.form.overallComment")}</label>
            <TextArea name="overall-comment" value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
            <div className="mt-4 flex items-center gap-3">
              <Button type="submit" disabled={pending || invalid}>{pending ? t("scoring.form.saving") : t("scoring.form.save")}</Button>
              {status && (
                <p role={status.tone === "error" ? "alert" : "status"} className={`text-sm ${status.tone === "error" ? "text-red-600" : "text-green-700"}`}>
                  {status.text}
                </p>
              )}
            </div>
          </section>
        )}
      </form>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <LiveSummary result={result} quadrant={quadrant} thresholds={model.thresholds} />
      </div>
    </div>
  );
}
