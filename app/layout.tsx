import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BrowserSetup } from "@/components/ui/browser-setup";
import { I18nProvider } from "@/lib/i18n/client";
import { getLocale } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "KAM", template: "%s · KAM" },
  description: "Key Account Management",
};

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
