// No "server-only": shared by the server actions, the REST API and the job worker.
import type { Tx } from "@/lib/db/prisma";
import type { Quadrant, RelationshipStage } from "@/lib/generated/prisma/enums";
import { emitEvent } from "./emit";
import { webhookAccount } from "./events";

/**
 * The account events, each one call from the write that causes it (inside its transaction), so the server actions
 * and the REST API, which share those writes, emit the same events.
 */
type AccountRow = Parameters<typeof webhookAccount>[0] & Record<string, unknown>;

/** Bookkeeping columns that change with every write and say nothing by themselves. */
const IGNORED = new Set(["version", "updatedAt", "createdAt"]);

const comparable = (value: unknown) =>
  value instanceof Date ? value.toISOString() : value !== null && typeof value === "object" ? JSON.stringify(value) : String(value);

/** The columns whose value differs between two versions of an account row (Decimals and dates by value). */
export function changedAccountFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after)
    .filter((key) => !IGNORED.has(key) && comparable(before[key]) !== comparable(after[key]))
    .sort();
}

export function emitAccountCreated(tx: Tx, account: AccountRow, userId: string | null) {
  return emitEvent(tx, "account.created", { account: webhookAccount(account), userId });
}

/** `account.updated` when a column really changed (a save without changes only bumps the version: no event). */
export async function emitAccountUpdated(tx: Tx, before: AccountRow, after: AccountRow, { action, userId }: { action: string; userId: string | null }) {
  const changedFields = changedAccountFields(before, after);
  if (changedFields.length === 0) return null;
  return emitEvent(tx, "account.updated", { account: webhookAccount(after), changedFields, action, userId });
}

export function emitStageChanged(
  tx: Tx,
  after: AccountRow,
  transition: { id: string; fromStage: RelationshipStage; toStage: RelationshipStage; reasons: string[]; note: string | null; userId: string | null },
) {
  return emitEvent(tx, "stage.changed", {
    account: webhookAccount(after),
    fromStage: transition.fromStage,
    toStage: transition.toStage,
    reasons: transition.reasons,
    note: transition.note,
    transitionId: transition.id,
    userId: transition.userId,
  });
}

/** `quadrant.changed` when a new assessment moved the account to another quadrant (or off the matrix). */
export async function emitQuadrantChanged(
  tx: Tx,
  fromQuadrant: Quadrant | null,
  after: AccountRow,
  assessment: { id: string; attractiveness: number | null; strength: number | null; assessorId: string | null },
) {
  if (fromQuadrant === after.quadrant) return null;
  return emitEvent(tx, "quadrant.changed", {
    account: webhookAccount(after),
    fromQuadrant,
    toQuadrant: after.quadrant,
    assessmentId: assessment.id,
    attractiveness: assessment.attractiveness,
    strength: assessment.strength,
    userId: assessment.assessorId,
  });
}
