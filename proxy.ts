import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

/**
 * The first gate of every page and server action: a Content-Security-Policy with a fresh nonce per request (Next
 * reads it from the request's CSP header and puts it on its own scripts, so no inline script without it runs),
 * HSTS when the site is served over https, and the redirect to /login for requests without a session. Pages and
 * actions still check the session themselves (requireUser): this is the first gate, not the only one.
 *
 * The static headers (X-Frame-Options, X-Content-Type-Options, Referrer-Policy) come from next.config.mjs for
 * every response, including those the proxy does not see.
 */

/**
 * Pages anyone may open: signing in, and the one-time links for setting a password. The REST API (/api/v1) has no
 * session: its routes check the Bearer key themselves and answer 401 problem+json, never a redirect to /login.
 */
const PUBLIC_PATHS = ["/login", "/invite", "/reset-password", "/api/v1"];

const isPublic = (pathname: string) => PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));

/** The public URL is https (NEXTAUTH_URL): then browsers are told to use nothing else. */
const servesHttps = () => (process.env.NEXTAUTH_URL ?? "").trim().toLowerCase().startsWith("https://");

const HSTS = "max-age=63072000; includeSubDomains";

/**
 * The policy: scripts only with this request's nonce (and what they load: 'strict-dynamic'); styles from the site
 * plus inline style attributes, which React and recharts set on SVG and layout elements (an attribute cannot carry
 * a nonce); everything else from the site only; no plugins; no framing by anyone (clickjacking), no foreign form
 * targets or <base>. Development adds 'unsafe-eval', which React's dev tooling needs.
 */
function contentSecurityPolicy(nonce: string, { dev = false, https = false }: { dev?: boolean; https?: boolean } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function newNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export async function proxy(request: NextRequest) {
  const https = servesHttps();
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  let response: NextResponse;
  const { pathname, search } = request.nextUrl;
  if (!isPublic(pathname) && !(await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET }))) {
    const login = new URL("/login", request.url);
    const back = pathname + search;
    if (back !== "/") login.searchParams.set("callbackUrl", back);
    response = NextResponse.redirect(login);
  } else {
    // Next takes the nonce from the request's CSP header while rendering; x-nonce is for our own code if it needs it.
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    // For layouts that must answer 404 before a loading state starts the response (components/shell/record-guard.ts).
    headers.set("x-pathname", pathname);
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

/**
 * Everything but next-auth's routes, static files (the icons and the install manifest too: the browser fetches
 * them without the session cookie, the sign-in page included) and the CSV upload. The upload must stay outside: for a request
 * the proxy sees, Next buffers a copy of the body and silently cuts it at `proxyClientMaxBodySize` (10 MB by
 * default), which would import a cut file; the upload route checks session and origin itself (defineRoute). The REST
 * API stays outside for the same reason (a bulk request of 10,000 rows may pass 10 MB; its wrapper limits bodies
 * itself) and because it never has a session to look for.
 */
export const config = {
  matcher: ["/((?!api/auth|api/v1/|accounts/import/upload|_next/static|_next/image|favicon.ico|icon.svg|apple-icon|pwa-icon/|manifest.webmanifest).*)"],
};
