import "server-only";
import type { AlertKind } from "@/lib/alerts";
import type { ReadDb } from "@/lib/db/read-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isMailConfigured } from "@/lib/mail";
import { DEFAULT_PREFERENCE } from "./recipients";
import { loadAlertRules } from "./rules";
import { NOTIFICATIONS_PAGE_SIZE } from "./schemas";

/** Notifications that still ask for attention: unread, about an alert that is still open. */
const pending = (userId: string): Prisma.NotificationWhereInput => ({
  userId,
  readAt: null,
  OR: [{ alertId: null }, { alert: { clearedAt: null } }],
});

/** The bell's figure: null when the user switched in-app notifications off. */
export async function loadUnreadCount(db: ReadDb, userId: string): Promise<number | null> {
  const preference = await db.notificationPreference.findUnique({ where: { userId }, select: { inApp: true } });
  if (preference && !preference.inApp) return null;
  return db.notification.count({ where: pending(userId) });
}

const NOTIFICATION_SELECT = {
  id: true,
  createdAt: true,
  readAt: true,
  alert: {
    select: { id: true, kind: true, accountId: true, subjectId: true, evidence: true, raisedAt: true, clearedAt: true, account: { select: { name: true, isKeyAccount: true } } },
  },
} satisfies Prisma.NotificationSelect;

export type NotificationRow = Prisma.NotificationGetPayload<{ select: typeof NOTIFICATION_SELECT }>;

/** One page of the user's own notifications, newest first: unread (those still asking for attention) or all. */
export async function loadNotifications(db: ReadDb, userId: string, { show, page }: { show: "unread" | "all"; page: number }) {
  const where = show === "unread" ? pending(userId) : { userId };
  const [rows, total, unread, preference] = await Promise.all([
    db.notification.findMany({
      where,
      select: NOTIFICATION_SELECT,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
    }),
    db.notification.count({ where }),
    db.notification.count({ where: pending(userId) }),
    db.notificationPreference.findUnique({ where: { userId }, select: { inApp: true } }),
  ]);
  return { rows, total, unread, page, pageSize: NOTIFICATIONS_PAGE_SIZE, inApp: preference?.inApp ?? true };
}

/** The user's settings (the defaults when never saved) and whether e-mail can be sent at all. */
export async function loadPreferences(db: ReadDb, userId: string) {
  const row = await db.notificationPreference.findUnique({ where: { userId } });
  return {
    inApp: row?.inApp ?? DEFAULT_PREFERENCE.inApp,
    digest: row?.digest ?? DEFAULT_PREFERENCE.digest,
    mutedKinds: (row?.mutedKinds ?? DEFAULT_PREFERENCE.mutedKinds) as AlertKind[],
    lastDigestAt: row?.lastDigestAt ?? null,
    mailConfigured: isMailConfigured(),
  };
}

/** The admin's view of the rules: each rule as it applies, who changed it last, and its open alerts. */
export async function loadAlertRulesView(db: ReadDb) {
  const [rules, open] = await Promise.all([
    loadAlertRules(db),
    db.alert.groupBy({ by: ["kind"], where: { clearedAt: null }, _count: { _all: true } }),
  ]);
  const openOf = new Map(open.map((row) => [row.kind, row._count._all]));
  const editors = await db.user.findMany({
    where: { id: { in: rules.flatMap((rule) => (rule.updatedById ? [rule.updatedById] : [])) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(editors.map((user) => [user.id, user.name]));
  return rules.map((rule) => ({
    ...rule,
    openAlerts: openOf.get(rule.kind) ?? 0,
    updatedBy: rule.updatedById ? (nameOf.get(rule.updatedById) ?? null) : null,
  }));
}

/** The open alerts the user was told about, newest first, for "My work". */
export async function loadMyOpenAlerts(db: ReadDb, userId: string, limit: number) {
  const where: Prisma.AlertWhereInput = { clearedAt: null, notifications: { some: { userId } } };
  const [rows, total] = await Promise.all([
    db.alert.findMany({
      where,
      select: { id: true, kind: true, accountId: true, evidence: true, raisedAt: true, account: { select: { name: true } } },
      orderBy: [{ raisedAt: "desc" }, { id: "asc" }],
      take: limit,
    }),
    db.alert.count({ where }),
  ]);
  return { rows, total };
}
