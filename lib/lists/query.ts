import { z } from "zod";
import { hasControlCharacters } from "@/lib/validation/fields";
import { SORT_DIRS } from "./links";

/**
 * The URL query of the list pages, in one place: the zod pieces every list's schema is composed of (each list's
 * own schema lives in its feature's schemas.ts and serves the page, the export route and the API alike), the
 * owner scope with the manager's "mine first" default, the sort state of sortable headers, and links that keep
 * the current view.
 *
 * A bad or outdated value is dropped (the list opens with its default), never an error page: links get shared
 * and bookmarked. Pure: no server-only imports. The owner, sort and link helpers live in links.ts (re-exported
 * here), which client components import instead, so they do not load zod.
 */

export {
  currentSort,
  defaultOwner,
  listHref,
  nextSort,
  opensOnOwnAccounts,
  OWNER_ALL,
  OWNER_ME,
  SORT_DIRS,
  sortHref,
  toSearchParams,
  withDefaultOwner,
  type ParamValue,
  type SortDir,
  type SortState,
} from "./links";

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

/** `sort` (one of the list's sort keys) and `dir`, to spread into the list's schema. */
export const sortParams = <const K extends readonly [string, ...string[]]>(keys: K) => ({ sort: urlEnum(keys), dir: urlEnum(SORT_DIRS) });

// ───────────── the owner scope ─────────────

/** `owner`: `me`, `all` or a user id. */
export const ownerParam = urlText;

// ───────────── the sales team ─────────────

/** `team`: a sales team's id; the list keeps the accounts owned by the team's members. */
export const teamParam = urlText;

// ───────────── saved views and visible columns ─────────────

/**
 * `view`: the saved view the list was opened from (lib/saved-views), so the page can name it and offer to save
 * changes to it; `cols`: the visible columns, comma-separated column keys (unknown keys are ignored by the page).
 * Spread into a list's schema so every link that keeps the view keeps them too.
 */
export const viewParams = { view: urlText, cols: urlText };
