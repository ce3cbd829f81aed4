"use server";

import { endAllSessions } from "@/lib/auth/session-version";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import type { ActionResult } from "@/lib/server/result";
import { sendLinkMail, type LinkMail, type LinkMailOutcome } from "./mail";
import { ZChangeRole, ZCreateUser, ZDirectorScope, ZUserRef, ZUserTeams, type TCreateUser } from "./schemas";
import { issueLink, withdrawOpenLinks, type IssuedLink } from "./tokens";
import { assertAnotherActiveAdmin, lockUserAdministration, setTeamsOf, teamNamesOf, userForChange } from "./writes";

/**
 * User administration, for admins only. Every change is audited (entity "User") in its own transaction; role and
 * status changes are serialised so that an active admin always remains.
 */
const admin = { roles: ["ADMIN"] as const, portfolio: true as const };
const userPages = (input: { userId: string }) => ["/admin/users", `/admin/users/${input.userId}`, "/admin/audit"];

/** What the admin sees once: the link to pass on (its secret is never stored) and whether it was e-mailed. */
export type LinkHandout = { path: string; expiresAt: Date; purpose: IssuedLink["purpose"]; mail: LinkMailOutcome };

/** E-mails the link once the transaction has committed, so a rolled-back change never sends a working link. */
async function handOut(result: ActionResult<{ userId: string; link: IssuedLink; mailTo: LinkMail }>): Promise<ActionResult<{ userId: string } & LinkHandout>> {
  if (!result.ok) return result;
  const { userId, link, mailTo } = result.data;
  return { ok: true, data: { userId, path: link.path, expiresAt: link.expiresAt, purpose: link.purpose, mail: await sendLinkMail(mailTo) } };
}

const createUser = defineAction({ schema: ZCreateUser, ...admin, revalidate: () => ["/admin/users", "/admin/teams", "/admin/audit"] }, async (input, { user, tx }) => {
  await lockUserAdministration(tx);
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new AppError("users.errors.emailTaken", "CONFLICT");
  const created = await tx.user.create({ data: { name: input.name, email: input.email, role: input.role, locale: input.locale } });
  await setTeamsOf(tx, created.id, input.teamIds);
  const link = await issueLink(tx, { userId: created.id, purpose: "INVITATION", createdById: user.id, now: new Date() });
  const after = { email: created.email, name: created.name, role: created.role, locale: created.locale, teams: await teamNamesOf(tx, created.id) };
  await writeAudit(tx, { userId: user.id, entityType: "User", entityId: created.id, action: "create", after });
  return { userId: created.id, link, mailTo: { to: created.email, name: created.name, locale: created.locale, link } satisfies LinkMail };
});

/** Creates a user without a password and hands out a one-time invitation link (e-mailed too when e-mail is set up). */
export async function createUserAction(raw: TCreateUser) {
  return handOut(await createUser(raw));
}

const issuePasswordLink = defineAction({ schema: ZUserRef, ...admin, revalidate: userPages }, async ({ userId }, { user, tx }) => {
  const target = await userForChange(tx, userId);
  if (!target.active) throw new AppError("users.errors.inactive", "CONFLICT");
  const hasPassword = (await tx.user.count({ where: { id: userId, passwordHash: { not: null } } })) === 1;
  const link = await issueLink(tx, { userId, purpose: hasPassword ? "PASSWORD_RESET" : "INVITATION", createdById: user.id, now: new Date() });
  await writeAudit(tx, { userId: user.id, entityType: "User", entityId: userId, action: "link.issue", after: { purpose: link.purpose, expiresAt: link.expiresAt } });
  return { userId, link, mailTo: { to: target.email, name: target.name, locale: target.locale, link } satisfies LinkMail };
});

/**
 * A new one-time link for the user: a password reset, or a new invitation while he has never set a password.
 * Older links stop working; the current password keeps working until the link is used.
 */
export async function issuePasswordLinkAction(raw: { userId: string }) {
  return handOut(await issuePasswordLink(raw));
}

async function changeUser(tx: Tx, actorId: string, userId: string, action: string, change: (before: Awaited<ReturnType<typeof userForChange>>) => Promise<Record<string, unknown> | null>) {
  await lockUserAdministration(tx);
  const before = await userForChange(tx, userId);
  const after = await change(before);
  if (!after) return { userId, changed: false };
  const was = Object.fromEntries(Object.keys(after).map((key) => [key, before[key as keyof typeof before]]));
  await writeAudit(tx, { userId: actorId, entityType: "User", entityId: userId, action, before: was, after });
  return { userId, changed: true };
}

/** A new role; the last active admin keeps his. The user's sessions end: he signs in again with the new role. */
export const changeRoleAction = defineAction({ schema: ZChangeRole, ...admin, revalidate: userPages }, async ({ userId, role }, { user, tx }) =>
  changeUser(tx, user.id, userId, "role.change", async (before) => {
    if (before.role === role) return null;
    if (before.role === "ADMIN" && before.active) await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role } });
    await endAllSessions(tx, userId);
    return { role };
  }),
);

/** Whether a director manages the whole portfolio (ALL) or his sales teams' accounts (TEAMS). */
export const setDirectorScopeAction = defineAction({ schema: ZDirectorScope, ...admin, revalidate: userPages }, async ({ userId, scope }, { user, tx }) =>
  changeUser(tx, user.id, userId, "scope.change", async (before) => {
    if (before.directorScope === scope) return null;
    await tx.user.update({ where: { id: userId }, data: { directorScope: scope } });
    return { directorScope: scope };
  }),
);

/** Deactivation ends the user's sessions at once and withdraws his open links; his accounts and history stay. */
export const deactivateUserAction = defineAction({ schema: ZUserRef, ...admin, revalidate: userPages }, async ({ userId }, { user, tx }) => {
  if (userId === user.id) throw new AppError("users.errors.deactivateSelf", "CONFLICT");
  return changeUser(tx, user.id, userId, "deactivate", async (before) => {
    if (!before.active) return null;
    if (before.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { active: false } });
    await endAllSessions(tx, userId);
    await withdrawOpenLinks(tx, userId);
    return { active: false };
  });
});

/** Reactivation lets the user sign in again with his password; sessions ended by the deactivation stay ended. */
export const reactivateUserAction = defineAction({ schema: ZUserRef, ...admin, revalidate: userPages }, async ({ userId }, { user, tx }) =>
  changeUser(tx, user.id, userId, "reactivate", async (before) => {
    if (before.active) return null;
    await tx.user.update({ where: { id: userId }, data: { active: true } });
    return { active: true };
  }),
);

/** The user's sales teams, as a whole. */
export const setUserTeamsAction = defineAction(
  { schema: ZUserTeams, ...admin, revalidate: (input) => [...userPages(input), "/admin/teams"] },
  async ({ userId, teamIds }, { user, tx }) => {
    await userForChange(tx, userId);
    const before = await teamNamesOf(tx, userId);
    await setTeamsOf(tx, userId, teamIds);
    const after = await teamNamesOf(tx, userId);
    if (before.join("\n") === after.join("\n")) return { userId, changed: false };
    await writeAudit(tx, { userId: user.id, entityType: "User", entityId: userId, action: "teams.change", before: { teams: before }, after: { teams: after } });
    return { userId, changed: true };
  },
);
