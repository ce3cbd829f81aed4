import type { MetadataRoute } from "next";
import { BRAND_COLOR } from "@/components/shell/app-icon";
import { getI18n } from "@/lib/i18n/server";

/** Makes KAM installable as an app (name, icons, colours), in the user's language. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const { t, locale } = await getI18n();
  return {
    name: `${t("app.name")} · ${t("app.tagline")}`,
    short_name: t("app.name"),
    description: t("shell.manifestDescription"),
    lang: locale === "zh" ? "zh-CN" : "en",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: BRAND_COLOR,
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/pwa-icon/192", sizes: "192x192", type: "image/png" },
      { src: "/pwa-icon/512", sizes: "512x512", type: "image/png" },
      { src: "/pwa-icon/maskable-512", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
