/**
 * Opportunities' pipeline and forecast, pure. Weighted value = value × probability ÷ 100 for open stages;
 * a won opportunity counts in full in the forecast and a lost one not at all. Months are UTC calendar months
 * ("2026-03"); `now` is a parameter.
 */

export const OPPORTUNITY_STAGES = ["QUALIFY", "DEVELOP", "PROPOSE", "NEGOTIATE", "WON", "LOST"] as const;
export type OpportunityStageCode = (typeof OPPORTUNITY_STAGES)[number];
export const OPEN_STAGES: readonly OpportunityStageCode[] = ["QUALIFY", "DEVELOP", "PROPOSE", "NEGOTIATE"];
export const isOpenStage = (stage: OpportunityStageCode) => OPEN_STAGES.includes(stage);

export type PipelineOpportunity = { value: number; probability: number; stage: OpportunityStageCode; expectedClose: Date };

/** Value × probability of an open opportunity; 0 for a closed one (won or lost). */
export const weightedValue = (o: PipelineOpportunity) => (isOpenStage(o.stage) ? (o.value * o.probability) / 100 : 0);

/** What the forecast counts: open ones weighted, won in full, lost not at all. */
export const forecastValue = (o: PipelineOpportunity) => (o.stage === "WON" ? o.value : weightedValue(o));

export type Pipeline = { openCount: number; openValue: number; weighted: number; wonValue: number };

/** The weighted pipeline over open stages, with the won value beside it. */
export function weightedPipeline(opportunities: readonly PipelineOpportunity[]): Pipeline {
  const result: Pipeline = { openCount: 0, openValue: 0, weighted: 0, wonValue: 0 };
  for (const o of opportunities) {
    if (o.stage === "WON") result.wonValue += o.value;
    if (!isOpenStage(o.stage)) continue;
    result.openCount += 1;
    result.openValue += o.value;
    result.weighted += weightedValue(o);
  }
  return result;
}

/** "YYYY-MM" of a date's UTC month. */
export const monthKey = (date: Date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;

/** The `count` months from `now`'s month on, as "YYYY-MM". */
export function monthsFrom(now: Date, count = 12): string[] {
  return Array.from({ length: count }, (_, i) => monthKey(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1))));
}

/** The same month a year earlier: "2026-03" → "2025-03". */
export function yearBefore(month: string): string {
  const [year, m] = month.split("-");
  return `${Number(year) - 1}-${m}`;
}

/**
 * The 12 months before `now`'s month, oldest first: the same months a year before the forecast's, with their
 * bounds (`starts[i]` the first day of `months[i]`, `end` the first day of `now`'s month).
 */
export function lastYearMonths(now: Date): { months: string[]; starts: Date[]; end: Date } {
  const starts = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12 + i, 1)));
  return { months: starts.map(monthKey), starts, end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)) };
}

export type ForecastMonth = {
  month: string;
  /** Open opportunities weighted plus won ones in full, by expected close month. */
  forecast: number;
  /** The won part of `forecast`. */
  won: number;
  /** Revenue of the same month a year earlier. */
  lastYear: number;
};

/**
 * The next `count` months from `now`'s month: the forecast of opportunities expected to close in each (open
 * weighted, won at 100 %, lost excluded; closes outside these months are not counted) beside last year's actual
 * revenue of the same month (`revenueByMonth`, keyed "YYYY-MM").
 */
export function forecastByMonth(
  opportunities: readonly PipelineOpportunity[],
  revenueByMonth: ReadonlyMap<string, number>,
  now: Date,
  count = 12,
): ForecastMonth[] {
  const rows = monthsFrom(now, count).map((month) => ({ month, forecast: 0, won: 0, lastYear: revenueByMonth.get(yearBefore(month)) ?? 0 }));
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  for (const o of opportunities) {
    const row = byMonth.get(monthKey(o.expectedClose));
    if (!row) continue;
    row.forecast += forecastValue(o);
    if (o.stage === "WON") row.won += o.value;
  }
  return rows;
}
