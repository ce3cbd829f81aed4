import "server-only";
import { ownedBySalesTeamSql, ownedOrOnTeamSql } from "@/lib/auth/account-access";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import { DAY_MS, startOfUtcDay } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DASHBOARD_WINDOW_DAYS } from "@/lib/metrics";
import { enumFilter, opensOnOwnAccounts, ownerParam, teamParam, textFilter, toSearchParams } from "@/lib/lists/query";

export const DASHBOARD_PERIODS = ["12m", "24m", "36m"] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];
export type DashboardScope = "mine" | "all";

/** Days per period, counted like the AccountMetrics windows (365 days a year, asOf's day included). */
const PERIOD_DAYS = { "12m": 365, "24m": 730, "36m": 1095 } as const satisfies Record<DashboardPeriod, (typeof DASHBOARD_WINDOW_DAYS)[number]>;
/** An assessment older than this is stale: accounts are re-assessed regularly, not once. */
export const STALE_AFTER_DAYS = 90;

/** The dashboard's URL filters; invalid values are dropped so an outdated link still opens. */
export const ZDashboardParams = z.object({
  scope: enumFilter(["mine", "all"]),
  owner: ownerParam,
  team: teamParam,
  region: textFilter,
  industry: textFilter,
  period: enumFilter(DASHBOARD_PERIODS),
});

/** Days of a period's order window. */
export const periodDays = (period: DashboardPeriod) => PERIOD_DAYS[period];

export type DashboardFilters = {
  scope: DashboardScope;
  owner?: string;
  /** A sales team's id: the accounts owned by its members. */
  team?: string;
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

/** Managers start with their own accounts; directors and admins with the whole portfolio. */
export function parseDashboardFilters(searchParams: Record<string, string | string[] | undefined>, user: Pick<SessionUser, "role">): DashboardFilters {
  const params = ZDashboardParams.parse(searchParams);
  return {
    scope: params.scope ?? (opensOnOwnAccounts(user.role) ? "mine" : "all"),
    owner: params.owner,
    team: params.team,
    region: params.region,
    industry: params.industry,
    period: params.period ?? "12m",
  };
}

export function dashboardQuery(viewer: Pick<SessionUser, "id">, filters: DashboardFilters, asOf = startOfUtcDay(new Date())): DashboardQuery {
  const from = new Date(asOf.getTime() - (PERIOD_DAYS[filters.period] - 1) * DAY_MS);
  return { viewerId: viewer.id, filters, asOf, from };
}

/**
 * The accounts every panel covers, as a condition on the Account alias `a`: not archived, the viewer's own
 * (owned or team member) for scope "mine", then the owner, sales team, region and industry filters.
 */
export function scopeSql(query: DashboardQuery): Prisma.Sql {
  const { filters, viewerId } = query;
  const conditions = [Prisma.sql`NOT a.archived`];
  if (filters.scope === "mine") {
    conditions.push(ownedOrOnTeamSql(viewerId));
  }
  if (filters.owner) conditions.push(Prisma.sql`a."ownerId" = ${filters.owner === "me" ? viewerId : filters.owner}`);
  if (filters.team) conditions.push(ownedBySalesTeamSql(filters.team));
  if (filters.region) conditions.push(Prisma.sql`a.region = ${filters.region}`);
  if (filters.industry) conditions.push(Prisma.sql`a.industry = ${filters.industry}`);
  return Prisma.join(conditions, " AND ");
}

const unfiltered = ({ filters }: DashboardQuery) => !filters.owner && !filters.team && !filters.region && !filters.industry;

/** True when the query covers the whole active portfolio: scope "all" and no filter on the accounts' own fields. */
export const wholePortfolio = (query: DashboardQuery) => query.filters.scope === "all" && unfiltered(query);

/** True when the query covers the viewer's own accounts (scope "mine", a manager's default) and nothing narrower. */
export const ownAccountsOnly = (query: DashboardQuery) => query.filters.scope === "mine" && unfiltered(query);

/**
 * The accounts in scope as a condition on the account id column of a per-account table, for a query that needs
 * nothing else of the account. Over the whole portfolio it is an anti-join with the few archived accounts, not a
 * join with every account (at 21,000 accounts 7 instead of 17 ms for the CLV buckets).
 */
export function accountInScopeSql(query: DashboardQuery, accountId: Prisma.Sql): Prisma.Sql {
  return wholePortfolio(query)
    ? Prisma.sql`NOT EXISTS (SELECT 1 FROM "Account" x WHERE x.id = ${accountId} AND x.archived)`
    : Prisma.sql`EXISTS (SELECT 1 FROM "Account" a WHERE a.id = ${accountId} AND ${scopeSql(query)})`;
}

/** The current filters as URL params (only what differs from the defaults is needed, but all set ones are kept). */
export function filterParams(filters: DashboardFilters): Record<string, string> {
  return toSearchParams(filters);
}
