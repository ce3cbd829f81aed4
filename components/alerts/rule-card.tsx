"use client";

import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import type { AlertKind } from "@/lib/alerts";
import { CONTACT_LEVELS } from "@/lib/coverage";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";
import { updateAlertRuleAction } from "@/lib/notifications/actions";
import { BUYING_ROLES } from "@/lib/personality";

type NumberField = { name: string; type: "number"; label: MessageKey; min: number; max: number };
type ParamField = NumberField | { name: string; type: "flag" | "pattern" | "levels" | "roles"; label: MessageKey };

const P = "notifications.rules.params";
const keyOnly: ParamField = { name: "keyAccountsOnly", type: "flag", label: `${P}.keyAccountsOnly` };

/** The settings each rule shows, with the ranges of its schema (lib/notifications/rules.ts). */
const FIELDS: Record<AlertKind, ParamField[]> = {
  CHURN_RISK_HIGH: [{ name: "threshold", type: "number", label: `${P}.threshold`, min: 1, max: 100 }, keyOnly],
  CHURN_RISK_RISE: [
    { name: "points", type: "number", label: `${P}.points`, min: 1, max: 100 },
    { name: "windowDays", type: "number", label: `${P}.windowDays`, min: 1, max: 365 },
    keyOnly,
  ],
  STAGE_REGRESSION: [
    { name: "lookbackDays", type: "number", label: `${P}.lookbackDays`, min: 1, max: 365 },
    { name: "includeUncoupling", type: "flag", label: `${P}.includeUncoupling` },
    keyOnly,
  ],
  SINGLE_THREADED: [{ name: "requiredPattern", type: "pattern", label: `${P}.requiredPattern` }, keyOnly],
  STALE_ASSESSMENT: [{ name: "maxAgeDays", type: "number", label: `${P}.maxAgeDays`, min: 1, max: 3650 }, keyOnly],
  PLAN_TASK_OVERDUE: [{ name: "graceDays", type: "number", label: `${P}.graceDays`, min: 0, max: 365 }, keyOnly],
  KEY_CONTACT_UNTOUCHED: [
    { name: "maxDays", type: "number", label: `${P}.maxDays`, min: 1, max: 3650 },
    { name: "levels", type: "levels", label: `${P}.levels` },
    { name: "buyingRoles", type: "roles", label: `${P}.buyingRoles` },
    keyOnly,
  ],
  REVENUE_DROP: [
    { name: "windowDays", type: "number", label: `${P}.revenueWindowDays`, min: 7, max: 365 },
    { name: "thresholdPercent", type: "number", label: `${P}.thresholdPercent`, min: 1, max: 100 },
    { name: "minPreviousRevenue", type: "number", label: `${P}.minPreviousRevenue`, min: 0, max: 1e12 },
    keyOnly,
  ],
  SPONSOR_LOST: [{ name: "lookbackDays", type: "number", label: `${P}.departedWithinDays`, min: 1, max: 365 }, keyOnly],
  HEALTH_DROP: [
    { name: "points", type: "number", label: `${P}.healthPoints`, min: 1, max: 100 },
    { name: "windowDays", type: "number", label: `${P}.windowDays`, min: 1, max: 365 },
    keyOnly,
  ],
};

export type RuleView = {
  kind: AlertKind;
  enabled: boolean;
  params: Record<string, unknown>;
  saved: boolean;
  invalid: boolean;
  updated: string | null;
  openAlerts: number;
};

