/**
 * Signing in and out from the browser through next-auth's own endpoints, the way next-auth/react's signIn and
 * signOut do it (a CSRF token, then a form POST with `json=true` that answers the URL to go to). The app needs
 * only these calls and no session provider; that package and its helpers would add about 9 KB gzip to every page.
 * Browser only: call from event handlers of client components.
 */
const AUTH_API = "/api/auth";

async function csrfToken(): Promise<string> {
  const response = await fetch(`${AUTH_API}/csrf`, { headers: { "Content-Type": "application/json" } });
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

async function post(path: string, fields: Record<string, string>): Promise<{ response: Response; url: string | undefined }> {
  const response = await fetch(`${AUTH_API}/${path}`, {
    method: "post",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" }),
  });
  return { response, url: ((await response.json()) as { url?: string }).url };
}

/** Goes where next-auth answered (a hash-only change needs the reload to take effect). */
function go(url: string) {
  window.location.href = url;
  if (url.includes("#")) window.location.reload();
}

/**
 * Password sign-in that stays on the page: `error` is next-auth's code of a refusal (see sign-in-errors.ts), null
 * when the session cookie is set.
 */
export async function signInWithPassword(email: string, password: string): Promise<{ error: string | null }> {
  const { url } = await post("callback/credentials", { email, password, callbackUrl: window.location.href });
  return { error: url ? new URL(url, window.location.origin).searchParams.get("error") : null };
}

/** Starts single sign-on with `providerId`, leaving for the identity provider. */
export async function signInWith(providerId: string, callbackUrl: string): Promise<void> {
  const { url } = await post(`signin/${providerId}`, { callbackUrl });
  go(url ?? callbackUrl);
}

/** Ends this browser's session (clears the cookie) and goes to `callbackUrl`. */
export async function signOut(callbackUrl: string): Promise<void> {
  const { url } = await post("signout", { callbackUrl });
  go(url ?? callbackUrl);
}
