// No "server-only": the job worker runs the clean-up outside Next.
import { addDays } from "@/lib/dates";
import type { Db } from "@/lib/db/prisma";

/** Read notifications are kept this long after they were created; unread ones are kept until read. */
export const READ_NOTIFICATION_RETENTION_DAYS = 90;

/** Deletes read notifications created more than 90 days before `now`; returns how many. */
export async function cleanupNotifications(db: Db, { now }: { now: Date }): Promise<{ deleted: number }> {
  const cutoff = addDays(now, -READ_NOTIFICATION_RETENTION_DAYS);
  const { count } = await db.notification.deleteMany({ where: { readAt: { not: null }, createdAt: { lt: cutoff } } });
  return { deleted: count };
}
