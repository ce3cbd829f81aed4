import { ACCOUNT_SORT_KEYS, ZAccountListQuery } from "@/lib/accounts/schemas";
import { CONTACT_SORT_KEYS, ZContactListQuery } from "@/lib/contacts/list-query";
import { toSearchParams, type ParamValue } from "@/lib/lists/query";
import { viewLink } from "./links";

/**
 * The lists that have saved views and a column chooser, each with its own URL schema (the one its page, export
 * and API use) and its columns. No server-only imports: the list pages' client components use it too.
 *
 * A stored view is only ever used through `cleanViewQuery`: whatever its text, it is parsed with the list's
 * schema (bad or unknown values dropped) and written out again, so a view saved by an older version of the list,
 * or edited in the database, opens the list with its default for what is wrong instead of breaking the page.
 */
export const SAVED_VIEW_LISTS = ["accounts", "contacts"] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];

type ListSpec = {
  path: string;
  schema: { safeParse: (value: unknown) => { success: true; data: Record<string, ParamValue> } | { success: false } };
  /** Every column the chooser offers, in table order. */
  columns: readonly string[];
  /** Columns that cannot be hidden (the row's name, its link). */
  fixed: readonly string[];
};

export const LIST_SPECS: Record<SavedViewList, ListSpec> = {
  accounts: { path: "/accounts", schema: ZAccountListQuery as unknown as ListSpec["schema"], columns: ACCOUNT_SORT_KEYS, fixed: ["name"] },
  contacts: { path: "/contacts", schema: ZContactListQuery as unknown as ListSpec["schema"], columns: CONTACT_SORT_KEYS, fixed: ["name"] },
};

/** What a view does not store: the page (number or cursor), the view itself and the columns (kept in the view's own field). */
const NOT_STORED = new Set(["page", "cursor", "view", "cols"]);

/** The first value of each URL parameter, as the list pages receive them. */
function paramsObject(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) if (!(key in out)) out[key] = value;
  return out;
}

/** A view's query as the list's schema reads it: valid filters, sort and owner only, in a stable order. */
export function cleanViewQuery(list: SavedViewList, query: string | Record<string, ParamValue>): string {
  const raw = typeof query === "string" ? paramsObject(query.replace(/^\?/, "")) : query;
  const parsed = LIST_SPECS[list].schema.safeParse(raw);
  if (!parsed.success) return "";
  const kept = Object.fromEntries(Object.entries(parsed.data).filter(([key]) => !NOT_STORED.has(key)));
  return new URLSearchParams(toSearchParams(kept)).toString();
}

/**
 * The known column keys of `columns` (a `cols` parameter or a view's stored list) plus the fixed ones, in table
 * order; null — all columns — when none is given or none of them is a column that can be hidden.
 */
export function parseColumns(list: SavedViewList, columns: string | readonly string[] | undefined | null): string[] | null {
  if (columns === undefined || columns === null) return null;
  const wanted = new Set(typeof columns === "string" ? columns.split(",").map((c) => c.trim()) : columns);
  const spec = LIST_SPECS[list];
  const chosen = spec.columns.filter((c) => wanted.has(c) && !spec.fixed.includes(c));
  return chosen.length === 0 ? null : spec.columns.filter((c) => spec.fixed.includes(c) || wanted.has(c));
}

/** The columns a list shows: those of `cols` when valid, else all. */
export const visibleColumns = (list: SavedViewList, cols: string | undefined) => parseColumns(list, cols) ?? [...LIST_SPECS[list].columns];

/** Whether a table column is shown: columns the chooser does not know (added later, or not hideable) always are. */
export const isColumnShown = (list: SavedViewList, visible: readonly string[], key: string) =>
  !LIST_SPECS[list].columns.includes(key) || visible.includes(key);

/** Where a view opens: its query, its columns and its id, on the list's page. */
export function viewHref(list: SavedViewList, view: { id: string; query: string; columns: readonly string[] }): string {
  const spec = LIST_SPECS[list];
  return viewLink(spec.path, view.id, cleanViewQuery(list, view.query), parseColumns(list, view.columns), spec.columns.length);
}
