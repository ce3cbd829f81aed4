/**
 * How our business with a demo account develops over the seeded years. Drawn per account in accounts.ts; it then
 * shapes the account's lifecycle phase and credit, its order dates (orders.ts) and its profile text (texts.ts).
 */
export type Trend = "STEADY" | "GROWING" | "DECLINING" | "QUIET" | "NEW";
