import { z } from "zod";
import { defaultOwnerFilter } from "@/lib/domain";
import { hasControlCharacters } from "@/lib/validation/fields";

/**
 * The URL query of the list pages, in one place: the zod pieces every list's schema is composed of (each list's
 * own schema lives in its feature's schemas.ts and serves the page, the export route and the API alike), the
 * owner scope with the manager's "mine first" default, the sort state of sortable headers, and links that keep
 * the current view.
 *
 * A bad or outdated value is dropped (the list opens with its default), never an error page: links get shared
 * and bookmarked. Pure: no server-only imports, so client components may use it too.
 */

// ───────────── URL values ─────────────

/**
 * A URL value: the first of repeated params, trimmed; empty means "not given". Control characters (`?q=%00`) make
 * it invalid: Postgres cannot compare text holding NUL, and no real filter contains them.
 */
export const urlParam = z.preprocess((v) => {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first !== "string") return undefined;
  const trimmed = first.trim();
  return trimmed === "" ? undefined : trimmed;
}, z.string().max(200).refine((text) => !hasControlCharacters(text), "validation.invalid").optional());

/** Any text value (at most 200 characters), or undefined. */
export const urlText = urlParam.catch(undefined);

/** One of `values`, or undefined. */
export const urlEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  urlParam.pipe(z.enum(values).optional()).catch(undefined);

/** A whole number within [min, max], written with at most `maxDigits` digits, or undefined. */
export const urlInt = (min: number, max: number, maxDigits = 9) =>
  urlParam
    .pipe(z.string().regex(new RegExp(`^\\d{1,${maxDigits}}$`)).transform(Number).pipe(z.number().int().min(min).max(max)).optional())
    .catch(undefined);

// ───────────── the pieces of a list's schema ─────────────

/** `q`: the list's text search. */
export const searchParam = urlText;

/** A free-text filter whose choices come from the data (industry, region …). */
export const textFilter = urlText;

/** An on/off filter: `1` or not given (`key=1`, `archived=1`). */
export const flagParam = urlParam.pipe(z.literal("1").optional()).catch(undefined);

/** An optional filter that must be one of `values` (a tuple or a Prisma enum object); anything else is dropped. */
export function enumFilter<const V extends string>(values: readonly [V, ...V[]] | Record<string, V>) {
  const list = (Array.isArray(values) ? values : Object.values(values)) as [V, ...V[]];
  return urlEnum(list);
}

export const MAX_PAGE = 999_999;
/** `page`: 1-based; missing means the first page. */
export const pageParam = urlInt(1, MAX_PAGE, 6);

export const SORT_DIRS = ["asc", "desc"] as const;
export type SortDir = (typeof SORT_DIRS)[number];

/** `sort` (one of the list's sort keys) and `dir`, to spread into the list's schema. */
export const sortParams = <const K extends readonly [string, ...string[]]>(keys: K) => ({ sort: urlEnum(keys), dir: urlEnum(SORT_DIRS) });

// ───────────── the owner scope ─────────────

/** `owner=me`: the viewer's own accounts. */
export const OWNER_ME = "me";
/** `owner=all`: every owner's accounts (overrides a manager's default). */
export const OWNER_ALL = "all";

/** `owner`: `me`, `all` or a user id. */
export const ownerParam = urlText;

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

// ───────────── the sales team ─────────────

/** `team`: a sales team's id; the list keeps the accounts owned by the team's members. */
export const teamParam = urlText;

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

/** The link of a sortable header: the list sorted by `sort`/`dir`, its other params kept, back on page 1. */
export const sortHref = (basePath: string, params: Record<string, ParamValue>, sort: SortState) =>
  listHref(basePath, params, { sort: sort.sort, dir: sort.dir, page: undefined });

// ───────────── saved views and visible columns ─────────────

/**
 * `view`: the saved view the list was opened from (lib/saved-views), so the page can name it and offer to save
 * changes to it; `cols`: the visible columns, comma-separated column keys (unknown keys are ignored by the page).
 * Spread into a list's schema so every link that keeps the view keeps them too.
 */
export const viewParams = { view: urlText, cols: urlText };
