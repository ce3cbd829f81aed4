"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";
import { setLocaleAction } from "@/lib/preferences/actions";
import { updateProfileAction } from "@/lib/users/profile-actions";
import { ZProfile } from "@/lib/users/schemas";
import { fieldErrors } from "@/lib/validation/field-errors";

/** Name and language; a new language also switches this browser's interface at once. */
export function ProfileForm({ name, locale }: { name: string; locale: Locale }) {
  const { t, locale: shown } = useI18n();
  const router = useRouter();
  const runner = useActionRunner();
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = ZProfile.safeParse({ name: String(form.get("name") ?? ""), locale: String(form.get("locale") ?? "") });
    setSaved(false);
    if (!parsed.success) {
      runner.setFieldErrors(fieldErrors(parsed.error, t));
      return;
    }
    runner.run(
      () => updateProfileAction(parsed.data),
      async () => {
        if (parsed.data.locale !== shown) await setLocaleAction(parsed.data.locale);
        setSaved(true);
        router.refresh();
      },
    );
  }

  const errors = runner.fieldErrors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ActionError message={runner.error} />
      <Field label={t("users.profile.name")} name="name" error={errors.name}>
        <TextInput name="name" defaultValue={name} autoComplete="name" required error={errors.name} />
      </Field>
      <Field label={t("users.profile.language")} name="locale" error={errors.locale}>
        <Select name="locale" defaultValue={locale} error={errors.locale} options={LOCALES.map((code) => ({ value: code, label: t(`languages.${code}`) }))} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={runner.pending}>{runner.pending ? t("users.profile.saving") : t("users.profile.save")}</Button>
        <p role="status" className="text-sm text-green-700">{saved ? t("users.profile.saved") : null}</p>
      </div>
    </form>
  );
}
