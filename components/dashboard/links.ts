import type { DashboardFilters } from "@/lib/db/dashboard";

/**
 * A link to the accounts list (its URL contract) with the dashboard's owner, region and industry filters and
 * `extra` (e.g. segment=CHAMPIONS); without an owner filter it opens every owner's accounts.
 */
export function accountsListHref(filters: DashboardFilters, extra: Record<string, string>) {
  const params = new URLSearchParams({ ...extra, owner: filters.owner ?? "all" });
  if (filters.region) params.set("region", filters.region);
  if (filters.industry) params.set("industry", filters.industry);
  return `/accounts?${params}`;
}

export const accountHref = (id: string) => `/accounts/${encodeURIComponent(id)}`;
