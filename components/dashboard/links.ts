import type { DashboardFilters } from "@/lib/dashboard";
import { listHref, OWNER_ALL } from "@/lib/lists/links";

/**
 * A link to the accounts list (its URL contract) with `extra` (e.g. segment=CHAMPIONS) and the dashboard's owner,
 * sales team, region and industry filters; without an owner filter it opens every owner's accounts.
 */
export function accountsListHref(filters: DashboardFilters, extra: Record<string, string>) {
  return listHref("/accounts", { ...extra, owner: filters.owner ?? OWNER_ALL, team: filters.team, region: filters.region, industry: filters.industry });
}

export const accountHref = (id: string) => `/accounts/${encodeURIComponent(id)}`;
