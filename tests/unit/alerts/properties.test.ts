import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALERT_KINDS,
  DEFAULT_ALERT_RULES,
  evaluateAlertRules,
  openKeyOf,
  reconcileAlerts,
  type AccountHistory,
  type AlertDataSet,
  type AlertRuleSet,
  type OpenAlert,
} from "@/lib/alerts";
import { addDays } from "@/lib/dates";
import { STAGES } from "@/lib/stages";
import { ago, dayAgo, NOW, only } from "./fixtures";

const STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
const LEVELS = ["BOARD", "DIRECTOR", "MANAGER", "SUPERVISOR", "STAFF"] as const;

/** A small random portfolio with every kind of data the rules read. */
const dataSet: fc.Arbitrary<AlertDataSet> = fc
  .record({
    accounts: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom("a1", "a2", "a3", "a4", "a5"),
        stage: fc.constantFrom(...STAGES),
        isKeyAccount: fc.boolean(),
      }),
      { minLength: 1, maxLength: 5, selector: (a) => a.id },
    ),
    orders: fc.array(fc.record({ account: fc.nat(4), day: fc.integer({ min: -5, max: 800 }), amount: fc.integer({ min: 1, max: 10_000 }) }), { maxLength: 60 }),
    activities: fc.array(fc.record({ account: fc.nat(4), day: fc.integer({ min: 0, max: 400 }) }), { maxLength: 10 }),
    tasks: fc.array(
      fc.record({ account: fc.nat(4), due: fc.option(fc.integer({ min: -20, max: 60 })), status: fc.constantFrom(...STATUSES), snooze: fc.option(fc.integer({ min: -5, max: 5 })) }),
      { maxLength: 8 },
    ),
    assessments: fc.array(fc.record({ account: fc.nat(4), day: fc.integer({ min: 0, max: 400 }) }), { maxLength: 8 }),
    contacts: fc.array(
      fc.record({ account: fc.nat(4), level: fc.constantFrom(...LEVELS), decides: fc.boolean(), touched: fc.option(fc.integer({ min: 0, max: 300 })), added: fc.integer({ min: 0, max: 500 }) }),
      { maxLength: 8 },
    ),
    coverage: fc.array(fc.record({ contact: fc.nat(7), user: fc.constantFrom("u1", "u2", "u3") }), { maxLength: 8 }),
    moves: fc.array(fc.record({ account: fc.nat(4), from: fc.constantFrom(...STAGES), to: fc.constantFrom(...STAGES), day: fc.integer({ min: 0, max: 60 }) }), { maxLength: 6 }),
  })
  .map((raw) => {
    const ids = raw.accounts.map((a) => a.id);
    const pick = (n: number) => ids[n % ids.length];
    const histories = new Map<string, AccountHistory>();
    const historyOf = (id: string) => {
      let h = histories.get(id);
      if (!h) histories.set(id, (h = { orders: [], activityDates: [], complaints: [] }));
      return h as { orders: { date: Date; amount: number }[]; activityDates: Date[]; complaints: [] };
    };
    for (const o of raw.orders) historyOf(pick(o.account)).orders.push({ date: dayAgo(o.day), amount: o.amount });
    for (const a of raw.activities) historyOf(pick(a.account)).activityDates.push(ago(a.day));
    const contacts = raw.contacts.map((c, i) => ({
      id: `c${i}`, accountId: pick(c.account), name: `Contact ${i}`, level: c.level, function: "PURCHASING",
      buyingRole: c.decides ? ("DECISION_MAKER" as const) : null, createdAt: ago(c.added), lastTouchedAt: c.touched === null ? null : ago(c.touched),
    }));
    return {
      accounts: raw.accounts.map((a) => ({ ...a, name: a.id, ownerId: "owner" })),
      histories,
      tasks: raw.tasks.map((t, i) => ({
        id: `t${i}`, accountId: pick(t.account), title: `Task ${i}`, ownerId: "owner", dueDate: t.due === null ? null : dayAgo(t.due),
        status: t.status, snoozedUntil: t.snooze === null ? null : dayAgo(-t.snooze),
      })),
      assessments: raw.assessments.map((a, i) => ({ id: `as${i}`, accountId: pick(a.account), assessedAt: ago(a.day) })),
      contacts,
      coverage: contacts.length ? raw.coverage.map((l) => ({ contactId: contacts[l.contact % contacts.length].id, userId: l.user })) : [],
      stageChanges: raw.moves.map((m, i) => ({ id: `m${i}`, accountId: pick(m.account), fromStage: m.from, toStage: m.to, at: ago(m.day), reasons: [] })),
    } satisfies AlertDataSet;
  });

const allRules: AlertRuleSet = DEFAULT_ALERT_RULES;
const everywhere: AlertRuleSet = Object.fromEntries(
  ALERT_KINDS.map((kind) => [kind, { enabled: true, params: { ...DEFAULT_ALERT_RULES[kind].params, keyAccountsOnly: false } }]),
);

