import { ROLES, type Role } from "./roles";

/**
 * How people sign in, from the environment (documented in README.md, "Configuration" and "Single sign-on").
 * A wrong value fails loudly with the variable's name: a half-configured sign-in must not pass unnoticed.
 */
type Env = Record<string, string | undefined>;

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button text: "Sign in with <label>". */
  label: string;
  /** The role of a user created on first single sign-on. */
  defaultRole: Role;
  /** False: only existing KAM users may sign in through the identity provider. */
  createUsers: boolean;
};

export type ThrottleConfig = {
  /** Failed sign-ins per e-mail address (known or not) before it is blocked. */
  accountFailures: number;
  /** Failed sign-ins per client address before it is blocked. */
  addressFailures: number;
  /** The window the failures are counted in, and how long a block lasts. */
  windowSeconds: number;
  blockSeconds: number;
  /** How many reverse proxies in front of KAM append to X-Forwarded-For (the client address is the entry they saw). */
  proxyHops: number;
};

export type AuthConfig = { passwordSignIn: boolean; oidc: OidcConfig | null; throttle: ThrottleConfig };

const OFF = new Set(["0", "false", "off", "no"]);
const ON = new Set(["1", "true", "on", "yes"]);

function flag(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === "") return fallback;
  if (OFF.has(value)) return false;
  if (ON.has(value)) return true;
  throw new Error(`${name} must be 1 or 0, not "${env[name]}".`);
}

function positiveInt(env: Env, name: string, fallback: number, min = 1): number {
  const value = env[name]?.trim();
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${value}".`);
  return n;
}

export function oidcConfigFromEnv(env: Env): OidcConfig | null {
  const issuer = env.KAM_OIDC_ISSUER?.trim();
  const clientId = env.KAM_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.KAM_OIDC_CLIENT_SECRET?.trim();
  if (!issuer && !clientId && !clientSecret) return null;
  const missing = [["KAM_OIDC_ISSUER", issuer], ["KAM_OIDC_CLIENT_ID", clientId], ["KAM_OIDC_CLIENT_SECRET", clientSecret]]
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length) throw new Error(`Single sign-on is half configured: set ${missing.join(" and ")} as well.`);
  let issuerUrl: URL;
  try {
    issuerUrl = new URL(issuer!);
  } catch {
    throw new Error(`KAM_OIDC_ISSUER must be a URL, not "${issuer}".`);
  }
  if (issuerUrl.protocol !== "https:" && issuerUrl.protocol !== "http:") throw new Error("KAM_OIDC_ISSUER must be an http(s) URL.");
  const role = (env.KAM_OIDC_DEFAULT_ROLE?.trim() || "MANAGER").toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new Error(`KAM_OIDC_DEFAULT_ROLE must be one of ${ROLES.join(", ")}, not "${env.KAM_OIDC_DEFAULT_ROLE}".`);
  }
  return {
    issuer: issuer!.replace(/\/+$/, ""),
    clientId: clientId!,
    clientSecret: clientSecret!,
    label: env.KAM_OIDC_LABEL?.trim() || "single sign-on",
    defaultRole: role as Role,
    createUsers: flag(env, "KAM_OIDC_CREATE_USERS", true),
  };
}

export function authConfigFromEnv(env: Env): AuthConfig {
  const blockMinutes = positiveInt(env, "KAM_SIGNIN_BLOCK_MINUTES", 15);
  return {
    passwordSignIn: flag(env, "KAM_PASSWORD_SIGNIN", true),
    oidc: oidcConfigFromEnv(env),
    throttle: {
      accountFailures: positiveInt(env, "KAM_SIGNIN_MAX_FAILURES", 5),
      addressFailures: positiveInt(env, "KAM_SIGNIN_MAX_FAILURES_PER_ADDRESS", 50),
      windowSeconds: blockMinutes * 60,
      blockSeconds: blockMinutes * 60,
      proxyHops: positiveInt(env, "KAM_PROXY_HOPS", 1, 0),
    },
  };
}

let cached: AuthConfig | undefined;

/** The running app's configuration, read once. */
export function authConfig(): AuthConfig {
  cached ??= authConfigFromEnv(process.env);
  return cached;
}
