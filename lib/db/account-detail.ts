import "server-only";

/** Queries of the account page (`/accounts/[id]`): a few set-based queries per tab, never one per row. */
export { getAccountHeader, type AccountHeader } from "./account-detail/header";
export { getAccountOverview, type AccountOverview, type GroupMember } from "./account-detail/overview";
export { getAccountOrders, ORDER_PAGE_SIZE, type AccountOrders, type MonthlyRevenue } from "./account-detail/orders";
export { getAccountTeam, type AccountTeam } from "./account-detail/team";
export { getAccountHistory, HISTORY_PAGE_SIZE, type AccountHistory } from "./account-detail/history";
