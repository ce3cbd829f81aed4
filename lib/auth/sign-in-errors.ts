/**
 * Why a sign-in was refused, as next-auth carries it to the sign-in page (the `error` of `signIn()` or the `error`
 * query parameter). Only these codes are shown, each as a translated message; anything else is a generic failure.
 */
export const SIGN_IN_ERRORS = {
  /** Wrong e-mail or password (next-auth's own code). */
  invalidCredentials: "CredentialsSignin",
  /** Password sign-in is switched off (KAM_PASSWORD_SIGNIN=0). */
  passwordDisabled: "PasswordSignInDisabled",
  /** The identity provider's user has no KAM user and new users are not created (KAM_OIDC_CREATE_USERS=0). */
  ssoNoAccount: "SsoNoAccount",
  /** The matching KAM user is deactivated. */
  ssoDeactivated: "SsoDeactivated",
  /** The identity provider sent no e-mail address, or one it marks as not verified. */
  ssoNoEmail: "SsoNoEmail",
} as const;

export type SignInErrorKind = keyof typeof SIGN_IN_ERRORS | "throttled" | "ssoFailed" | "unexpected";
export type SignInError = { kind: SignInErrorKind; retryAfterSeconds?: number };

const THROTTLED = /^Throttled-(\d{1,7})$/;

/** The code for "too many attempts, wait this long". */
export const throttledCode = (retryAfterSeconds: number) => `Throttled-${Math.max(1, Math.ceil(retryAfterSeconds))}`;

/** next-auth's codes for a failed round trip to the identity provider. */
const SSO_FAILURES = new Set(["OAuthSignin", "OAuthCallback", "OAuthCreateAccount", "Callback", "AccessDenied", "OAuthAccountNotLinked"]);

export function parseSignInError(code: unknown): SignInError | null {
  if (typeof code !== "string" || code === "") return null;
  const throttled = THROTTLED.exec(code);
  if (throttled) return { kind: "throttled", retryAfterSeconds: Number(throttled[1]) };
  for (const [kind, value] of Object.entries(SIGN_IN_ERRORS)) if (value === code) return { kind: kind as SignInErrorKind };
  if (SSO_FAILURES.has(code)) return { kind: "ssoFailed" };
  return { kind: "unexpected" };
}

/** Minutes to wait, rounded up, for the message (never 0). */
export const waitMinutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
