"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { ROLES } from "@/lib/auth/roles";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";
import { createUserAction, type LinkHandout } from "@/lib/users/actions";
import type { TeamChoice } from "@/lib/users/queries";
import { ZCreateUser } from "@/lib/users/schemas";
import { fieldErrors } from "@/lib/validation/field-errors";
import { OneTimeLink } from "./one-time-link";

type Created = { userId: string; email: string; handout: LinkHandout };

/** Name, e-mail, role, language and teams; checked here and again by the action. Then the one-time link, once. */
export function CreateUserForm({ teams, defaultLocale }: { teams: TeamChoice[]; defaultLocale: Locale }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [created, setCreated] = useState<Created | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      role: String(form.get("role") ?? ""),
      locale: String(form.get("locale") ?? ""),
      teamIds: form.getAll("teamIds").map(String),
    };
    const parsed = ZCreateUser.safeParse(input);
    if (!parsed.success) {
      runner.setFieldErrors(fieldErrors(parsed.error, t));
      return;
    }
    runner.run(
      () => createUserAction(parsed.data),
      (data) => setCreated({ userId: data.userId, email: parsed.data.email, handout: data }),
    );
  }

  if (created) {
    return (
      <div className="space-y-4">
        <OneTimeLink handout={created.handout} email={created.email} />
        <div className="flex flex-wrap gap-2">
          <Link href={`/admin/users/${created.userId}`} className={buttonClass("primary")}>{t("users.link.openUser")}</Link>
          <Button variant="secondary" onClick={() => setCreated(null)}>{t("users.link.newUser")}</Button>
        </div>
      </div>
    );
  }

  const errors = runner.fieldErrors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="new-user-title">
      <h2 id="new-user-title" className="sr-only">{t("users.form.title")}</h2>
      <ActionError message={runner.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("users.form.name")} name="name" error={errors.name}>
          <TextInput name="name" autoComplete="off" required error={errors.name} />
        </Field>
        <Field label={t("users.form.email")} name="email" error={errors.email}>
          <TextInput name="email" type="email" autoComplete="off" required error={errors.email} />
        </Field>
        <Field label={t("users.form.role")} name="role" error={errors.role}>
          <Select name="role" defaultValue="MANAGER" error={errors.role} options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Field>
        <Field label={t("users.form.locale")} name="locale" error={errors.locale} hint={t("users.form.localeHint")}>
          <Select name="locale" defaultValue={defaultLocale} error={errors.locale} options={LOCALES.map((code) => ({ value: code, label: t(`languages.${code}`) }))} />
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t("users.form.teams")}</legend>
        {teams.length === 0 ? (
          <p className="mt-1 text-sm text-slate-500">{t("users.form.noTeams")}</p>
        ) : (
          <>
            <p className="text-xs text-slate-500">{t("users.form.teamsHint")}</p>
            <ul className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
              {teams.map((team) => (
                <li key={team.id}>
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="teamIds" value={team.id} className="size-4" />
                    {team.name}
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
        {errors.teamIds && <p className="mt-1 text-xs text-red-600">{errors.teamIds}</p>}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={runner.pending}>{runner.pending ? t("users.form.submitting") : t("users.form.submit")}</Button>
        <Link href="/admin/users" className={buttonClass("secondary")}>{t("users.form.cancel")}</Link>
      </div>
    </form>
  );
}
