import { defaultOwnerFilter } from "@/lib/domain";

/**
 * The list pages' URL helpers that need no zod (see query.ts for the parsing side): the owner scope, the sort state
 * of sortable headers and links that keep the view. The data table and the dashboard's links use them on the
 * client, where the validation library is not wanted.
 */

export const SORT_DIRS = ["asc", "desc"] as const;
export type SortDir = (typeof SORT_DIRS)[number];

// ───────────── the owner scope ─────────────

/** `owner=me`: the viewer's own accounts. */
export const OWNER_ME = "me";
/** `owner=all`: every owner's accounts (overrides a manager's default). */
export const OWNER_ALL = "all";

/** The owner a list shows when the URL names none: `me` for a manager, `all` for directors and admins (the domain rule). */
export const defaultOwner = (role: string): typeof OWNER_ME | typeof OWNER_ALL => defaultOwnerFilter(role);

/**
 * "Mine first": a key account manager's lists open on his own accounts; directors and admins look
 * after the whole portfolio, so theirs open on every account.
 */
export const opensOnOwnAccounts = (role: string) => defaultOwner(role) === OWNER_ME;

/** The query with the role's default owner when the viewer has not chosen one. */
export function withDefaultOwner<Q extends { owner?: string }>(query: Q, role: string): Q & { owner: string } {
  return { ...query, owner: query.owner ?? defaultOwner(role) };
}

// ───────────── sorting ─────────────

export type SortState<K extends string = string> = { sort: K; dir: SortDir };

/**
 * The sort a list shows: the URL's column or `defaultSort`; the URL's direction, else the column's entry in
 * `defaultDirs` (what the list's query uses when `dir` is missing), else ascending.
 */
export function currentSort<K extends string>(
  query: { sort?: K; dir?: SortDir },
  defaultSort: K,
  defaultDirs: Partial<Record<K, SortDir>> = {},
): SortState<K> {
  const sort = query.sort ?? defaultSort;
  return { sort, dir: query.dir ?? defaultDirs[sort] ?? "asc" };
}

/** Where a sortable header leads: its column flips direction; another column starts with its `firstDirs` entry (or ascending). */
export function nextSort<K extends string>(current: SortState<K>, key: K, firstDirs: Partial<Record<K, SortDir>> = {}): SortState<K> {
  if (current.sort === key) return { sort: key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { sort: key, dir: firstDirs[key] ?? "asc" };
}

// ───────────── links that keep the view ─────────────

export type ParamValue = string | number | undefined | null;

/** The query as URL params: only what is set, in the query's order. */
export function toSearchParams(query: Record<string, ParamValue>): Record<string, string> {
  const entries = Object.entries(query).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== null && e[1] !== "");
  return Object.fromEntries(entries.map(([key, value]) => [key, String(value)]));
}

/**
 * A link to `basePath` with the current `params` and some `changes` (undefined removes a param). Changed params
 * go last, in the order given, so `?…&sort=x&dir=desc` reads the same whatever the list had before.
 */
export function listHref(basePath: string, params: Record<string, ParamValue>, changes: Record<string, ParamValue> = {}): string {
  const kept = Object.fromEntries(Object.entries(params).filter(([key]) => !(key in changes)));
  const qs = new URLSearchParams(toSearchParams({ ...kept, ...changes })).toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

/** The link of a sortable header: the list sorted by `sort`/`dir`, its other params kept, back on page 1 (no page number, no cursor). */
export const sortHref = (basePath: string, params: Record<string, ParamValue>, sort: SortState) =>
  listHref(basePath, params, { sort: sort.sort, dir: sort.dir, page: undefined, cursor: undefined });
