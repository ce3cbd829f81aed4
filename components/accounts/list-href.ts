import { listQueryParams, type TAccountListQuery } from "@/lib/validation/account";

/** A link to the accounts list (or its export) that keeps the current view, with some params changed. */
export function accountsHref(query: TAccountListQuery, changes: Partial<TAccountListQuery> = {}, basePath = "/accounts") {
  const params = new URLSearchParams(Object.entries(listQueryParams({ ...query, ...changes })).filter((e): e is [string, string] => !!e[1]));
  const qs = params.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}
