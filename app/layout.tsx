import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { BRAND_COLOR } from "@/components/shell/app-icon";
import { BrowserSetup } from "@/components/ui/browser-setup";
import { I18nProvider } from "@/lib/i18n/client";
import { getLocale } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "KAM", template: "%s · KAM" },
  description: "Key Account Management",
  applicationName: "KAM",
  appleWebApp: { capable: true, title: "KAM", statusBarStyle: "default" },
};

export const viewport: Viewport = { themeColor: BRAND_COLOR, width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen">
        <BrowserSetup />
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
