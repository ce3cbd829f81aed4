// No "server-only": the digest job and client components render alerts with it.
import type { AlertEvidence, AlertKind } from "@/lib/alerts";
import { CHURN_SIGNAL_LABELS } from "@/lib/churn";
import { COVERAGE_PATTERN_LABELS } from "@/lib/coverage";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { STAGE_INFO, UNCOUPLING_REASON_INFO, isUncouplingReason } from "@/lib/stages";

/** An alert as stored: its kind, account and evidence (JSON). */
export type AlertLike = { kind: AlertKind; accountId: string; evidence: unknown };

export type AlertText = { title: string; detail: string; href: string };

/** The account page tab where each kind of alert is acted on. */
const TAB: Record<AlertKind, string> = {
  CHURN_RISK_HIGH: "overview",
  CHURN_RISK_RISE: "overview",
  STAGE_REGRESSION: "history",
  SINGLE_THREADED: "contacts",
  STALE_ASSESSMENT: "overview",
  PLAN_TASK_OVERDUE: "plan",
  KEY_CONTACT_UNTOUCHED: "contacts",
  REVENUE_DROP: "orders",
  SPONSOR_LOST: "contacts",
  HEALTH_DROP: "overview",
};

export const alertHref = (alert: Pick<AlertLike, "kind" | "accountId">) => `/accounts/${alert.accountId}?tab=${TAB[alert.kind]}`;

/**
 * The title and the one-line evidence of an alert in the reader's language, and where to act on it. The evidence
 * was written by the engine (lib/alerts) when the alert was raised; fields it lacks show as a dash.
 */
