import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { authConfig } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/session";
import { parseSignInError } from "@/lib/auth/sign-in-errors";
import { getI18n } from "@/lib/i18n/server";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.signIn");

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Only a path on this site may be the target after sign-in (no open redirect).
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const { t } = await getI18n();
  const config = authConfig();
  const error = parseSignInError(Array.isArray(params.error) ? params.error[0] : params.error);
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div className="text-3xl font-bold text-brand-700">{t("app.name")}</div>
          <h1 className="mt-2 text-xl font-semibold">{t("login.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("login.subtitle")}</p>
        </div>
        <LoginForm
          callbackUrl={callbackUrl}
          passwordSignIn={config.passwordSignIn}
          sso={config.oidc ? { label: config.oidc.label } : null}
          initialError={error}
        />
        {config.passwordSignIn && <p className="mt-4 text-center text-xs text-slate-500">{t("login.demoHint")}</p>}
        <div className="mt-4 flex justify-center">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
