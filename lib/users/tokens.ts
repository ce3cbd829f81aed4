import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { DAY_MS } from "@/lib/dates";
import type { Tx } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import type { UserTokenPurpose } from "@/lib/generated/prisma/enums";

/**
 * One-time links (invitation, password reset): a 256-bit random secret goes into the link and is shown once; only
 * its SHA-256 is stored, so the table cannot be used to sign in. A link works once, for LINK_VALID_DAYS days, and
 * issuing a new one for a user withdraws the older ones.
 */
export const LINK_VALID_DAYS = 7;

export const hashLinkSecret = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

/** The page that takes the link: /invite/… for an invitation, /reset-password/… for a reset. */
export const linkPath = (purpose: UserTokenPurpose, secret: string) =>
  `${purpose === "INVITATION" ? "/invite" : "/reset-password"}/${encodeURIComponent(secret)}`;

export type IssuedLink = { purpose: UserTokenPurpose; secret: string; path: string; expiresAt: Date };

export async function issueLink(tx: Tx, input: { userId: string; purpose: UserTokenPurpose; createdById: string | null; now: Date }): Promise<IssuedLink> {
  await withdrawOpenLinks(tx, input.userId);
  const secret = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + LINK_VALID_DAYS * DAY_MS);
  await tx.userToken.create({
    data: { userId: input.userId, purpose: input.purpose, tokenHash: hashLinkSecret(secret), expiresAt, createdById: input.createdById },
  });
  return { purpose: input.purpose, secret, path: linkPath(input.purpose, secret), expiresAt };
}

/** Unused links of the user stop working (a new link, deactivation, a password set through another link). */
export function withdrawOpenLinks(tx: Tx, userId: string) {
  return tx.userToken.deleteMany({ where: { userId, usedAt: null } });
}

export type LinkState =
  | { ok: true; tokenId: string; user: { id: string; email: string; name: string; locale: "en" | "zh" } }
  | { ok: false; reason: "invalid" | "used" | "expired" };

/** What a link's secret stands for now: its user, or why it no longer works (an unknown secret is "invalid"). */
export async function readLink(db: ReadDb, secret: string, purpose: UserTokenPurpose, now: Date): Promise<LinkState> {
  const token = await db.userToken.findUnique({
    where: { tokenHash: hashLinkSecret(secret) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, locale: true, active: true } } },
  });
  if (!token || token.purpose !== purpose || !token.user.active) return { ok: false, reason: "invalid" };
  if (token.usedAt) return { ok: false, reason: "used" };
  if (token.expiresAt <= now) return { ok: false, reason: "expired" };
  const { id, email, name, locale } = token.user;
  return { ok: true, tokenId: token.id, user: { id, email, name, locale } };
}

/**
 * Marks the link used in one statement that re-checks it, so two submissions racing each other cannot both use
 * it: the second one waits for the first one's row lock, then finds the link used.
 */
export async function claimLink(tx: Tx, tokenId: string, now: Date): Promise<boolean> {
  const claimed = await tx.userToken.updateMany({ where: { id: tokenId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return claimed.count === 1;
}
