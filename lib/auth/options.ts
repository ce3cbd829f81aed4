import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { writeAudit } from "@/lib/db/audit";
import { getDb } from "@/lib/db/prisma";
import { safeRedirect } from "./callback-url";
import { clientAddress } from "./client-address";
import { authConfig, type AuthConfig } from "./config";
import { endSessionsOfVersion } from "./session-version";
import { SignInRefused, signInWithPassword } from "./sign-in";
import { SIGN_IN_ERRORS } from "./sign-in-errors";
import { OIDC_PROVIDER_ID, oidcProvider, signInWithSso } from "./sso";
import { getSignInThrottle } from "./throttle";

/** The client address of the request being handled (route handlers only), for throttling and the audit log. */
async function requestAddress(config: AuthConfig): Promise<string | null> {
  try {
    return clientAddress(await headers(), config.throttle.proxyHops);
  } catch {
    return null;
  }
}

export function buildAuthOptions(config: AuthConfig): NextAuthOptions {
  return {
    session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
    // Refusals (?error=…) are explained on the sign-in page itself.
    pages: { signIn: "/login", error: "/login" },
    secret: process.env.NEXTAUTH_SECRET,
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const address = clientAddress(req?.headers ?? {}, config.throttle.proxyHops);
          try {
            return await signInWithPassword({ db: getDb(), throttle: getSignInThrottle(config.throttle), config }, credentials, address);
          } catch (error) {
            if (error instanceof SignInRefused) throw error;
            // The code reaches the browser in a URL: never a database message.
            console.error("Password sign-in failed", error);
            throw new Error("SignInUnavailable");
          }
        },
      }),
      ...(config.oidc ? [oidcProvider(config.oidc)] : []),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        if (!config.oidc) return false;
        const outcome = await signInWithSso(
          getDb(),
          { subject: user.id, email: user.email ?? null, emailVerified: user.ssoEmailVerified ?? null, name: user.name ?? null },
          config.oidc,
          await requestAddress(config),
        );
        return outcome.ok ? true : `/login?error=${encodeURIComponent(outcome.code)}`;
      },
      async jwt({ token, user, account }) {
        if (!user) return token;
        if (account?.provider === OIDC_PROVIDER_ID) {
          // `user` is the identity provider's profile; the KAM user was matched or created in `signIn` above.
          const row = await getDb().user.findUnique({
            where: { email: (user.email ?? "").trim().toLowerCase() },
            select: { id: true, role: true, sessionVersion: true, active: true },
          });
          if (!row?.active) throw new Error(SIGN_IN_ERRORS.ssoDeactivated);
          return { ...token, sub: row.id, id: row.id, role: row.role, sv: row.sessionVersion };
        }
        return { ...token, id: user.id, role: user.role, sv: user.sessionVersion };
      },
      session({ session, token }) {
        if (token.id && token.role && typeof token.sv === "number") {
          session.user = { ...session.user, id: token.id, role: token.role, sessionVersion: token.sv };
        }
        return session;
      },
      redirect: safeRedirect,
    },
    events: {
      /**
       * Session cookies are self-contained: clearing this browser's copy would leave any other copy valid until it
       * expires. Moving the user's session version on makes every copy useless — which signs the user out on their
       * other devices too.
       */
      async signOut({ token }) {
        if (!token?.id || typeof token.sv !== "number") return;
        const db = getDb();
        if (await endSessionsOfVersion(db, token.id, token.sv)) {
          await writeAudit(db, { userId: token.id, entityType: "User", entityId: token.id, action: "signOut", after: { sessionsEnded: true } });
        }
      },
    },
  };
}

export const authOptions: NextAuthOptions = buildAuthOptions(authConfig());
