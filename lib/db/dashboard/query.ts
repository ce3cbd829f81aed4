import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { DAY_MS } from "@/lib/db/analytics/days";
import { Prisma } from "@/lib/generated/prisma/client";
import { urlEnum, urlText } from "@/lib/validation/search-params";

export const DASHBOARD_PERIODS = ["12m", "24m", "36m"] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];
export type DashboardScope = "mine" | "all";

/** Days per period, counted like the AccountMetrics windows (365 days a year, asOf's day included). */
const PERIOD_DAYS: Record<DashboardPeriod, number> = { "12m": 365, "24m": 730, "36m": 1095 };
/** An assessment older than this is stale (dynamic evaluation, DESIGN §2 step 6). */
export const STALE_AFTER_DAYS = 90;

/** The dashboard's URL filters; invalid values are dropped so an outdated link still opens. */
export const ZDashboardParams = z.object({
  scope: urlEnum(["mine", "all"]),
  owner: urlText,
  region: urlText,
  industry: urlText,
  period: urlEnum(DASHBOARD_PERIODS),
});

export type DashboardFilters = {
  scope: DashboardScope;
  owner?: string;
  region?: string;
  industry?: string;
  period: DashboardPeriod;
};

/**
 * Everything a panel needs to know about the request. Create it once per page and pass the same object to every
 * panel: the shared loaders are cached per request by this object's identity.
 */
export type DashboardQuery = {
  viewerId: string;
  filters: DashboardFilters;
  /** The analysis day (UTC midnight): the order window ends on it, stale assessments count from it. */
  asOf: Date;
  /** First day of the order window (inclusive). */
  from: Date;
};

/** Today at UTC midnight, the day the metrics refresh uses too. */
export function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Managers start with their own accounts (DESIGN §1); directors and admins with the whole portfolio. */
export function parseDashboardFilters(searchParams: Record<string, string | string[] | undefined>, user: Pick<SessionUser, "role">): DashboardFilters {
  const params = ZDashboardParams.parse(searchParams);
  return {
    scope: params.scope ?? (user.role === "MANAGER" ? "mine" : "all"),
    owner: params.owner,
    region: params.region,
    industry: params.industry,
    period: params.period ?? "12m",
  };
}

export function dashboardQuery(viewer: Pick<SessionUser, "id">, filters: DashboardFilters, asOf = todayUtc()): DashboardQuery {
  const from = new Date(asOf.getTime() - (PERIOD_DAYS[filters.period] - 1) * DAY_MS);
  return { viewerId: viewer.id, filters, asOf, from };
}

/**
 * The accounts every panel covers, as a condition on the Account alias `a`: not archived, the viewer's own
 * (owned or team member) for scope "mine", then the owner, region and industry filters.
 */
export function scopeSql(query: DashboardQuery): Prisma.Sql {
  const { filters, viewerId } = query;
  const conditions = [Prisma.sql`NOT a.archived`];
  if (filters.scope === "mine") {
    conditions.push(Prisma.sql`(a."ownerId" = ${viewerId} OR EXISTS (
      SELECT 1 FROM "AccountTeamMember" tm WHERE tm."accountId" = a.id AND tm."userId" = ${viewerId}))`);
  }
  if (filters.owner) conditions.push(Prisma.sql`a."ownerId" = ${filters.owner === "me" ? viewerId : filters.owner}`);
  if (filters.region) conditions.push(Prisma.sql`a.region = ${filters.region}`);
  if (filters.industry) conditions.push(Prisma.sql`a.industry = ${filters.industry}`);
  return Prisma.join(conditions, " AND ");
}

/** The current filters as URL params (only what differs from the defaults is needed, but all set ones are kept). */
export function filterParams(filters: DashboardFilters): Record<string, string> {
  const entries = Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
  return Object.fromEntries(entries);
}
