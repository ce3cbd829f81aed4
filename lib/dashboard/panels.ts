import "server-only";
import { getDb } from "@/lib/db/prisma";
import { summarized } from "@/lib/db/portfolio-summary";
import { getClvDashboard, type ClvDashboard } from "@/lib/lifetime-value/queries";
import { getHealthDashboard, type HealthDashboard } from "./health";
import { getKpis, type Kpis } from "./kpis";
import { getMatrixData, type MatrixData } from "./matrix";
import { getPareto, type ParetoData } from "./pareto";
import { wholePortfolio, type DashboardQuery } from "./query";
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

/** The stored summary a period's whole-portfolio dashboard is kept in. */
export const panelsSummaryKey = (query: DashboardQuery) => `dashboard:v${PANELS_SUMMARY_VERSION}:${query.filters.period}`;

/**
 * The dashboard's panels. Over the whole portfolio (the director's default view) every panel reads every account,
 * so the first request after a change stores what it computed and the next ones read it back (one row), until a
 * change to anything the panels read commits (lib/db/portfolio-summary.ts). A scoped view reads few accounts and
 * is computed each time.
 */
export async function getDashboardPanels(query: DashboardQuery): Promise<DashboardPanels> {
  if (!wholePortfolio(query)) return computePanels(query);
  return summarized(getDb(), panelsSummaryKey(query), query.asOf, () => computePanels(query));
}
