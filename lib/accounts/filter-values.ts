/**
 * The choices of the account list's filters that are not engine constants, without zod: the filter bar (a client
 * component) offers them and schemas.ts parses them from the URL.
 */
export const P_ALIVE_CUTS = ["0.1", "0.25", "0.5", "0.75"] as const;
/** The health filter: a current band, or `none` for accounts without health. */
export const HEALTH_FILTERS = ["HEALTHY", "WATCH", "AT_RISK", "none"] as const;
