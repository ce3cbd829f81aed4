/**
 * The sign-in form's own check, without zod: the sign-in page is the first page most people load, and the
 * validation library would double its script. It answers exactly as `ZSignIn` (schemas.ts) does, which the server
 * still applies; tests/unit/auth/sign-in-input.test.ts holds the two together.
 */

/** zod's e-mail pattern (`z.regexes.email`, the one `.email()` uses). */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

export type SignInFieldErrors = Partial<{ email: "invalidEmail"; password: "passwordRequired" }>;

export type SignInCheck = { ok: true; data: { email: string; password: string } } | { ok: false; errors: SignInFieldErrors };

export function checkSignIn(input: { email: unknown; password: unknown }): SignInCheck {
  const email = typeof input.email === "string" ? input.email.trim().toLowerCase() : "";
  const password = typeof input.password === "string" ? input.password : "";
  const errors: SignInFieldErrors = {};
  if (!EMAIL_PATTERN.test(email)) errors.email = "invalidEmail";
  if (password.length < 1) errors.password = "passwordRequired";
  return errors.email || errors.password ? { ok: false, errors } : { ok: true, data: { email, password } };
}
