"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { addTeamMemberAction } from "@/lib/team/actions";
import { Button } from "@/components/ui/button";
import { unchecked } from "@/components/ui/use-action-runner";
import { Field, Select } from "@/components/ui/field";
import type { Role } from "@/lib/auth/roles";
import { useI18n } from "@/lib/i18n/client";
import { TEAM_ROLES } from "./team-roles";

type Candidate = { id: string; name: string; role: Role };

/** Adds a person to the team: user, team role, formal or informal. The action checks the input. */
export function TeamAddForm({ accountId, candidates }: { accountId: string; candidates: Candidate[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = { accountId, userId: String(form.get("userId") ?? ""), teamRole: String(form.get("teamRole") ?? ""), formal: form.get("formal") === "on" };
    setMessage(null);
    startTransition(async () => {
      const result = await addTeamMemberAction(unchecked(input));
      if (!result.ok) {
        const fields = result.fieldErrors ?? {};
        setErrors(fields);
        // A refused input shows at its fields only, as the check in the browser did before.
        setMessage(result.code === "INVALID" && Object.keys(fields).length > 0 ? null : { ok: false, text: result.error });
        return;
      }
      setErrors({});
      formElement.reset();
      setMessage({ ok: true, text: t("accountPage.team.added") });
      router.refresh();
    });
  }

  if (candidates.length === 0) return <p className="text-sm text-slate-500">{t("accountPage.team.noCandidates")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="team-add-title" className="space-y-3">
      <h3 id="team-add-title" className="text-sm font-semibold">{t("accountPage.team.addTitle")}</h3>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("accountPage.team.person")} name="userId" error={errors.userId}>
          <Select name="userId" error={errors.userId} placeholder={t("accountPage.team.chooseUser")} defaultValue="" options={candidates.map((c) => ({ value: c.id, label: `${c.name} (${t(`roles.${c.role}`)})` }))} />
        </Field>
        <Field label={t("accountPage.team.role")} name="teamRole" error={errors.teamRole}>
          <Select name="teamRole" error={errors.teamRole} placeholder="" defaultValue="" options={TEAM_ROLES.map((role) => ({ value: role, label: t(`domain.teamRole.${role}`) }))} />
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" name="formal" defaultChecked className="size-4" />
          {t("accountPage.team.formal")}
        </label>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("accountPage.team.adding") : t("accountPage.team.add")}
        </Button>
        {message && (
          <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-green-700" : "text-red-600"}`}>
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}
