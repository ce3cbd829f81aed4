import "server-only";
import type { Db } from "@/lib/db/prisma";

export const HISTORY_PAGE_SIZE = 50;

/** Bookkeeping fields every write touches; listing them as "changed" would say nothing. */
const IGNORED_FIELDS = new Set(["updatedAt", "version", "createdAt"]);

/** Top-level fields whose values differ between an audit row's before and after states. */
function changedFields(before: unknown, after: unknown): string[] {
  const asObject = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const a = asObject(before);
  const b = asObject(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => !IGNORED_FIELDS.has(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .sort();
}

/**
 * The history tab, newest first: matrix assessments (the portfolio position over time), stage transitions and the account's audit log, each
 * limited to `limit` rows (one more is read to know whether "show more" is needed).
 */
export async function getAccountHistory(db: Db, accountId: string, limit: number) {
  const [assessments, transitions, audit] = await Promise.all([
    db.assessment.findMany({
      where: { accountId, model: { purpose: "MATRIX" } },
      orderBy: { assessedAt: "desc" },
      take: limit + 1,
      select: {
        id: true,
        assessedAt: true,
        attractiveness: true,
        strength: true,
        quadrant: true,
        model: { select: { version: true } },
        assessor: { select: { name: true } },
      },
    }),
    db.stageTransition.findMany({
      where: { accountId },
      orderBy: { createdAt: "desc" },
      take: limit + 1,
      select: { id: true, fromStage: true, toStage: true, reasons: true, note: true, createdAt: true, user: { select: { name: true } } },
    }),
    db.auditLog.findMany({
      where: { entityType: "Account", entityId: accountId },
      orderBy: { at: "desc" },
      take: limit + 1,
      select: { id: true, at: true, action: true, before: true, after: true, user: { select: { name: true } } },
    }),
  ]);
  return {
    hasMore: [assessments, transitions, audit].some((rows) => rows.length > limit),
    assessments: assessments.slice(0, limit).map((a) => ({
      ...a,
      attractiveness: a.attractiveness?.toNumber() ?? null,
      strength: a.strength?.toNumber() ?? null,
    })),
    transitions: transitions.slice(0, limit),
    audit: audit.slice(0, limit).map(({ before, after, ...row }) => ({ ...row, changes: changedFields(before, after) })),
  };
}

export type AccountHistory = Awaited<ReturnType<typeof getAccountHistory>>;
