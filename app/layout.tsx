import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import Script from "next/script";
import type { ReactNode } from "react";
import { BRAND_COLOR } from "@/components/shell/app-icon";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { CORE_SCOPES, getLocale } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "KAM", template: "%s · KAM" },
  description: "Key Account Management",
  applicationName: "KAM",
  appleWebApp: { capable: true, title: "KAM", statusBarStyle: "default" },
};

export const viewport: Viewport = { themeColor: BRAND_COLOR, width: "device-width", initialScale: 1 };

/**
 * zod compiles object parsers with `new Function` unless told not to, and its probe for that trips the
 * Content-Security-Policy (no 'unsafe-eval'): the browser reports a violation on every page with a form, although
 * zod catches the refusal. zod reads its settings from `globalThis.__zod_globalConfig` and probes when a schema is
 * built, so the setting must be in place before any of the app's scripts runs: an inline script ahead of them,
 * carrying this request's CSP nonce. Without the probe the parsers are the same, just not compiled.
 */
const ZOD_JITLESS = "globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true});";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // The proxy's per-request CSP nonce (see proxy.ts), for the one inline script of our own.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen">
        <Script id="kam-zod-jitless" strategy="beforeInteractive" nonce={nonce}>
          {ZOD_JITLESS}
        </Script>
        <ClientMessages scopes={CORE_SCOPES}>
          {children}
        </ClientMessages>
      </body>
    </html>
  );
}
