"use server";

import { writeAudit } from "@/lib/db/audit";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineAction } from "@/lib/server/define-action";
import { evaluateAlertsIn } from "./evaluate";
import { ZAlertRuleInput, ZMarkNotificationRead, ZNoInput, ZNotificationPreferences } from "./schemas";

/** The bell sits in the layout of every page. */
const EVERY_PAGE = [["/", "layout"]] as const;

/**
 * Marks one of the user's own notifications as read (again: no change). Read state is the reader's own, not a change
 * to business data, so it is not audited. Another user's notification is simply not found.
 */
export const markNotificationReadAction = defineAction({ schema: ZMarkNotificationRead, revalidate: () => EVERY_PAGE }, async ({ id }, { user, db }) => {
  const { count } = await db.notification.updateMany({ where: { id, userId: user.id, readAt: null }, data: { readAt: new Date() } });
  if (count === 0 && !(await db.notification.count({ where: { id, userId: user.id } }))) {
    throw new AppError("notifications.errors.notFound", "NOT_FOUND");
  }
});

export const markAllNotificationsReadAction = defineAction({ schema: ZNoInput, revalidate: () => EVERY_PAGE }, async (_input, { user, db }) => {
  const { count } = await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return { count };
});

/** Saves the user's own notification settings, with an audit row. */
export const updateNotificationPreferencesAction = defineAction(
  { schema: ZNotificationPreferences, self: true, revalidate: () => [...EVERY_PAGE, "/notifications/preferences"] },
  async (input, { user, tx }) => {
    const before = await tx.notificationPreference.findUnique({ where: { userId: user.id } });
    const after = await tx.notificationPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, ...input }, update: input });
    await writeAudit(tx, { userId: user.id, entityType: "NotificationPreference", entityId: user.id, action: before ? "update" : "create", before, after });
  },
);

/** An admin switches a rule on or off and sets its thresholds (checked by the rule's schema); audited. */
export const updateAlertRuleAction = defineAction(
  { schema: ZAlertRuleInput, portfolio: true, roles: ["ADMIN"], revalidate: () => ["/admin/alerts"] },
  async ({ kind, enabled, params }, { user, tx }) => {
    const before = await tx.alertRule.findUnique({ where: { kind } });
    const data = { enabled, params: params as Prisma.InputJsonValue, updatedById: user.id };
    const after = await tx.alertRule.upsert({ where: { kind }, create: { kind, ...data }, update: data });
    await writeAudit(tx, { userId: user.id, entityType: "AlertRule", entityId: kind, action: before ? "update" : "create", before, after });
  },
);

/**
 * An admin runs the evaluation now instead of waiting for the schedule. It is the scheduled job's work over every
 * account (serialised with the job's by an advisory lock), so its transaction may take as long as the job's; the
 * run is audited with the admin's id.
 */
export const evaluateAlertsNowAction = defineAction(
  { schema: ZNoInput, portfolio: true, roles: ["ADMIN"], timeoutMs: 10 * 60_000, revalidate: () => [...EVERY_PAGE, "/admin/alerts"] },
  async (_input, { user, tx }) => {
    const { raised, cleared, open, notifications } = await evaluateAlertsIn(tx, { now: new Date(), userId: user.id });
    return { raised, cleared, open, notifications };
  },
);
