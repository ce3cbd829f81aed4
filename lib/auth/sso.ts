import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import { z } from "zod";
import { writeAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OidcConfig } from "./config";
import type { VerifiedUser } from "./credentials";
import { recordSignIn, UNKNOWN_USER } from "./sign-in";
import { SIGN_IN_ERRORS } from "./sign-in-errors";
import { OIDC_PROVIDER_ID } from "./sso-id";

export { OIDC_PROVIDER_ID };

/** Who the identity provider says signed in: its subject, e-mail (and whether it verified it) and name. */
export type SsoIdentity = { subject: string; email: string | null; emailVerified: boolean | null; name: string | null };

const ZEmail = z.string().trim().toLowerCase().email();

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

/** The identity in an ID token's (or the userinfo endpoint's) claims. */
export function identityFromClaims(claims: Record<string, unknown>): SsoIdentity {
  const verified = claims.email_verified;
  return {
    subject: String(claims.sub ?? ""),
    email: text(claims.email),
    emailVerified: verified === true || verified === "true" ? true : verified === false || verified === "false" ? false : null,
    name: text(claims.name) ?? ([text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ") || text(claims.preferred_username)),
  };
}

export type SsoOutcome = { ok: true; user: VerifiedUser; created: boolean } | { ok: false; code: string };

type SsoRules = Pick<OidcConfig, "createUsers" | "defaultRole">;

const VERIFIED_SELECT = { id: true, email: true, name: true, role: true, directorScope: true, sessionVersion: true, active: true } as const;

/**
 * Maps an identity from the identity provider to a KAM user, by e-mail: an existing active user signs in; a
 * deactivated one is refused; an unknown one is created with the configured role, or refused when creating users is
 * off. An e-mail the provider marks as not verified is refused (it would let anyone claim anyone's address); one
 * without a verdict is taken, since many enterprise providers do not send the claim. Every outcome is audited.
 */
export async function signInWithSso(db: Db, identity: SsoIdentity, rules: SsoRules, address: string | null): Promise<SsoOutcome> {
  const parsedEmail = ZEmail.safeParse(identity.email ?? "");
  if (!parsedEmail.success || identity.emailVerified === false) {
    await refuse(db, null, identity, address, "noVerifiedEmail");
    return { ok: false, code: SIGN_IN_ERRORS.ssoNoEmail };
  }
  const email = parsedEmail.data;
  let user = await db.user.findUnique({ where: { email }, select: VERIFIED_SELECT });
  let created = false;
  if (user && !user.active) {
    await refuse(db, user.id, identity, address, "deactivated");
    return { ok: false, code: SIGN_IN_ERRORS.ssoDeactivated };
  }
  if (!user) {
    if (!rules.createUsers) {
      await refuse(db, null, identity, address, "noAccount");
      return { ok: false, code: SIGN_IN_ERRORS.ssoNoAccount };
    }
    const name = identity.name?.slice(0, 200) || email.split("@")[0];
    try {
      user = await db.$transaction(async (tx) => {
        const row = await tx.user.create({ data: { email, name, role: rules.defaultRole, passwordHash: null }, select: VERIFIED_SELECT });
        await writeAudit(tx, {
          userId: row.id,
          entityType: "User",
          entityId: row.id,
          action: "create",
          after: { email, name, role: row.role, source: "sso", subject: identity.subject },
        });
        return row;
      });
      created = true;
    } catch (error) {
      // The same person's first sign-in in two tabs at once: the other one created the user.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      user = await db.user.findUniqueOrThrow({ where: { email }, select: VERIFIED_SELECT });
      if (!user.active) return { ok: false, code: SIGN_IN_ERRORS.ssoDeactivated };
    }
  }
  await recordSignIn(db, user.id, "sso", address);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, directorScope: user.directorScope, sessionVersion: user.sessionVersion },
    created,
  };
}

async function refuse(db: Db, userId: string | null, identity: SsoIdentity, address: string | null, reason: string) {
  await writeAudit(db, {
    userId: null,
    entityType: "User",
    entityId: userId ?? UNKNOWN_USER,
    action: "signIn.refused",
    after: { method: "sso", email: identity.email, subject: identity.subject, address, reason },
  });
}

/**
 * A generic OpenID Connect provider for next-auth: discovery through the issuer's well-known document, the
 * authorisation code flow with PKCE and state, and a verified ID token. Providers that keep the e-mail out of the
 * ID token (it is optional there) are asked at their userinfo endpoint, whose subject must match the token's.
 */
export function oidcProvider(config: OidcConfig): OAuthConfig<Record<string, unknown>> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.label,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    userinfo: {
      async request({ tokens, client }) {
        // At run time the validated token set of openid-client, which next-auth types loosely.
        const set = tokens as unknown as TokenSet;
        const claims = set.claims() as Record<string, unknown>;
        if (text(claims.email) || !set.access_token) return claims;
        const info = (await client.userinfo(set)) as Record<string, unknown>;
        return { ...info, sub: claims.sub };
      },
    },
    profile(claims) {
      const identity = identityFromClaims(claims);
      return { id: identity.subject, name: identity.name, email: identity.email, image: null, ssoEmailVerified: identity.emailVerified };
    },
  };
}
