import { describe, expect, it } from "vitest";
import { ALERT_KINDS, type AlertEvidence, type AlertKind } from "@/lib/alerts";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { alertHref, describeAlert } from "@/lib/notifications/describe";

/** One evidence per kind, as the engine writes it. */
const EVIDENCE: { [K in AlertKind]: AlertEvidence[K] } = {
  CHURN_RISK_HIGH: { riskScore: 65, riskLevel: "HIGH", threshold: 60, flags: [{ code: "OVERDUE", evidence: { daysSinceLastOrder: 80, medianIntervalDays: 10, thresholdDays: 30, orderDays: 40 } }] },
  CHURN_RISK_RISE: { riskScore: 50, previousScore: 0, rise: 50, points: 25, windowDays: 30, since: "2026-02-14", newFlags: ["OVERDUE", "NO_CONTACT"] },
  STAGE_REGRESSION: { fromStage: "COOPERATIVE", toStage: "DISINTEGRATING", uncoupling: true, movedAt: "2026-03-14", daysAgo: 2, reasons: ["QUALITY_PROBLEMS"] },
  SINGLE_THREADED: { stage: "COOPERATIVE", pattern: "SINGLE_THREADED", requiredPattern: "DIAMOND", coveredContacts: 1, totalContacts: 3, ourPeople: 1, levelsCovered: ["MANAGER"], functionsCovered: ["PURCHASING"] },
  STALE_ASSESSMENT: { assessedAt: "2025-11-01", ageDays: 135, maxAgeDays: 90 },
  PLAN_TASK_OVERDUE: { title: "Meet the CFO", dueDate: "2026-03-13", daysOverdue: 3, graceDays: 0, ownerId: null, status: "OPEN" },
  KEY_CONTACT_UNTOUCHED: { contactName: "Li Wei", level: "BOARD", buyingRole: "DECISION_MAKER", lastTouchedAt: null, daysSince: 200, maxDays: 90 },
  REVENUE_DROP: { recentRevenue: 500, previousRevenue: 1000, ratio: 0.5, thresholdPercent: 70, windowDays: 90, recentFrom: "2025-12-17", recentTo: "2026-03-16", previousFrom: "2024-12-17", previousTo: "2025-03-16" },
  SPONSOR_LOST: { contactName: "Zhang Min", buyingRole: "DECISION_MAKER", attitude: "SUPPORTER", leftAt: "2026-03-10", newEmployer: "Acme", daysAgo: 6, lookbackDays: 30 },
  HEALTH_DROP: { score: 48, previousScore: 70, drop: 22, points: 15, windowDays: 30, since: "2026-02-14" },
};

describe("describeAlert", () => {
  for (const locale of ["en", "zh"] as const) {
    const t = createTranslator(MESSAGES[locale]);
    it.each(ALERT_KINDS)(`${locale}: %s reads as text with its evidence filled in`, (kind) => {
      const text = describeAlert({ kind, accountId: "acc-1", evidence: EVIDENCE[kind] }, t, locale);
      for (const part of [text.title, text.detail]) {
        expect(part).not.toMatch(/notifications\.|\{\w+\}|undefined|NaN/);
        expect(part.length).toBeGreaterThan(3);
      }
      expect(text.href).toBe(alertHref({ kind, accountId: "acc-1" }));
    });
  }

  it("names the evidence in the reader's language", () => {
    const en = createTranslator(MESSAGES.en);
    const zh = createTranslator(MESSAGES.zh);
    const task = { kind: "PLAN_TASK_OVERDUE" as const, accountId: "a", evidence: EVIDENCE.PLAN_TASK_OVERDUE };
    expect(describeAlert(task, en, "en")).toEqual({ title: "Overdue: Meet the CFO", detail: "Due on 13 Mar 2026, 3 days overdue.", href: "/accounts/a?tab=plan" });
    expect(describeAlert(task, zh, "zh").title).toBe("逾期:Meet the CFO");
    const stage = describeAlert({ kind: "STAGE_REGRESSION", accountId: "a", evidence: EVIDENCE.STAGE_REGRESSION }, en, "en");
    expect(stage.title).toBe("Relationship moved to uncoupling");
    expect(stage.detail).toContain("Quality problems");
    const contact = describeAlert({ kind: "KEY_CONTACT_UNTOUCHED", accountId: "a", evidence: EVIDENCE.KEY_CONTACT_UNTOUCHED }, en, "en");
    expect(contact).toMatchObject({ title: "Li Wei not contacted for 200 days", detail: "Board · Decision maker; no activity logged since the contact was added." });
    const sponsor = describeAlert({ kind: "SPONSOR_LOST", accountId: "a", evidence: EVIDENCE.SPONSOR_LOST }, en, "en");
    expect(sponsor).toEqual({ title: "Zhang Min left the customer", detail: "Decision maker; left on 10 Mar 2026 for Acme.", href: "/accounts/a?tab=contacts" });
    const supporter = describeAlert({ kind: "SPONSOR_LOST", accountId: "a", evidence: { ...EVIDENCE.SPONSOR_LOST, buyingRole: null, newEmployer: null } }, zh, "zh");
    expect(supporter.detail).toContain("支持者");
    const health = describeAlert({ kind: "HEALTH_DROP", accountId: "a", evidence: EVIDENCE.HEALTH_DROP }, en, "en");
    expect(health).toEqual({ title: "Health down 22 points", detail: "From 70 on 14 Feb 2026 to 48 now.", href: "/accounts/a?tab=overview" });
  });
});
