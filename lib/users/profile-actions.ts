"use server";

import { endAllSessions } from "@/lib/auth/session-version";
import bcrypt from "bcryptjs";
import { hashPassword } from "@/lib/auth/credentials";
import { writeAudit } from "@/lib/db/audit";
import { invalidFields, notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { fieldIssue } from "@/lib/validation/field-errors";
import { ZChangePassword, ZPasswordChoice, ZProfile } from "./schemas";
import { withdrawOpenLinks } from "./tokens";

/** Every user's own profile: these write only the signed-in user's own row, with its audit row. */

export const updateProfileAction = defineAction({ schema: ZProfile, self: true, revalidate: () => ["/profile", ["/", "layout"]] }, async (input, { user, tx }) => {
  const before = await tx.user.findUnique({ where: { id: user.id }, select: { name: true, locale: true } });
  if (!before) throw notFound();
  if (before.name === input.name && before.locale === input.locale) return { changed: false };
  await tx.user.update({ where: { id: user.id }, data: { name: input.name, locale: input.locale } });
  await writeAudit(tx, { userId: user.id, entityType: "User", entityId: user.id, action: "profile.update", before, after: { name: input.name, locale: input.locale } });
  return { changed: true };
});

/**
 * A new password, with the current one as proof. Every session of the user ends (a stolen session does not
 * survive a password change); the form signs the user in again with the new password.
 */
export const changePasswordAction = defineAction({ schema: ZChangePassword, self: true }, async (input, { user, tx }) => {
  // Locked, so two changes at once cannot both pass the check against the same current password.
  const [stored] = await tx.$queryRaw<{ email: string; passwordHash: string | null }[]>`
    SELECT email, "passwordHash" FROM "User" WHERE id = ${user.id} FOR UPDATE`;
  if (!stored) throw notFound();
  if (!stored.passwordHash || !(await bcrypt.compare(input.currentPassword, stored.passwordHash))) {
    throw invalidFields(fieldIssue("currentPassword", "users.password.currentWrong"), "users.password.currentWrong");
  }
  const rule = ZPasswordChoice.safeParse({ email: stored.email, password: input.password, confirm: input.confirm });
  if (!rule.success) throw invalidFields(rule.error);
  await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } });
  await endAllSessions(tx, user.id);
  await withdrawOpenLinks(tx, user.id);
  await writeAudit(tx, { userId: user.id, entityType: "User", entityId: user.id, action: "password.change" });
  return { email: stored.email };
});
