"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { ROLES, type PortfolioScope, type Role } from "@/lib/auth/roles";
import { PortfolioScope as SCOPES } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import type { ActionResult } from "@/lib/server/result";
import { changeRoleAction, setDirectorScopeAction, setUserTeamsAction } from "@/lib/users/actions";
import type { TeamChoice } from "@/lib/users/queries";

/** Runs a save; on success shows `savedText` next to the button and re-renders the page's server data. */
function useSave() {
  const router = useRouter();
  const runner = useActionRunner();
  const [saved, setSaved] = useState<string | null>(null);
  function save<T>(action: () => Promise<ActionResult<T>>, savedText: string) {
    setSaved(null);
    runner.run(action, () => {
      setSaved(savedText);
      router.refresh();
    });
  }
  return { pending: runner.pending, error: runner.error, saved, save };
}

/** A short confirmation next to the button that saved, announced to screen readers. */
function Saved({ text }: { text: string | null }) {
  return <p role="status" className="text-sm text-green-700">{text}</p>;
}

/** The user's role (the last active admin cannot be demoted: the action says so). */
export function RoleForm({ userId, role }: { userId: string; role: Role }) {
  const { t } = useI18n();
  const runner = useSave();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = String(new FormData(event.currentTarget).get("role")) as Role;
    runner.save(() => changeRoleAction({ userId, role: next }), t("users.detail.roleSaved"));
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <ActionError message={runner.error} />
      <Field label={t("users.detail.role")} name="role">
        <Select name="role" defaultValue={role} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={runner.pending}>{runner.pending ? t("users.detail.working") : t("users.detail.saveRole")}</Button>
        <Saved text={runner.saved} />
      </div>
    </form>
  );
}

/** Whole portfolio or the director's sales teams. */
export function ScopeForm({ userId, scope }: { userId: string; scope: PortfolioScope }) {
  const { t } = useI18n();
  const runner = useSave();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = String(new FormData(event.currentTarget).get("scope")) as PortfolioScope;
    runner.save(() => setDirectorScopeAction({ userId, scope: next }), t("users.detail.scopeSaved"));
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <ActionError message={runner.error} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t("users.detail.scope")}</legend>
        <div className="mt-2 space-y-2">
          {Object.values(SCOPES).map((value) => (
            <label key={value} className="flex items-start gap-2 text-sm">
              <input type="radio" name="scope" value={value} defaultChecked={value === scope} className="mt-0.5 size-4" />
              <span>
                <span className="font-medium">{t(`users.scope.${value}`)}</span>
                <span className="block text-xs text-slate-500">{t(`users.scope.${value}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={runner.pending}>{runner.pending ? t("users.detail.working") : t("users.detail.saveScope")}</Button>
        <Saved text={runner.saved} />
      </div>
    </form>
  );
}

/** The teams the user is a member of, as a whole. */
export function TeamsForm({ userId, teams, memberOf }: { userId: string; teams: TeamChoice[]; memberOf: string[] }) {
  const { t } = useI18n();
  const runner = useSave();
  if (teams.length === 0) return <p className="text-sm text-slate-500">{t("users.form.noTeams")}</p>;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const teamIds = new FormData(event.currentTarget).getAll("teamIds").map(String);
    runner.save(() => setUserTeamsAction({ userId, teamIds }), t("users.detail.teamsSaved"));
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <ActionError message={runner.error} />
      <fieldset>
        <legend className="sr-only">{t("users.detail.teamsTitle")}</legend>
        <ul className="grid gap-1 sm:grid-cols-2">
          {teams.map((team) => (
            <li key={team.id}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="teamIds" value={team.id} defaultChecked={memberOf.includes(team.id)} className="size-4" />
                {team.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={runner.pending}>{runner.pending ? t("users.detail.working") : t("users.detail.saveTeams")}</Button>
        <Saved text={runner.saved} />
      </div>
    </form>
  );
}