describe("alert engine properties", () => {
  it("is deterministic, gives each open key once, in key order, only for accounts of the data set", () => {
    fc.assert(
      fc.property(dataSet, (data) => {
        const first = evaluateAlertRules(data, everywhere, NOW);
        expect(evaluateAlertRules(data, everywhere, NOW)).toEqual(first);
        const keys = first.map(openKeyOf);
        expect(new Set(keys).size).toBe(keys.length);
        expect([...keys].sort()).toEqual(keys);
        const ids = new Set(data.accounts.map((a) => a.id));
        for (const found of first) expect(ids.has(found.accountId)).toBe(true);
      }),
    );
  });

  it("keeps rules limited to key accounts off every other account", () => {
    fc.assert(
      fc.property(dataSet, (data) => {
        const keyIds = new Set(data.accounts.filter((a) => a.isKeyAccount).map((a) => a.id));
        const onlyKey = Object.fromEntries(ALERT_KINDS.map((kind) => [kind, { enabled: true, params: { ...DEFAULT_ALERT_RULES[kind].params, keyAccountsOnly: true } }]));
        for (const found of evaluateAlertRules(data, onlyKey, NOW)) expect(keyIds.has(found.accountId)).toBe(true);
      }),
    );
  });

  it("a switched-off rule finds nothing of its kind, and the others are unaffected", () => {
    fc.assert(
      fc.property(dataSet, fc.constantFrom(...ALERT_KINDS), (data, kind) => {
        const off = { ...everywhere, [kind]: { ...everywhere[kind]!, enabled: false } };
        const all = evaluateAlertRules(data, everywhere, NOW);
        expect(evaluateAlertRules(data, off, NOW)).toEqual(all.filter((found) => found.kind !== kind));
      }),
    );
  });

  it("stricter thresholds never add alerts", () => {
    fc.assert(
      fc.property(dataSet, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (data, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const keys = (rules: AlertRuleSet) => new Set(evaluateAlertRules(data, rules, NOW).map(openKeyOf));
        const subset = (small: Set<string>, big: Set<string>) => [...small].every((key) => big.has(key));
        expect(subset(keys(only("CHURN_RISK_HIGH", { threshold: high, keyAccountsOnly: false })), keys(only("CHURN_RISK_HIGH", { threshold: low, keyAccountsOnly: false })))).toBe(true);
        expect(subset(keys(only("STALE_ASSESSMENT", { maxAgeDays: high * 3, keyAccountsOnly: false })), keys(only("STALE_ASSESSMENT", { maxAgeDays: low * 3, keyAccountsOnly: false })))).toBe(true);
        expect(subset(keys(only("KEY_CONTACT_UNTOUCHED", { maxDays: high * 3, keyAccountsOnly: false })), keys(only("KEY_CONTACT_UNTOUCHED", { maxDays: low * 3, keyAccountsOnly: false })))).toBe(true);
        expect(subset(keys(only("REVENUE_DROP", { thresholdPercent: low, keyAccountsOnly: false })), keys(only("REVENUE_DROP", { thresholdPercent: high, keyAccountsOnly: false })))).toBe(true);
      }),
    );
  });

  it("an overdue task stays overdue as time passes, unless it is snoozed past that day", () => {
    fc.assert(
      fc.property(dataSet, fc.integer({ min: 0, max: 30 }), (data, later) => {
        const rules = only("PLAN_TASK_OVERDUE", { keyAccountsOnly: false });
        const now = evaluateAlertRules(data, rules, NOW).map(openKeyOf);
        const then = new Set(evaluateAlertRules(data, rules, addDays(NOW, later)).map(openKeyOf));
        for (const key of now) expect(then.has(key)).toBe(true);
      }),
    );
  });

  it("revenue drops do not depend on the currency unit", () => {
    fc.assert(
      fc.property(dataSet, fc.constantFrom(2, 4, 8, 0.5), (data, factor) => {
        const scaled: AlertDataSet = {
          ...data,
          histories: new Map([...data.histories!].map(([id, h]) => [id, { ...h, orders: h.orders.map((o) => ({ ...o, amount: o.amount * factor })) }])),
        };
        const rules = only("REVENUE_DROP", { keyAccountsOnly: false });
        expect(evaluateAlertRules(scaled, rules, NOW).map(openKeyOf)).toEqual(evaluateAlertRules(data, rules, NOW).map(openKeyOf));
      }),
    );
  });

  it("over a run of evaluations, each condition is raised once while it holds and again only after it cleared", () => {
    fc.assert(
      fc.property(fc.array(dataSet, { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 6, maxLength: 6 }), (states, days) => {
        let open: OpenAlert[] = [];
        let nextId = 0;
        const events = new Map<string, ("raise" | "clear")[]>();
        const log = (key: string, event: "raise" | "clear") => events.set(key, [...(events.get(key) ?? []), event]);
        states.forEach((data, i) => {
          const candidates = evaluateAlertRules(data, allRules, addDays(NOW, days[i]));
          const { raise, clear, keep } = reconcileAlerts(open, candidates);
          expect(keep.length + clear.length).toBe(open.length);
          for (const id of clear) log(open.find((alert) => alert.id === id)!.openKey, "clear");
          open = open.filter((alert) => !clear.includes(alert.id));
          for (const found of raise) {
            open.push({ id: `alert-${nextId++}`, openKey: openKeyOf(found) });
            log(openKeyOf(found), "raise");
          }
          // Open alerts are now exactly the conditions that hold, and evaluating again changes nothing.
          expect(open.map((alert) => alert.openKey).sort()).toEqual(candidates.map(openKeyOf).sort());
          const again = reconcileAlerts(open, candidates);
          expect(again.raise).toEqual([]);
          expect(again.clear).toEqual([]);
        });
        for (const history of events.values()) {
          history.forEach((event, i) => expect(event).toBe(i % 2 === 0 ? "raise" : "clear"));
        }
      }),
    );
  });
});