/** One rule: its switch and settings, saved together; the server validates and audits. */
export function RuleCard({ rule }: { rule: RuleView }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [done, setDone] = useState(false);
  const [enabled, setEnabled] = useState(rule.enabled);
  const id = (name: string) => `${rule.kind}-${name}`;
  const errors = runner.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params: Record<string, unknown> = {};
    for (const field of FIELDS[rule.kind]) {
      if (field.type === "flag") params[field.name] = form.get(id(field.name)) === "on";
      else if (field.type === "levels" || field.type === "roles") params[field.name] = form.getAll(id(field.name)).map(String);
      else params[field.name] = String(form.get(id(field.name)) ?? "");
    }
    setDone(false);
    runner.run(() => updateAlertRuleAction({ kind: rule.kind, enabled, params } as Parameters<typeof updateAlertRuleAction>[0]), () => setDone(true));
  }

  const title = t(`notifications.kinds.${rule.kind}`);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={id("title")} className="flex h-full flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4" data-testid={`rule-${rule.kind}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={id("title")} className="text-base font-semibold">{title}</h2>
          <p className="text-xs text-slate-500">{t(`notifications.kindHelp.${rule.kind}`)}</p>
        </div>
        <label className="inline-flex cursor-pointer items-center gap-2 text-sm font-medium">
          <input type="checkbox" role="switch" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} aria-label={`${t("notifications.rules.enabledLabel")}: ${title}`} className="h-4 w-4" />
          {enabled ? t("notifications.rules.enabled") : t("notifications.rules.disabled")}
        </label>
      </div>
      <ActionError message={runner.error} />
      <div className="grid gap-3 sm:grid-cols-2">
        {FIELDS[rule.kind].map((field) => {
          const value = rule.params[field.name];
          const error = errors[`params.${field.name}`];
          if (field.type === "flag") {
            return (
              <label key={field.name} className="flex items-center gap-2 self-end text-sm">
                <input type="checkbox" name={id(field.name)} defaultChecked={value === true} className="h-4 w-4" />
                {t(field.label)}
              </label>
            );
          }
          if (field.type === "pattern") {
            return (
              <Field key={field.name} label={t(field.label)} name={id(field.name)} error={error}>
                <Select
                  name={id(field.name)}
                  defaultValue={String(value)}
                  options={(["DIAMOND", "BOW_TIE"] as const).map((pattern) => ({ value: pattern, label: t(`notifications.rules.patterns.${pattern}`) }))}
                  error={error}
                />
              </Field>
            );
          }
          if (field.type === "levels" || field.type === "roles") {
            const options = field.type === "levels" ? CONTACT_LEVELS : BUYING_ROLES;
            const chosen = Array.isArray(value) ? (value as string[]) : [];
            return (
              <fieldset key={field.name} className="text-sm" aria-describedby={error ? `${id(field.name)}-error` : undefined}>
                <legend className="font-medium text-slate-700">{t(field.label)}</legend>
                <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  {options.map((option) => (
                    <label key={option} className="flex items-center gap-1.5">
                      <input type="checkbox" name={id(field.name)} value={option} defaultChecked={chosen.includes(option)} className="h-4 w-4" />
                      {t(field.type === "levels" ? `domain.level.${option as (typeof CONTACT_LEVELS)[number]}` : `domain.buyingRole.${option as (typeof BUYING_ROLES)[number]}`)}
                    </label>
                  ))}
                </div>
                {error && <p id={`${id(field.name)}-error`} className="mt-1 text-xs text-red-600">{error}</p>}
              </fieldset>
            );
          }
          const { min, max } = field as NumberField;
          return (
            <Field key={field.name} label={t(field.label)} name={id(field.name)} error={error}>
              <TextInput name={id(field.name)} type="number" inputMode="numeric" min={min} max={max} defaultValue={String(value ?? "")} error={error} />
            </Field>
          );
        })}
      </div>
      <div className="mt-auto flex flex-wrap items-center gap-3 border-t border-slate-100 pt-3 text-xs text-slate-500">
        <Button type="submit" size="sm" disabled={runner.pending}>{t("notifications.rules.save")}</Button>
        {done && <span role="status" className="text-green-700">{t("notifications.rules.saved")}</span>}
        <Badge tone={rule.openAlerts > 0 ? "amber" : "neutral"}>{t("notifications.rules.openCount", { count: rule.openAlerts })}</Badge>
        <span>{rule.invalid ? t("notifications.rules.invalidStored") : rule.saved ? (rule.updated ?? "") : t("notifications.rules.defaults")}</span>
      </div>
    </form>
  );
}
