import { encode } from "next-auth/jwt";
import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import type { NextConfig } from "next";
import { config as proxyConfig, proxy } from "@/proxy";

// A plain ESM file without type declarations, as Next loads it.
const nextConfig = ((await import("@/next.config.mjs" as string)) as { default: NextConfig }).default;

/**
 * Security headers: the proxy's per-request CSP (nonce, no framing) and HSTS, next.config's static headers on every
 * response, and a matcher that covers every page but never the CSV upload (whose body the proxy would cut).
 */
const publicUrl = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (publicUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = publicUrl;
});

const signedIn = async () => {
  const token = await encode({ token: { sub: "user-1", email: "a@b.kam" }, secret: process.env.NEXTAUTH_SECRET! });
  return { cookie: `next-auth.session-token=${token}` };
};
const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(`http://localhost:3000${path}`, { headers });

/** The directives of a CSP header by name. */
const directives = (csp: string | null) => Object.fromEntries((csp ?? "").split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe("the proxy's headers", () => {
  it("pages get a CSP with a fresh nonce that Next also sees on the request, and may not be framed", async () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const [first, second] = [await proxy(request("/dashboard", await signedIn())), await proxy(request("/dashboard", await signedIn()))];
    const csp = first.headers.get("content-security-policy");
    const d = directives(csp);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(d["script-src"]).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(d["frame-ancestors"]).toEqual(["'none'"]);
    expect(d["object-src"]).toEqual(["'none'"]);
    expect(d["base-uri"]).toEqual(["'self'"]);
    expect(d["default-src"]).toEqual(["'self'"]);
    expect(d["upgrade-insecure-requests"]).toBeUndefined();
    // NextResponse.next({ request: { headers } }) forwards these to the render, where Next reads the nonce.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(second.headers.get("content-security-policy")).not.toBe(csp);
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });

  it("the sign-in page is public and gets the CSP too; a page without a session redirects, also with the CSP", async () => {
    const login = await proxy(request("/login?callbackUrl=%2Faccounts"));
    expect(login.headers.get("x-middleware-next")).toBe("1");
    expect(directives(login.headers.get("content-security-policy"))["frame-ancestors"]).toEqual(["'none'"]);

    const page = await proxy(request("/accounts?owner=all"));
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toBe("http://localhost:3000/login?callbackUrl=%2Faccounts%3Fowner%3Dall");
    expect(directives(page.headers.get("content-security-policy"))["frame-ancestors"]).toEqual(["'none'"]);
  });

  it("HSTS and upgrade-insecure-requests only when the public URL is https", async () => {
    process.env.NEXTAUTH_URL = "https://kam.example.com";
    const response = await proxy(request("/login"));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(directives(response.headers.get("content-security-policy"))["upgrade-insecure-requests"]).toEqual([]);
    delete process.env.NEXTAUTH_URL;
    expect((await proxy(request("/login"))).headers.get("strict-transport-security")).toBeNull();
  });
});

describe("next.config.mjs headers", () => {
  const headersOf = async (url: string) => (await unstable_getResponseFromNextConfig({ url, nextConfig })).headers;

  it.each(["/dashboard", "/login", "/_next/static/chunks/main.js", "/api/auth/session", "/accounts/import/upload"])(
    "%s: no framing, no sniffing, origin-only referrer",
    async (url) => {
      const headers = await headersOf(`http://localhost:3000${url}`);
      expect(headers.get("x-frame-options")).toBe("DENY");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    },
  );

  it("the upload, outside the proxy, gets a CSP that allows nothing", async () => {
    expect((await headersOf("http://localhost:3000/accounts/import/upload?kind=orders&mode=check")).get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });
});

describe("the proxy matcher", () => {
  const matches = (url: string) => unstable_doesMiddlewareMatch({ config: proxyConfig, nextConfig, url });

  it("covers every page and server action, the sign-in page included", () => {
    for (const url of ["/", "/dashboard", "/login", "/accounts", "/accounts/import", "/accounts/abc/export/orders", "/board"]) expect([url, matches(url)]).toEqual([url, true]);
  });

  it("never covers the CSV upload, whose body Next would buffer and cut at 10 MB, nor static files and next-auth", () => {
    for (const url of ["/accounts/import/upload", "/accounts/import/upload?kind=orders&mode=commit", "/_next/static/chunks/main.js", "/api/auth/session", "/favicon.ico"]) {
      expect([url, matches(url)]).toEqual([url, false]);
    }
  });
});
