"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";
import { ZSignIn } from "@/lib/auth/schemas";

type FieldErrors = Partial<Record<"email" | "password", MessageKey>>;

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = ZSignIn.safeParse({ email: form.get("email"), password: form.get("password") });
    setFormError(null);
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as keyof FieldErrors] = `login.${issue.message}` as MessageKey;
      setErrors(next);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result || result.error) {
        setFormError(result?.error === "CredentialsSignin" ? "login.invalidCredentials" : "login.unexpected");
        setPending(false);
        return;
      }
      // A full navigation so the server renders the shell with the new session cookie.
      window.location.assign(callbackUrl);
    } catch {
      setFormError("login.unexpected");
      setPending(false);
    }
  }

  const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-500";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {formError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {t(formError)}
        </p>
      )}
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
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("login.submitting") : t("login.submit")}
      </button>
    </form>
  );
}
