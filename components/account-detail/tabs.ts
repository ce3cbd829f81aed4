/** The account page's tabs, in the order of the tab bar (URL `?tab=`; the contract in the brief). */
export const ACCOUNT_TABS = ["overview", "contacts", "activities", "orders", "team", "plan", "history"] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];

export function parseTab(value: string | string[] | undefined): AccountTab {
  const first = Array.isArray(value) ? value[0] : value;
  return (ACCOUNT_TABS as readonly string[]).includes(first ?? "") ? (first as AccountTab) : "overview";
}

/** A positive whole number from the URL, else `fallback` (bad input never fails the page). */
export function parsePositiveInt(value: string | string[] | undefined, fallback: number, max = 10_000): number {
  const first = Array.isArray(value) ? value[0] : value;
  const n = Number(first);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

export const tabHref = (accountId: string, tab: AccountTab, extra: Record<string, string> = {}) =>
  `/accounts/${accountId}?${new URLSearchParams({ tab, ...extra }).toString()}`;