export function describeAlert(alert: AlertLike, t: Translate, locale: Locale): AlertText {
  const href = alertHref(alert);
  const day = (value: string | null | undefined) => formatDate(locale, value ?? null);
  const list = (items: string[]) => (items.length ? items.join(locale === "zh" ? "、" : ", ") : t("notifications.alert.none"));
  switch (alert.kind) {
    case "CHURN_RISK_HIGH": {
      const e = alert.evidence as AlertEvidence["CHURN_RISK_HIGH"];
      const flags = list((e.flags ?? []).map((flag) => CHURN_SIGNAL_LABELS[flag.code]?.[locale] ?? flag.code));
      return {
        title: t("notifications.alert.CHURN_RISK_HIGH.title", { score: e.riskScore }),
        detail: t("notifications.alert.CHURN_RISK_HIGH.detail", { score: e.riskScore, threshold: e.threshold, flags }),
        href,
      };
    }
    case "CHURN_RISK_RISE": {
      const e = alert.evidence as AlertEvidence["CHURN_RISK_RISE"];
      const flags = list((e.newFlags ?? []).map((code) => CHURN_SIGNAL_LABELS[code]?.[locale] ?? code));
      return {
        title: t("notifications.alert.CHURN_RISK_RISE.title", { rise: e.rise }),
        detail: t("notifications.alert.CHURN_RISK_RISE.detail", { previous: e.previousScore, since: day(e.since), score: e.riskScore, points: e.points, flags }),
        href,
      };
    }
    case "STAGE_REGRESSION": {
      const e = alert.evidence as AlertEvidence["STAGE_REGRESSION"];
      const stage = (value: string) => STAGE_INFO[value as keyof typeof STAGE_INFO]?.label[locale] ?? value;
      const reasons = (e.reasons ?? []).map((reason) => (isUncouplingReason(reason) ? UNCOUPLING_REASON_INFO[reason].label[locale] : reason));
      const detail = t("notifications.alert.STAGE_REGRESSION.detail", { from: stage(e.fromStage), to: stage(e.toStage), date: day(e.movedAt) });
      return {
        title: e.uncoupling ? t("notifications.alert.STAGE_REGRESSION.titleUncoupling") : t("notifications.alert.STAGE_REGRESSION.title", { to: stage(e.toStage) }),
        detail: reasons.length ? `${detail} ${t("notifications.alert.STAGE_REGRESSION.reasons", { reasons: list(reasons) })}` : detail,
        href,
      };
    }
    case "SINGLE_THREADED": {
      const e = alert.evidence as AlertEvidence["SINGLE_THREADED"];
      const pattern = (value: string) => COVERAGE_PATTERN_LABELS[value as keyof typeof COVERAGE_PATTERN_LABELS]?.[locale] ?? value;
      return {
        title: t("notifications.alert.SINGLE_THREADED.title", { pattern: pattern(e.pattern), stage: STAGE_INFO[e.stage]?.label[locale] ?? e.stage }),
        detail: t("notifications.alert.SINGLE_THREADED.detail", { covered: e.coveredContacts, total: e.totalContacts, people: e.ourPeople, required: pattern(e.requiredPattern) }),
        href,
      };
    }
    case "STALE_ASSESSMENT": {
      const e = alert.evidence as AlertEvidence["STALE_ASSESSMENT"];
      return {
        title: t("notifications.alert.STALE_ASSESSMENT.title", { days: e.ageDays }),
        detail: t("notifications.alert.STALE_ASSESSMENT.detail", { date: day(e.assessedAt), max: e.maxAgeDays }),
        href,
      };
    }
    case "PLAN_TASK_OVERDUE": {
      const e = alert.evidence as AlertEvidence["PLAN_TASK_OVERDUE"];
      return {
        title: t("notifications.alert.PLAN_TASK_OVERDUE.title", { title: e.title }),
        detail: t("notifications.alert.PLAN_TASK_OVERDUE.detail", { date: day(e.dueDate), days: e.daysOverdue }),
        href,
      };
    }
    case "KEY_CONTACT_UNTOUCHED": {
      const e = alert.evidence as AlertEvidence["KEY_CONTACT_UNTOUCHED"];
      const role = [t(`domain.level.${e.level}`), ...(e.buyingRole ? [t(`domain.buyingRole.${e.buyingRole}`)] : [])].join(" · ");
      return {
        title: t("notifications.alert.KEY_CONTACT_UNTOUCHED.title", { name: e.contactName, days: e.daysSince }),
        detail: e.lastTouchedAt
          ? t("notifications.alert.KEY_CONTACT_UNTOUCHED.detail", { role, date: day(e.lastTouchedAt) })
          : t("notifications.alert.KEY_CONTACT_UNTOUCHED.detailNever", { role }),
        href,
      };
    }
    case "REVENUE_DROP": {
      const e = alert.evidence as AlertEvidence["REVENUE_DROP"];
      return {
        title: t("notifications.alert.REVENUE_DROP.title", { percent: formatPercent(locale, e.ratio) }),
        detail: t("notifications.alert.REVENUE_DROP.detail", {
          recent: formatMoney(locale, e.recentRevenue),
          previous: formatMoney(locale, e.previousRevenue),
          from: day(e.recentFrom),
          to: day(e.recentTo),
          threshold: e.thresholdPercent,
        }),
        href,
      };
    }
    case "SPONSOR_LOST": {
      const e = alert.evidence as AlertEvidence["SPONSOR_LOST"];
      const role = e.buyingRole ? t(`domain.buyingRole.${e.buyingRole}`) : t(`domain.attitude.${e.attitude}`);
      return {
        title: t("notifications.alert.SPONSOR_LOST.title", { name: e.contactName }),
        detail: e.newEmployer
          ? t("notifications.alert.SPONSOR_LOST.detailEmployer", { role, date: day(e.leftAt), employer: e.newEmployer })
          : t("notifications.alert.SPONSOR_LOST.detail", { role, date: day(e.leftAt) }),
        href,
      };
    }
    case "HEALTH_DROP": {
      const e = alert.evidence as AlertEvidence["HEALTH_DROP"];
      return {
        title: t("notifications.alert.HEALTH_DROP.title", { drop: e.drop }),
        detail: t("notifications.alert.HEALTH_DROP.detail", { score: e.score, previous: e.previousScore, date: day(e.since) }),
        href,
      };
    }
  }
}
