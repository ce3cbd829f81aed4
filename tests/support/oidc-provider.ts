/**
 * A real OpenID Connect provider (npm `oidc-provider`) for the single sign-on tests, on this machine only.
 *
 * Its development sign-in form takes any login and ignores the password; the login becomes the subject, and a
 * login that is an e-mail address is also the account's (verified) e-mail — so a test signs in as whoever it
 * needs, existing KAM user or new one. Keys are made fresh at each start.
 *
 * Run directly (`tsx tests/support/oidc-provider.ts`) it serves until stopped, configured by OIDC_TEST_PORT,
 * OIDC_TEST_ISSUER, OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET and OIDC_TEST_REDIRECT_URI: Playwright starts it so
 * before the app (playwright.config.ts).
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { Server } from "node:http";
import { pathToFileURL } from "node:url";
// @ts-expect-error -- the package ships no type declarations (DefinitelyTyped's are not installed); typed below.
import ProviderModule from "oidc-provider";

/** The part of oidc-provider's API used here. */
type Account = { accountId: string; claims: () => Promise<Record<string, unknown>> };
const Provider = ProviderModule as new (
  issuer: string,
  configuration: Record<string, unknown> & { findAccount: (ctx: unknown, sub: string) => Promise<Account> },
) => { listen: (port: number, host: string, onListening: () => void) => Server };

export type OidcProviderOptions = {
  port: number;
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** True (the library's default, and the spec's): the ID token carries only `sub`, the e-mail comes from userinfo. */
  idTokenWithoutEmail?: boolean;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A display name from an e-mail's local part: "new.person@x" → "New Person". */
const nameFor = (login: string) =>
  login
    .split("@")[0]
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(" ");

export async function startOidcProvider(options: OidcProviderOptions): Promise<{ issuer: string; close: () => Promise<void> }> {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), use: "sig", alg: "RS256", kid: "test-key" };

  const provider = new Provider(options.issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: options.idTokenWithoutEmail ?? true,
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      return {
        accountId: sub,
        async claims() {
          return EMAIL.test(sub) ? { sub, email: sub.toLowerCase(), email_verified: true, name: nameFor(sub) } : { sub };
        },
      };
    },
  });

  const server: Server = await new Promise((resolve, reject) => {
    const listening = provider.listen(options.port, "127.0.0.1", () => resolve(listening));
    listening.on("error", reject);
  });
  return {
    issuer: options.issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function required(name: string) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void startOidcProvider({
    port: Number(required("OIDC_TEST_PORT")),
    issuer: required("OIDC_TEST_ISSUER"),
    clientId: required("OIDC_TEST_CLIENT_ID"),
    clientSecret: required("OIDC_TEST_CLIENT_SECRET"),
    redirectUris: [required("OIDC_TEST_REDIRECT_URI")],
  }).then((running) => {
    console.log(`Test OpenID provider at ${running.issuer}`);
    const stop = () => void running.close().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
