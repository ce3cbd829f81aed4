import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Sign in" };

/** Only a path on this site may be the target after sign-in (no open redirect). */
function safeCallback(value: string | string[] | undefined) {
  const path = Array.isArray(value) ? value[0] : value;
  return path && path.startsWith("/") && !path.startsWith("//") ? path : "/dashboard";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const { t } = await getI18n();
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div className="text-3xl font-bold text-brand-700">{t("app.name")}</div>
          <h1 className="mt-2 text-xl font-semibold">{t("login.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("login.subtitle")}</p>
        </div>
        <LoginForm callbackUrl={callbackUrl} />
        <p className="mt-4 text-center text-xs text-slate-500">{t("login.demoHint")}</p>
        <div className="mt-4 flex justify-center">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
