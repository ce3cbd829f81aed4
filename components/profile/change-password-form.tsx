"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { signInWithPassword } from "@/lib/auth/browser-auth";
import { useI18n } from "@/lib/i18n/client";
import { changePasswordAction } from "@/lib/users/profile-actions";
import { ZChangePassword, ZPasswordChoice } from "@/lib/users/schemas";
import { fieldErrors } from "@/lib/validation/field-errors";
import { NewPasswordFields } from "./password-fields";

/**
 * Current password, then the new one twice. Changing it ends every session of the user, this one included, so
 * the form signs in again with the new password; should that fail, the sign-in page takes over.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const runner = useActionRunner();
  const [changed, setChanged] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = { currentPassword: String(form.get("currentPassword") ?? ""), password: String(form.get("password") ?? ""), confirm: String(form.get("confirm") ?? "") };
    const current = ZChangePassword.safeParse(input);
    const rule = ZPasswordChoice.safeParse({ email, password: input.password, confirm: input.confirm });
    setChanged(false);
    if (!current.success || !rule.success) {
      runner.setFieldErrors({ ...(rule.success ? {} : fieldErrors(rule.error, t)), ...(current.success ? {} : fieldErrors(current.error, t)) });
      return;
    }
    runner.run(
      () => changePasswordAction(current.data),
      async () => {
        const again = await signInWithPassword(email, input.password).catch(() => null);
        if (!again || again.error) {
          router.push("/login");
          return;
        }
        formElement.reset();
        setChanged(true);
        router.refresh();
      },
    );
  }

  const errors = runner.fieldErrors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ActionError message={runner.error} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field label={t("users.profile.current")} name="currentPassword" error={errors.currentPassword}>
        <TextInput name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      </Field>
      <NewPasswordFields t={t} errors={errors} passwordLabel={t("users.profile.newPassword")} confirmLabel={t("users.profile.confirm")} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={runner.pending}>{runner.pending ? t("users.profile.changing") : t("users.profile.change")}</Button>
        <p role="status" className="text-sm text-green-700">{changed ? t("users.profile.changed") : null}</p>
      </div>
    </form>
  );
}
