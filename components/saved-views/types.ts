import type { SavedViewList } from "@/lib/saved-views/lists";
import type { SavedViewSummary } from "@/lib/saved-views/queries";
import type { ActionResult } from "@/lib/server/result";

/** Runs a saved-view action in the list's transition and reports its outcome under the list's buttons. */
export type RunAction = <T>(action: () => Promise<ActionResult<T>>, done: (data: T) => void, text: string) => void;

/** What a list tells its saved views: shared by the views bar and the views panel it opens. */
export type SavedViewsContext = {
  list: SavedViewList;
  /** The list's page. */
  path: string;
  /** The user's views, each with where it opens (computed on the server, which has the list schemas). */
  views: (SavedViewSummary & { href: string })[];
  /** The columns of a view saved now, as the list's parseColumns gives them, and how many columns the list has. */
  newViewColumns: { columns: string[] | null; count: number };
  /** The view the list was opened from (`view` in the URL), if it is one the user can see. */
  active: SavedViewSummary | null;
  /** The page's URL params as they are now (filters, sort, page, view, cols). */
  params: Record<string, string>;
  /** The list's current filters and sort as a view stores them (cleaned with the list's schema). */
  query: string;
};
