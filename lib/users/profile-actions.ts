"use server";

import { endAllSessions } from "@/lib/auth/session-version";
import bcrypt from "bcryptjs";
import { hashPassword } from "@/lib/auth/credentials";
import { writeAudit } from "@/lib/db/audit";
import { getDb } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { MessageKey } from "@/lib/i18n/translate";
import { defineAction } from "@/lib/server/define-action";
import { ZChangePassword, ZPasswordChoice, ZProfile } from "./schemas";
import { withdrawOpenLinks } from "./tokens";

/**
 * Every user's own profile. These write only the signed-in user's own row, which needs no portfolio role, so they
 * are defined without a write option and open their own transaction for the change and its audit row.
 */

export const updateProfileAction = defineAction({ schema: ZProfile, revalidate: () => ["/profile", ["/", "layout"]] }, async (input, { user }) =>
  getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: user.id }, select: { name: true, locale: true } });
    if (!before) throw notFound();
    if (before.name === input.name && before.locale === input.locale) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { name: input.name, locale: input.locale } });
    await writeAudit(tx, { userId: user.id, entityType: "User", entityId: user.id, action: "profile.update", before, after: { name: input.name, locale: input.locale } });
    return { changed: true };
  }),
);

/**
 * A new password, with the current one as proof. Every session of the user ends (a stolen session does not
 * survive a password change); the form signs the user in again with the new password.
 */
export const changePasswordAction = defineAction({ schema: ZChangePassword }, async (input, { user }) => {
  const db = getDb();
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { email: true, passwordHash: true } });
  if (!stored) throw notFound();
  if (!stored.passwordHash || !(await bcrypt.compare(input.currentPassword, stored.passwordHash))) {
    throw new AppError("users.password.currentWrong", "INVALID");
  }
  const rule = ZPasswordChoice.safeParse({ email: stored.email, password: input.password, confirm: input.confirm });
  if (!rule.success) throw new AppError(rule.error.issues[0].message as MessageKey, "INVALID");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endAllSessions(tx, user.id);
    await withdrawOpenLinks(tx, user.id);
    await writeAudit(tx, { userId: user.id, entityType: "User", entityId: user.id, action: "password.change" });
  });
  return { email: stored.email };
});
