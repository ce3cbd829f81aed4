import { z } from "zod";
import { ALERT_KINDS, type AlertKind } from "@/lib/alerts";
import { AlertKind as AlertKindEnum, DigestFrequency } from "@/lib/generated/prisma/enums";
import { enumFilter, pageParam } from "@/lib/lists/query";
import { ZId } from "@/lib/validation/fields";
import { ALERT_PARAM_SCHEMAS } from "./rules";

export const ZMarkNotificationRead = z.object({ id: ZId });
export const ZNoInput = z.object({});

const checkbox = z.preprocess((v) => v === true || v === "true" || v === "on" || v === "1", z.boolean());

/** A user's notification settings as the preferences form sends them: the kinds to hear about, not the muted ones. */
export const ZNotificationPreferences = z
  .object({
    inApp: checkbox,
    digest: z.enum(DigestFrequency, "validation.invalid"),
    kinds: z.array(z.enum(AlertKindEnum, "validation.invalid")).max(ALERT_KINDS.length),
  })
  .transform(({ kinds, ...rest }) => ({ ...rest, mutedKinds: ALERT_KINDS.filter((kind) => !kinds.includes(kind)) }));
export type TNotificationPreferences = z.input<typeof ZNotificationPreferences>;

const ruleInput = <K extends AlertKind>(kind: K) => z.object({ kind: z.literal(kind), enabled: checkbox, params: ALERT_PARAM_SCHEMAS[kind] });

/** One rule as the admin saves it: its switch and its settings, checked by the schema of its kind. */
export const ZAlertRuleInput = z.discriminatedUnion("kind", [
  ruleInput("CHURN_RISK_HIGH"),
  ruleInput("CHURN_RISK_RISE"),
  ruleInput("STAGE_REGRESSION"),
  ruleInput("SINGLE_THREADED"),
  ruleInput("STALE_ASSESSMENT"),
  ruleInput("PLAN_TASK_OVERDUE"),
  ruleInput("KEY_CONTACT_UNTOUCHED"),
  ruleInput("REVENUE_DROP"),
  ruleInput("SPONSOR_LOST"),
  ruleInput("HEALTH_DROP"),
]);
export type TAlertRuleInput = z.input<typeof ZAlertRuleInput>;

export const NOTIFICATION_FILTERS = ["unread", "all"] as const;
export const NOTIFICATIONS_PAGE_SIZE = 25;

/** The notifications page's URL: unread (default) or all, and the page. */
export const ZNotificationsQuery = z.object({
  show: enumFilter(NOTIFICATION_FILTERS).transform((show) => show ?? "unread"),
  page: pageParam.transform((page) => page ?? 1),
});
