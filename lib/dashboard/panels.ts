import "server-only";
import { getDb } from "@/lib/db/prisma";
import { summarized } from "@/lib/db/portfolio-summary";
import { getClvDashboard, type ClvDashboard } from "@/lib/lifetime-value/queries";
import { getHealthDashboard, type HealthDashboard } from "./health";
import { getKpis, type Kpis } from "./kpis";
import { getMatrixData, type MatrixData } from "./matrix";
import { getPareto, type ParetoData } from "./pareto";
import { ownAccountsOnly, wholePortfolio, type DashboardQuery } from "./query";
import { getRfmGrid, type RfmData } from "./rfm";
import { getRisks, type RiskRow } from "./risks";
import { getStageData, type StageData } from "./stages";

/** The figures of every panel of the dashboard. */
export type DashboardPanels = {
  matrix: MatrixData;
  kpis: Kpis;
  pareto: ParetoData;
  rfm: RfmData;
  stages: StageData;
  risks: RiskRow[];
  health: HealthDashboard;
  clv: ClvDashboard;
};

/** Every panel's figures read from the current data, the panels side by side. */
export async function computePanels(query: DashboardQuery): Promise<DashboardPanels> {
  const [matrix, kpis, pareto, rfm, stages, risks, health, clv] = await Promise.all([
    getMatrixData(query),
    getKpis(query),
    getPareto(query),
    getRfmGrid(query),
    getStageData(query),
    getRisks(query),
    getHealthDashboard(query),
    getClvDashboard(query),
  ]);
  return { matrix, kpis, pareto, rfm, stages, risks, health, clv };
}

/**
 * Bump when DashboardPanels changes shape: summaries stored by the code before are then never read (a test holds
 * the shape to this version).
 */
export const PANELS_SUMMARY_VERSION = 1;

/**
 * The stored summary a view is kept in: one per period for the whole portfolio (the same for every viewer), one per
 * viewer and period for the viewer's own accounts; null for a view narrowed by a filter, computed each time (its
 * combinations are too many to keep, and each is opened rarely).
 */
export function panelsSummaryKey(query: DashboardQuery): string | null {
  const key = `dashboard:v${PANELS_SUMMARY_VERSION}:${query.filters.period}`;
  if (wholePortfolio(query)) return key;
  return ownAccountsOnly(query) ? `${key}:mine:${query.viewerId}` : null;
}

/**
 * The dashboard's panels. The two views people land on, the whole portfolio (a director's default) and their own
 * accounts (a manager's), are stored by the first request after a change and read back (one row) by the next
 * ones, until a change to anything the panels read commits (lib/db/portfolio-summary.ts): over the whole portfolio
 * every panel reads every account, and even a manager's few hundred accounts take each panel's query through the
 * portfolio-wide tables of metrics, windows, health and lifetime values.
 */
export async function getDashboardPanels(query: DashboardQuery): Promise<DashboardPanels> {
  const key = panelsSummaryKey(query);
  if (key === null) return computePanels(query);
  return summarized(getDb(), key, query.asOf, () => computePanels(query));
}
