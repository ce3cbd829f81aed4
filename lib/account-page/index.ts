import "server-only";

/** Queries of the account page (`/accounts/[id]`): a few set-based queries per tab, never one per row. */
export { getAccountHeader, type AccountHeader } from "./header";
export { getAccountOverview, type AccountOverview, type GroupMember } from "./overview";
export { getAccountOrders, ORDER_PAGE_SIZE, type AccountOrders, type MonthlyRevenue } from "./orders";
export { getAccountHistory, HISTORY_PAGE_SIZE, type AccountHistory } from "./history";
