"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import type { UserTokenPurpose } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { setPasswordWithLinkAction } from "@/lib/users/link-actions";
import { ZPasswordChoice } from "@/lib/users/schemas";
import { fieldErrors } from "@/lib/validation/field-errors";
import { NewPasswordFields } from "./password-fields";

/** The invitation or reset page's form: the password rule is checked here first, then by the action. */
export function LinkPasswordForm({ token, purpose, email }: { token: string; purpose: UserTokenPurpose; email: string }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [done, setDone] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email, password: String(form.get("password") ?? ""), confirm: String(form.get("confirm") ?? "") };
    const parsed = ZPasswordChoice.safeParse(input);
    if (!parsed.success) {
      runner.setFieldErrors(fieldErrors(parsed.error, t));
      return;
    }
    runner.run(
      () => setPasswordWithLinkAction({ token, purpose, password: input.password, confirm: input.confirm }),
      () => setDone(true),
    );
  }

  if (done) {
    return (
      <section role="status" className="rounded-lg border border-green-200 bg-green-50 p-6 text-center">
        <h2 className="text-lg font-semibold">{t("users.invite.doneTitle")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("users.invite.doneBody", { email })}</p>
        <Link href="/login" className={`${buttonClass("primary")} mt-4`}>{t("users.invite.signIn")}</Link>
      </section>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <ActionError message={runner.error} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields t={t} errors={runner.fieldErrors} passwordLabel={t("users.invite.password")} confirmLabel={t("users.invite.confirm")} />
      <Button type="submit" disabled={runner.pending} className="w-full">{runner.pending ? t("users.invite.submitting") : t("users.invite.submit")}</Button>
    </form>
  );
}
