// No "server-only": the job worker evaluates alerts outside Next.
import { evaluateAlertRules, openKeyOf, reconcileAlerts, type AlertKind, type AlertRuleSet } from "@/lib/alerts";
import { writeAudit } from "@/lib/db/audit";
import type { Db, Tx } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emitEvents } from "@/lib/webhooks/emit";
import { HISTORY_ALERT_KINDS, loadAlertData, loadAlertHistories } from "./load-data";
import { notificationsFor } from "./recipients";
import { loadAlertRules, ruleSetOf } from "./rules";

export type EvaluationSummary = {
  /** Alerts raised by this run (conditions that started to hold). */
  raised: number;
  /** Alerts cleared by this run (conditions that stopped holding, or whose rule was switched off). */
  cleared: number;
  /** Alerts open after the run. */
  open: number;
  notifications: number;
  raisedByKind: Partial<Record<AlertKind, number>>;
  ms: number;
};

/** Accounts whose order histories are held at once while the history rules (churn, revenue) run. */
export const ALERT_HISTORY_BATCH = 2_000;

/**
 * Every condition that holds at `now`, sorted by open key: the rules without order histories over the whole
 * portfolio at once, the history rules a batch of accounts at a time (each account's conditions depend on its own
 * history only, so the candidates are the same as in one pass).
 */
export async function alertCandidates(tx: Tx, rules: AlertRuleSet, now: Date, historyBatch = ALERT_HISTORY_BATCH) {
  const historyKinds = new Set<AlertKind>(HISTORY_ALERT_KINDS);
  const split = (history: boolean) => Object.fromEntries(Object.entries(rules).filter(([kind]) => historyKinds.has(kind as AlertKind) === history)) as AlertRuleSet;
  const [historyRules, otherRules] = [split(true), split(false)];
  const data = await loadAlertData(tx, otherRules, now);
  const candidates = evaluateAlertRules(data, otherRules, now);
  for (let start = 0; start < data.accounts.length; start += historyBatch) {
    const batch = data.accounts.slice(start, start + historyBatch);
    const histories = await loadAlertHistories(tx, historyRules, now, batch.map((account) => account.id));
    if (!histories) break;
    candidates.push(...evaluateAlertRules({ accounts: batch, histories }, historyRules, now));
  }
  const key = new Map(candidates.map((found) => [found, openKeyOf(found)]));
  candidates.sort((a, b) => (key.get(a)! < key.get(b)! ? -1 : key.get(a)! > key.get(b)! ? 1 : 0));
  return { candidates, accounts: data.accounts };
}

/** One evaluation at a time: a second one waits, then sees the first one's alerts. */
const LOCK = "kam.alerts.evaluate";

/**
 * Runs the alert rules at `now` and brings the stored alerts in line, inside `tx`: raises an alert for each
 * condition that holds and has no open alert (open key kind:account:subject), clears the open alerts whose condition
 * no longer holds, and notifies the people concerned of each raised alert (and the webhook endpoints subscribed to
 * `alert.raised`). An alert that stays open is left alone,
 * so nobody hears of the same condition twice until it cleared. `userId` names who started the run (none for the
 * scheduled job); the run is audited with its counts.
 */
export async function evaluateAlertsIn(tx: Tx, { now, userId = null }: { now: Date; userId?: string | null }): Promise<EvaluationSummary> {
  const started = performance.now();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${LOCK}))`;
  const rules = ruleSetOf(await loadAlertRules(tx));
  const { candidates, accounts: alertAccounts } = await alertCandidates(tx, rules, now);
  const open = await tx.alert.findMany({ where: { clearedAt: null, openKey: { not: null } }, select: { id: true, openKey: true } });
  const { raise, clear, keep } = reconcileAlerts(open as { id: string; openKey: string }[], candidates);

  if (clear.length > 0) {
    await tx.alert.updateMany({ where: { id: { in: clear } }, data: { clearedAt: now, openKey: null } });
  }
  const created = raise.length
    ? await tx.alert.createManyAndReturn({
        data: raise.map((found) => ({
          kind: found.kind,
          accountId: found.accountId,
          subjectId: found.subjectId,
          openKey: openKeyOf(found),
          evidence: found.evidence as Prisma.InputJsonValue,
          raisedAt: now,
        })),
        select: { id: true, openKey: true },
      })
    : [];
  const idOf = new Map(created.map((row) => [row.openKey!, row.id]));
  const accounts = new Map(alertAccounts.map((account) => [account.id, account]));
  const pairs = await notificationsFor(
    tx,
    raise.map((found) => ({ id: idOf.get(openKeyOf(found))!, kind: found.kind, accountId: found.accountId, alsoNotify: found.alsoNotify })),
    accounts,
  );
  if (pairs.length > 0) {
    await tx.notification.createMany({ data: pairs.map((pair) => ({ ...pair, createdAt: now })), skipDuplicates: true });
  }
  await emitEvents(
    tx,
    "alert.raised",
    raise.map((found) => ({
      alertId: idOf.get(openKeyOf(found))!,
      kind: found.kind,
      accountId: found.accountId,
      accountName: accounts.get(found.accountId)?.name ?? "",
      subjectId: found.subjectId,
      evidence: found.evidence as Record<string, unknown>,
      raisedAt: now.toISOString(),
    })),
    { occurredAt: now },
  );

  const raisedByKind: Partial<Record<AlertKind, number>> = {};
  for (const found of raise) raisedByKind[found.kind] = (raisedByKind[found.kind] ?? 0) + 1;
  const summary = { raised: raise.length, cleared: clear.length, open: keep.length + raise.length, notifications: pairs.length, raisedByKind };
  await writeAudit(tx, { userId, entityType: "AlertEvaluation", entityId: now.toISOString(), action: "evaluate", after: summary });
  return { ...summary, ms: Math.round(performance.now() - started) };
}

/** `evaluateAlertsIn` in a transaction of its own, with room for a large portfolio. */
export function evaluateAlerts(db: Db, { now, userId = null }: { now: Date; userId?: string | null }): Promise<EvaluationSummary> {
  return db.$transaction((tx) => evaluateAlertsIn(tx, { now, userId }), { maxWait: 30_000, timeout: 10 * 60_000 });
}
