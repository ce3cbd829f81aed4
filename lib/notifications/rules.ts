// No "server-only": the job worker evaluates alerts outside Next.
import { z } from "zod";
import { ALERT_KINDS, DEFAULT_ALERT_RULES, type AlertKind, type AlertParams, type AlertRuleSet } from "@/lib/alerts";
import { COVERAGE_PATTERNS } from "@/lib/coverage";
import type { Db, Tx } from "@/lib/db/prisma";
import { BuyingRole, ContactLevel } from "@/lib/generated/prisma/enums";

/** A whole number in [min, max], also from a form's text field. */
/** A number, also from a form's text field: "not a number" for text, zod's own bound messages otherwise. */
const number = () =>
  z.coerce.number("validation.notANumber").pipe(z.number({ error: (issue) => (issue.code === "invalid_type" ? "validation.notANumber" : undefined) }));
const whole = (min: number, max: number) => number().pipe(z.number().int("validation.invalid").min(min).max(max));
/** A checkbox, from a form ("on", "true") or JSON. */
const flag = z.preprocess((v) => v === true || v === "true" || v === "on" || v === "1", z.boolean());
const keyAccountsOnly = flag;

/**
 * The settings each rule accepts: its thresholds with their sensible ranges. The engine (lib/alerts) reads them as
 * plain values; these schemas guard what an admin saves and what is read back from the database.
 */
export const ALERT_PARAM_SCHEMAS = {
  CHURN_RISK_HIGH: z.object({ threshold: whole(1, 100), keyAccountsOnly }),
  CHURN_RISK_RISE: z.object({ points: whole(1, 100), windowDays: whole(1, 365), keyAccountsOnly }),
  STAGE_REGRESSION: z.object({ lookbackDays: whole(1, 365), includeUncoupling: flag, keyAccountsOnly }),
  SINGLE_THREADED: z.object({ requiredPattern: z.enum(["BOW_TIE", "DIAMOND"] satisfies (typeof COVERAGE_PATTERNS)[number][], "validation.invalid"), keyAccountsOnly }),
  STALE_ASSESSMENT: z.object({ maxAgeDays: whole(1, 3650), keyAccountsOnly }),
  PLAN_TASK_OVERDUE: z.object({ graceDays: whole(0, 365), keyAccountsOnly }),
  KEY_CONTACT_UNTOUCHED: z
    .object({
      maxDays: whole(1, 3650),
      levels: z.array(z.enum(ContactLevel, "validation.invalid")).max(5).transform((v) => [...new Set(v)]),
      buyingRoles: z.array(z.enum(BuyingRole, "validation.invalid")).max(5).transform((v) => [...new Set(v)]),
      keyAccountsOnly,
    })
    .refine((p) => p.levels.length + p.buyingRoles.length > 0, { message: "notifications.rules.errors.noKeyContact", path: ["levels"] }),
  REVENUE_DROP: z.object({
    windowDays: whole(7, 365),
    thresholdPercent: whole(1, 100),
    minPreviousRevenue: number().pipe(z.number().min(0).max(1e12)),
    keyAccountsOnly,
  }),
  SPONSOR_LOST: z.object({ lookbackDays: whole(1, 365), keyAccountsOnly }),
  HEALTH_DROP: z.object({ points: whole(1, 100), windowDays: whole(1, 365), keyAccountsOnly }),
} satisfies { [K in AlertKind]: z.ZodType<AlertParams[K], unknown> };

export type StoredRule<K extends AlertKind = AlertKind> = {
  kind: K;
  enabled: boolean;
  params: AlertParams[K];
  /** False while no admin has saved the rule: the defaults apply. */
  saved: boolean;
  /** Stored settings that no longer pass the schema (e.g. after an upgrade): the defaults apply. */
  invalid: boolean;
  updatedAt: Date | null;
  updatedById: string | null;
};

/** Every rule as it applies now: the saved setting, or the default for a kind never saved or saved invalid. */
export async function loadAlertRules(db: Pick<Db | Tx, "alertRule">): Promise<StoredRule[]> {
  const rows = await db.alertRule.findMany();
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  return ALERT_KINDS.map((kind) => {
    const row = byKind.get(kind);
    const fallback = DEFAULT_ALERT_RULES[kind];
    if (!row) return { kind, enabled: fallback.enabled, params: fallback.params, saved: false, invalid: false, updatedAt: null, updatedById: null };
    const parsed = ALERT_PARAM_SCHEMAS[kind].safeParse(row.params);
    if (!parsed.success) console.warn(`Alert rule ${kind}: stored params are invalid; the defaults apply.`);
    return {
      kind,
      enabled: row.enabled,
      params: parsed.success ? parsed.data : fallback.params,
      saved: true,
      invalid: !parsed.success,
      updatedAt: row.updatedAt,
      updatedById: row.updatedById,
    } as StoredRule;
  });
}

/** The rules in the engine's shape. */
export function ruleSetOf(rules: readonly StoredRule[]): AlertRuleSet {
  return Object.fromEntries(rules.map((rule) => [rule.kind, { enabled: rule.enabled, params: rule.params }])) as AlertRuleSet;
}
