import { encode } from "next-auth/jwt";
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
  }),
  headers: async () => new Headers(),
}));

import LoginPage from "@/app/(auth)/login/page";
import { LoginForm } from "@/components/auth/login-form";
import { AFTER_SIGN_IN, safeCallbackPath, safeRedirect } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

/** Targets that leave the site, each as reported or as a browser would read it. */
const OFF_SITE = [
  "/\\evil.example",
  "/\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/ /evil.example",
  "//evil.example",
  "///evil.example",
  "https://evil.example",
  "http:evil.example",
  "javascript:alert(1)",
  "\\\\evil.example",
  "/%09/evil.example".replace("%09", "\t"),
  " /dashboard",
  "evil.example",
  "",
];

describe("the target after sign-in is a path on this site or the home page", () => {
  it.each(OFF_SITE)("%j becomes the home page", (target) => {
    expect(safeCallbackPath(target)).toBe(AFTER_SIGN_IN);
  });

  it.each([
    ["/accounts", "/accounts"],
    ["/accounts?q=steel&page=2", "/accounts?q=steel&page=2"],
    ["/accounts/abc#plan", "/accounts/abc#plan"],
    ["/accounts/%2F%2Fevil.example", "/accounts/%2F%2Fevil.example"],
    ["/a/../b", "/b"],
  ])("%j stays %j", (target, expected) => {
    expect(safeCallbackPath(target)).toBe(expected);
  });

  it("refuses non-strings, arrays take their first value, and the sign-in page itself is no target", () => {
    expect(safeCallbackPath(undefined)).toBe(AFTER_SIGN_IN);
    expect(safeCallbackPath(42)).toBe(AFTER_SIGN_IN);
    expect(safeCallbackPath(["/board", "/\\evil.example"])).toBe("/board");
    expect(safeCallbackPath("/login?callbackUrl=/accounts")).toBe(AFTER_SIGN_IN);
    expect(safeCallbackPath(`/${"a".repeat(3000)}`)).toBe(AFTER_SIGN_IN);
  });
});

describe("next-auth's redirect callback", () => {
  const baseUrl = "https://kam.example.com";
  const redirect = authOptions.callbacks!.redirect!;

  it.each(OFF_SITE)("%j ends at the home page of this site", async (url) => {
    expect(await redirect({ url, baseUrl })).toBe(`${baseUrl}/`);
  });

  it("keeps same-origin targets, absolute or relative", async () => {
    expect(await redirect({ url: "/accounts?q=1", baseUrl })).toBe(`${baseUrl}/accounts?q=1`);
    expect(await redirect({ url: `${baseUrl}/board`, baseUrl })).toBe(`${baseUrl}/board`);
  });

  it("refuses other origins and same-host tricks", async () => {
    expect(await redirect({ url: "https://kam.example.com.evil.example/board", baseUrl })).toBe(`${baseUrl}/`);
    expect(await redirect({ url: "http://kam.example.com/board", baseUrl })).toBe(`${baseUrl}/`);
    expect(await redirect({ url: `${baseUrl}//evil.example`, baseUrl })).toBe(`${baseUrl}/`);
    expect(await redirect({ url: `${baseUrl}/\\evil.example`, baseUrl })).toBe(`${baseUrl}/`);
    expect(safeRedirect({ url: "/accounts", baseUrl: `${baseUrl}/` })).toBe(`${baseUrl}/accounts`);
  });
});

/** The LoginForm element in the page's element tree. */
function findForm(node: ReactNode): ReactElement<Parameters<typeof LoginForm>[0]> | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findForm(child);
      if (found) return found;
    }
    return null;
  }
  if (!isValidElement(node)) return null;
  if (node.type === LoginForm) return node as ReactElement<Parameters<typeof LoginForm>[0]>;
  return findForm((node.props as { children?: ReactNode }).children);
}

describe("the sign-in page", () => {
  let token: string;
  beforeAll(async () => {
    await resetDatabase();
    const user = await createUser(testDb());
    token = await encode({ token: { id: user.id, role: user.role, sv: 0 }, secret: process.env.NEXTAUTH_SECRET! });
  });

  const open = (callbackUrl: string) => LoginPage({ searchParams: Promise.resolve({ callbackUrl }) });

  it.each(OFF_SITE.filter(Boolean))("sends a signed-in user asked for %j to the home page", async (callbackUrl) => {
    request.cookies.set("next-auth.session-token", token);
    await expect(open(callbackUrl)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/;/) });
  });

  it("sends a signed-in user to a path on this site", async () => {
    request.cookies.set("next-auth.session-token", token);
    await expect(open("/accounts?q=steel")).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/accounts\?q=steel;/) });
  });

  it("hands the form only a safe target, and the password form and no SSO button by default", async () => {
    request.cookies.clear();
    const form = findForm(await open("/\\evil.example"));
    expect(form?.props).toMatchObject({ callbackUrl: "/", passwordSignIn: true, sso: null, initialError: null });
  });

  it("passes a refusal from the URL to the form as a known error, never as raw text", async () => {
    request.cookies.clear();
    const page = await LoginPage({ searchParams: Promise.resolve({ error: "SsoDeactivated" }) });
    expect(findForm(page)?.props.initialError).toEqual({ kind: "ssoDeactivated" });
    const odd = await LoginPage({ searchParams: Promise.resolve({ error: "<script>alert(1)</script>" }) });
    expect(findForm(odd)?.props.initialError).toEqual({ kind: "unexpected" });
  });
});
