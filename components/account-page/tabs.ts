import { z } from "zod";
import { enumFilter, listHref, pageParam, urlInt } from "@/lib/lists/query";
import { CONTACT_VIEWS, type ContactView } from "@/lib/stakeholder-map/schemas";

/** The account page's tabs, in the order of the tab bar (URL `?tab=`; the contract in the brief). */
export const ACCOUNT_TABS = ["overview", "contacts", "activities", "orders", "team", "plan", "whitespace", "history"] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];

/** Entries the history tab shows at most, however often "show more" was clicked. */
const MAX_HISTORY = 1_000;

/**
 * The account page's URL: `tab` (overview when missing or unknown), the orders tab's `page` and the history
 * tab's `limit`. Bad values fall back to the defaults, never an error page.
 */
export const ZAccountPageQuery = z.object({
  tab: enumFilter(ACCOUNT_TABS).transform((tab): AccountTab => tab ?? "overview"),
  page: pageParam,
  limit: urlInt(1, 999_999, 6).transform((limit) => (limit === undefined ? undefined : Math.min(limit, MAX_HISTORY))),
  /** The contacts tab as a list (default) or as the stakeholder map. */
  view: enumFilter(CONTACT_VIEWS).transform((view): ContactView => view ?? "list"),
});
export type TAccountPageQuery = z.infer<typeof ZAccountPageQuery>;

export const tabHref = (accountId: string, tab: AccountTab, extra: Record<string, string> = {}) => listHref(`/accounts/${accountId}`, { tab, ...extra });
