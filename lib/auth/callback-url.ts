/**
 * Where a user lands after signing in when no (acceptable) target was asked for: the home page, which sends managers
 * to their work of the day and directors and admins to the dashboard.
 */
export const AFTER_SIGN_IN = "/";

/** Any character a browser strips or rewrites in a URL (controls, whitespace) or reads as a slash (backslash). */
const UNSAFE = /[\u0000-\u0020\u007f-\u00a0\\\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const PROBE_ORIGIN = "http://kam.invalid";

/**
 * The target after sign-in, accepted only as a path on this site: "/accounts?q=steel" passes; "//evil.example",
 * "/\evil.example", "/<TAB>/evil.example" and "https://evil.example" become the home page. Browsers drop tabs and
 * newlines and read "\" as "/", so such characters are refused outright rather than interpreted.
 */
export function safeCallbackPath(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return AFTER_SIGN_IN;
  if (!raw.startsWith("/") || raw.startsWith("//") || UNSAFE.test(raw)) return AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return AFTER_SIGN_IN;
  }
  if (url.origin !== PROBE_ORIGIN) return AFTER_SIGN_IN;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Back to the sign-in page would only show the form again.
  return path.startsWith("//") || url.pathname === "/login" ? AFTER_SIGN_IN : path;
}

/**
 * next-auth's redirect callback: `url` is relative or absolute; only a same-origin target survives, as an absolute
 * URL on `baseUrl` with its path checked by `safeCallbackPath`.
 */
export function safeRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  let path: unknown = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      path = absolute.origin === new URL(baseUrl).origin ? `${absolute.pathname}${absolute.search}${absolute.hash}` : null;
    } catch {
      path = null;
    }
  }
  return `${baseUrl.replace(/\/+$/, "")}${safeCallbackPath(path)}`;
}
