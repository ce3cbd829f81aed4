import type { AlertKind } from "@/lib/alerts";
import type { Tx } from "@/lib/db/prisma";

/**
 * Clears the open alert about one subject at once (a task completed or snoozed from "My work"), instead of at
 * the next evaluation; call it in the change's transaction. The condition may be raised again later (a snooze ends).
 */
export function clearSubjectAlerts(tx: Tx, where: { kind: AlertKind; accountId: string; subjectId: string }, now: Date) {
  return tx.alert.updateMany({ where: { ...where, clearedAt: null }, data: { clearedAt: now, openKey: null } });
}
