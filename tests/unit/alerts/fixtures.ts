import { DEFAULT_ALERT_RULES, type AlertAccount, type AlertKind, type AlertParams, type AlertRuleSet } from "@/lib/alerts";
import { DAY_MS } from "@/lib/dates";

/** The evaluation instant of the tests: a Monday afternoon, so the time of day differs from the data's. */
export const NOW = new Date("2026-03-16T15:30:00Z");
const TODAY = Date.UTC(2026, 2, 16);

/** A moment `n` UTC calendar days before NOW's day, at 09:00. */
export const ago = (n: number) => new Date(TODAY - n * DAY_MS + 9 * 3_600_000);
/** Midnight UTC of the day `n` days before NOW's day (a `@db.Date` value). */
export const dayAgo = (n: number) => new Date(TODAY - n * DAY_MS);

export const account = (overrides: Partial<AlertAccount> = {}): AlertAccount => ({
  id: "acc-1",
  name: "Acme",
  ownerId: "usr-owner",
  stage: "COOPERATIVE",
  isKeyAccount: true,
  ...overrides,
});

/** Only `kind` enabled, with its default params changed by `params`. */
export function only<K extends AlertKind>(kind: K, params: Partial<AlertParams[K]> = {}): AlertRuleSet {
  return { [kind]: { enabled: true, params: { ...DEFAULT_ALERT_RULES[kind].params, ...params } } } as AlertRuleSet;
}
