import { assessObjective } from "@/lib/objectives";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ObjectiveMetric } from "@/lib/generated/prisma/enums";
import { VALUE_SOURCE } from "./objective-values";

type Measured = {
  metric: ObjectiveMetric;
  target: { toString(): string } | null;
  unit: string | null;
  dueDate: Date | null;
  periodStart: Date | null;
  value: string | null;
};

const number = (locale: Locale, value: number) => formatNumber(locale, value, Number.isInteger(value) ? 0 : 2);

/**
 * How an objective stands, in display text: its current value (entered or computed) against the target, the
 * status from the objectives engine (the clock starts at the period start, else at the plan's creation) and where
 * the value comes from.
 */
export function objectiveMeter(objective: Measured, planCreatedAt: Date, now: Date, t: Translate, locale: Locale) {
  const current = objective.value === null ? null : Number(objective.value);
  const target = objective.target === null ? null : Number(objective.target.toString());
  const { progress, status } = assessObjective({ current, target, start: objective.periodStart ?? planCreatedAt, dueDate: objective.dueDate }, now);
  const unit = objective.unit ?? "";
  const text = current === null
    ? t("planDocument.objective.notMeasured")
    : target === null
      ? t("planDocument.objective.progressNoTarget", { current: number(locale, current), unit }).trim()
      : t("planDocument.objective.progress", { current: number(locale, current), target: number(locale, target), unit }).trim();
  return {
    progress,
    status,
    statusLabel: t(`planDocument.objective.status.${status}`),
    text,
    source: t(`planDocument.objective.source.${VALUE_SOURCE[objective.metric]}`),
    due: objective.dueDate ? t("planDocument.objective.due", { date: formatDate(locale, objective.dueDate) }) : null,
  };
}
