"use server";

import { endAllSessions } from "@/lib/auth/session-version";
import { hashPassword } from "@/lib/auth/credentials";
import { writeAudit } from "@/lib/db/audit";
import { AppError, invalidFields } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { ZLinkPassword, ZPasswordChoice } from "./schemas";
import { claimLink, readLink, withdrawOpenLinks } from "./tokens";

/**
 * Sets a password through an invitation or reset link. The one action without a session: the link's secret is the
 * permission. The link is used once: claiming it re-checks it in the same statement. Every session of the user ends.
 */
export const setPasswordWithLinkAction = defineAction(
  { schema: ZLinkPassword, public: true },
  async ({ token, purpose, password, confirm }, { tx }) => {
    const now = new Date();
    const link = await readLink(tx, token, purpose, now);
    if (!link.ok) throw new AppError(`users.link.${link.reason}`, "CONFLICT");
    const rule = ZPasswordChoice.safeParse({ email: link.user.email, password, confirm });
    if (!rule.success) throw invalidFields(rule.error);
    if (!(await claimLink(tx, link.tokenId, now))) throw new AppError("users.link.used", "CONFLICT");
    const updated = await tx.user.updateMany({ where: { id: link.user.id, active: true }, data: { passwordHash: await hashPassword(password) } });
    if (updated.count !== 1) throw new AppError("users.link.invalid", "CONFLICT");
    await endAllSessions(tx, link.user.id);
    await withdrawOpenLinks(tx, link.user.id);
    const action = purpose === "INVITATION" ? "invitation.accept" : "password.reset";
    await writeAudit(tx, { userId: link.user.id, entityType: "User", entityId: link.user.id, action });
    return { email: link.user.email };
  },
);
