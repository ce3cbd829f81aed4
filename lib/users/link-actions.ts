"use server";

import { endAllSessions } from "@/lib/auth/session-version";
import { hashPassword } from "@/lib/auth/credentials";
import { writeAudit } from "@/lib/db/audit";
import { getDb } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { getI18n } from "@/lib/i18n/server";
import type { ActionResult } from "@/lib/server/result";
import { fieldErrors } from "@/lib/validation/field-errors";
import { ZLinkPassword, ZPasswordChoice, type TLinkPassword } from "./schemas";
import { claimLink, readLink, withdrawOpenLinks } from "./tokens";

/**
 * Sets a password through an invitation or reset link. The one action without a session — the link's secret is
 * the permission — so it cannot go through defineAction (which requires a signed-in user); it keeps the
 * wrapper's contract: zod first, typed errors translated, one transaction, anything else logged and generic.
 * The link is used once: claiming it re-checks it in the same statement. Every session of the user ends.
 */
export async function setPasswordWithLinkAction(raw: TLinkPassword): Promise<ActionResult<{ email: string }>> {
  const { t } = await getI18n();
  try {
    const parsed = ZLinkPassword.safeParse(raw);
    if (!parsed.success) return { ok: false, code: "INVALID", error: t("errors.invalidInput"), fieldErrors: fieldErrors(parsed.error, t) };
    const { token, purpose, password, confirm } = parsed.data;
    const db = getDb();
    const now = new Date();
    const link = await readLink(db, token, purpose, now);
    if (!link.ok) throw new AppError(`users.link.${link.reason}`, "CONFLICT");
    const rule = ZPasswordChoice.safeParse({ email: link.user.email, password, confirm });
    if (!rule.success) return { ok: false, code: "INVALID", error: t("errors.invalidInput"), fieldErrors: fieldErrors(rule.error, t) };
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      if (!(await claimLink(tx, link.tokenId, now))) throw new AppError("users.link.used", "CONFLICT");
      const updated = await tx.user.updateMany({ where: { id: link.user.id, active: true }, data: { passwordHash } });
      if (updated.count !== 1) throw new AppError("users.link.invalid", "CONFLICT");
      await endAllSessions(tx, link.user.id);
      await withdrawOpenLinks(tx, link.user.id);
      const action = purpose === "INVITATION" ? "invitation.accept" : "password.reset";
      await writeAudit(tx, { userId: link.user.id, entityType: "User", entityId: link.user.id, action });
    });
    return { ok: true, data: { email: link.user.email } };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, error: t(error.key, error.values) };
    console.error("Setting a password through a link failed", error);
    return { ok: false, code: "UNEXPECTED", error: t("errors.unexpected") };
  }
}
