import type { Db, Tx } from "./prisma";

type AuditEntry = {
  userId: string | null;
  /** The REST API key the change came through (its user is `userId`); absent for changes made in the app. */
  apiKeyId?: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

/** JSON-safe copy: Decimals and Dates become strings, undefined fields disappear. */
const toJson = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Records who changed what, with the state before and after; call it inside the change's transaction. */
export function writeAudit(db: Db | Tx, entry: AuditEntry) {
  return db.auditLog.create({
    data: { ...entry, before: toJson(entry.before), after: toJson(entry.after) },
  });
}
