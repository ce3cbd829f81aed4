import { assertFinite, median } from "../domain";
import { instant, utcDay } from "../dates";
import { COMPLAINT_POINTS, RISK_WEIGHTS, riskLevel, riskScore } from "./risk";
import type { ChurnComplaint, ChurnFlag, ChurnInput, ChurnSignals } from "./types";

/** Thresholds of the churn rules (see `churnSignals`). */
export const CHURN_RULES = {
  overdueIntervalMultiple: 2,
  overdueMinDays: 30,
  revenueWindowDays: 180,
  decliningRatio: 0.7,
  noContactDays: 90,
} as const;

/**
 * Churn signals of one account at `asOf`. All day counts are whole UTC calendar days
 * (asOf's day minus the event's day); orders and activities dated after asOf's day are ignored.
 * - OVERDUE: days since the last order > 2 × the median interval between order days AND > 30. Intervals
 *   are between distinct order days (several orders on one day are one buying occasion), so at least two
 *   order days are needed: with one (or no) order day there is no rhythm and OVERDUE is never raised.
 * - DECLINING: revenue of the last 180 days (asOf's day and the 179 before) < 70 % of the 180 days
 *   before those; only when that previous window's revenue is > 0.
 * - NO_CONTACT: no activity in the last 90 days (asOf's day and the 89 before), including never.
 * - OPEN_COMPLAINTS: complaints open at the instant asOf (openedAt ≤ asOf and closedAt null or > asOf).
 * `riskScore` combines the flags (see `riskScore`). Invalid dates and non-finite amounts throw an EngineError
 * (INVALID_DATE, NOT_FINITE).
 */
export function churnSignals({ orders, activities, complaints, asOf }: ChurnInput): ChurnSignals {
  const today = utcDay(asOf, "asOf");
  const flags: ChurnFlag[] = [];

  const datedOrders = orders
    .map((order) => {
      assertFinite(order.amount, "order amount");
      return { ago: today - utcDay(order.date, "order date"), amount: order.amount };
    })
    .filter((order) => order.ago >= 0);

  const distinctAgo = [...new Set(datedOrders.map((order) => order.ago))].sort((a, b) => b - a);
  if (distinctAgo.length >= 2) {
    const intervals = distinctAgo.slice(1).map((ago, i) => distinctAgo[i] - ago);
    // At least one interval, so the median exists.
    const medianIntervalDays = median(intervals)!;
    const thresholdDays = Math.max(
      CHURN_RULES.overdueIntervalMultiple * medianIntervalDays,
      CHURN_RULES.overdueMinDays,
    );
    const daysSinceLastOrder = distinctAgo[distinctAgo.length - 1];
    if (daysSinceLastOrder > thresholdDays) {
      flags.push({
        code: "OVERDUE",
        evidence: { daysSinceLastOrder, medianIntervalDays, thresholdDays, orderDays: distinctAgo.length },
      });
    }
  }

  const span = CHURN_RULES.revenueWindowDays;
  const revenue = (from: number, to: number) =>
    datedOrders
      .filter((order) => order.ago >= from && order.ago < to)
      .reduce((sum, order) => sum + order.amount, 0);
  const recentRevenue = revenue(0, span);
  const previousRevenue = revenue(span, 2 * span);
  if (previousRevenue > 0) {
    const ratio = recentRevenue / previousRevenue;
    if (ratio < CHURN_RULES.decliningRatio) {
      flags.push({ code: "DECLINING", evidence: { recentRevenue, previousRevenue, ratio } });
    }
  }

  const activityAgo = activities
    .map((activity) => today - utcDay(activity.date, "activity date"))
    .filter((ago) => ago >= 0);
  const daysSinceLastActivity = activityAgo.length === 0 ? null : activityAgo.reduce((a, b) => Math.min(a, b));
  if (daysSinceLastActivity === null || daysSinceLastActivity >= CHURN_RULES.noContactDays) {
    flags.push({ code: "NO_CONTACT", evidence: { daysSinceLastActivity } });
  }

  const open = complaints.filter((complaint) => isOpenAt(complaint, asOf));
  if (open.length > 0) {
    const count = (severity: string) => open.filter((c) => (c.severity ?? "MEDIUM") === severity).length;
    const points = open.reduce((sum, c) => sum + COMPLAINT_POINTS[c.severity ?? "MEDIUM"], 0);
    flags.push({
      code: "OPEN_COMPLAINTS",
      evidence: {
        open: open.length,
        high: count("HIGH"),
        medium: count("MEDIUM"),
        low: count("LOW"),
        oldestOpenDays: Math.max(...open.map((c) => today - utcDay(c.openedAt, "complaint openedAt"))),
        points: Math.min(points, RISK_WEIGHTS.OPEN_COMPLAINTS),
      },
    });
  }

  const score = riskScore(flags);
  return { flags, riskScore: score, riskLevel: riskLevel(score) };
}

function isOpenAt(complaint: ChurnComplaint, asOf: Date): boolean {
  const at = instant(asOf, "asOf");
  const opened = instant(complaint.openedAt, "complaint openedAt");
  return opened <= at && (complaint.closedAt === null || instant(complaint.closedAt, "complaint closedAt") > at);
}
