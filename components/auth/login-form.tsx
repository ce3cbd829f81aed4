"use client";

import { useState, type FormEvent } from "react";
import { signInWith, signInWithPassword } from "@/lib/auth/browser-auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { checkSignIn } from "@/lib/auth/sign-in-input";
import { parseSignInError, waitMinutes, type SignInError } from "@/lib/auth/sign-in-errors";
import { OIDC_PROVIDER_ID } from "@/lib/auth/sso-id";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

type FieldErrors = Partial<Record<"email" | "password", MessageKey>>;

const MESSAGES: Record<Exclude<SignInError["kind"], "throttled">, MessageKey> = {
  invalidCredentials: "login.invalidCredentials",
  passwordDisabled: "auth.signIn.passwordDisabled",
  ssoNoAccount: "auth.sso.noAccount",
  ssoDeactivated: "auth.sso.deactivated",
  ssoNoEmail: "auth.sso.noEmail",
  ssoFailed: "auth.sso.failed",
  unexpected: "login.unexpected",
};

function errorMessage(t: Translate, error: SignInError) {
  return error.kind === "throttled"
    ? t("auth.signIn.throttled", { minutes: waitMinutes(error.retryAfterSeconds ?? 60) })
    : t(MESSAGES[error.kind]);
}

/**
 * Password sign-in (unless switched off) and the single sign-on button (when configured). `initialError` is a
 * refusal that came back in the page's URL, e.g. from the identity provider round trip.
 */
export function LoginForm({
  callbackUrl,
  passwordSignIn,
  sso,
  initialError,
}: {
  callbackUrl: string;
  passwordSignIn: boolean;
  sso: { label: string } | null;
  initialError: SignInError | null;
}) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<SignInError | null>(initialError);
  const [pending, setPending] = useState<"password" | "sso" | null>(null);
  // Checked again here: the form must never send anyone off-site, whatever it was given.
  const target = safeCallbackPath(callbackUrl);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = checkSignIn({ email: form.get("email"), password: form.get("password") });
    setFormError(null);
    if (!parsed.ok) {
      const next: FieldErrors = {};
      if (parsed.errors.email) next.email = `login.${parsed.errors.email}`;
      if (parsed.errors.password) next.password = `login.${parsed.errors.password}`;
      setErrors(next);
      return;
    }
    setErrors({});
    setPending("password");
    try {
      const result = await signInWithPassword(parsed.data.email, parsed.data.password);
      if (result.error) {
        setFormError(parseSignInError(result.error) ?? { kind: "unexpected" });
        setPending(null);
        return;
      }
      // A full navigation so the server renders the shell with the new session cookie.
      window.location.assign(target);
    } catch {
      setFormError({ kind: "unexpected" });
      setPending(null);
    }
  }

  async function onSso() {
    setFormError(null);
    setPending("sso");
    try {
      await signInWith(OIDC_PROVIDER_ID, target);
    } catch {
      setFormError({ kind: "ssoFailed" });
      setPending(null);
    }
  }

  const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-500";
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {formError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="sign-in-error">
          {errorMessage(t, formError)}
        </p>
      )}
      {!passwordSignIn && !sso && <p className="text-sm text-slate-700">{t("auth.signIn.noMethod")}</p>}
      {sso && (
        <button
          type="button"
          onClick={onSso}
          disabled={pending !== null}
          className="w-full rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
        >
          {pending === "sso" ? t("auth.sso.redirecting") : t("auth.sso.button", { provider: sso.label })}
        </button>
      )}
      {sso && passwordSignIn && (
        <div className="flex items-center gap-3 text-xs uppercase text-slate-500" aria-hidden="true">
          <span className="h-px flex-1 bg-slate-200" />
          {t("auth.sso.or")}
          <span className="h-px flex-1 bg-slate-200" />
        </div>
      )}
      {passwordSignIn && (
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <label className="block text-sm font-medium">
            {t("login.email")}
            <input name="email" type="email" autoComplete="username" required className={input} aria-invalid={!!errors.email} aria-describedby={errors.email ? "email-error" : undefined} />
            {errors.email && <span id="email-error" className="mt-1 block text-xs text-red-600">{t(errors.email)}</span>}
          </label>
          <label className="block text-sm font-medium">
            {t("login.password")}
            <input name="password" type="password" autoComplete="current-password" required className={input} aria-invalid={!!errors.password} aria-describedby={errors.password ? "password-error" : undefined} />
            {errors.password && <span id="password-error" className="mt-1 block text-xs text-red-600">{t(errors.password)}</span>}
          </label>
          <button type="submit" disabled={pending !== null} className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {pending === "password" ? t("login.submitting") : t("login.submit")}
          </button>
        </form>
      )}
    </div>
  );
}
