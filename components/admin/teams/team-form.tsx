"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, inputClass, Select, TextInput } from "@/components/ui/field";
import { ActionError, unchecked, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { createTeamAction, deleteTeamAction, updateTeamAction } from "@/lib/sales-teams/actions";
import type { PersonChoice } from "@/lib/sales-teams/queries";

type Team = { id: string; name: string; leaderId: string | null; memberIds: string[] };

/**
 * A team's name, leader and members. The member list can be narrowed by typing; chosen members stay chosen
 * while hidden. Creating leads to the team's page; deleting asks first.
 */
export function TeamForm({ team, people }: { team: Team | null; people: PersonChoice[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const runner = useActionRunner();
  const [members, setMembers] = useState<Set<string>>(() => new Set(team?.memberIds ?? []));
  const [filter, setFilter] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle ? people.filter((p) => p.name.toLowerCase().includes(needle) || p.email.toLowerCase().includes(needle)) : people;
  }, [people, filter]);

  function toggle(id: string, on: boolean) {
    setMembers((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), leaderId: String(form.get("leaderId") ?? ""), memberIds: [...members] };
    setSaved(null);
    if (team) {
      runner.run(
        () => updateTeamAction(unchecked({ ...input, teamId: team.id })),
        () => {
          setSaved(t("users.teams.saved"));
          router.refresh();
        },
        { fieldsOnly: true },
      );
    } else {
      runner.run(
        () => createTeamAction(unchecked(input)),
        (data) => router.push(`/admin/teams/${data.teamId}`),
        { fieldsOnly: true },
      );
    }
  }

  function remove() {
    if (!team || !window.confirm(t("users.teams.deleteConfirm", { name: team.name }))) return;
    runner.run(
      () => deleteTeamAction({ teamId: team.id }),
      () => router.push("/admin/teams"),
    );
  }

  const errors = runner.fieldErrors;
  const activePeople = people.filter((p) => p.active || p.id === team?.leaderId);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <ActionError message={runner.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("users.teams.name")} name="name" error={errors.name}>
          <TextInput name="name" defaultValue={team?.name ?? ""} required autoComplete="off" error={errors.name} />
        </Field>
        <Field label={t("users.teams.leader")} name="leaderId" error={errors.leaderId}>
          <Select
            name="leaderId"
            defaultValue={team?.leaderId ?? ""}
            placeholder={t("users.teams.noLeader")}
            error={errors.leaderId}
            options={activePeople.map((p) => ({ value: p.id, label: `${p.name} (${t(`roles.${p.role}`)})` }))}
          />
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t("users.teams.members")}</legend>
        <p className="text-xs text-slate-500" role="status">{t("users.teams.membersHint", { count: members.size })}</p>
        <label htmlFor="team-people-filter" className="mt-2 block text-xs font-medium text-slate-600">{t("users.teams.filterPeople")}</label>
        <input
          id="team-people-filter"
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          placeholder={t("users.teams.filterPlaceholder")}
          className={`${inputClass} sm:max-w-xs`}
        />
        {shown.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">{t("users.teams.noPeople")}</p>
        ) : (
          <ul className="mt-2 grid max-h-80 gap-1 overflow-y-auto rounded-md border border-slate-100 p-2 sm:grid-cols-2">
            {shown.map((person) => (
              <li key={person.id}>
                <label className={`flex items-center gap-2 text-sm ${person.active ? "" : "text-slate-500"}`}>
                  <input type="checkbox" checked={members.has(person.id)} onChange={(event) => toggle(person.id, event.target.checked)} className="size-4" />
                  <span>
                    {person.name} <span className="text-xs text-slate-500">· {t(`roles.${person.role}`)}</span>
                    {!person.active && ` (${t("users.teams.inactive")})`}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={runner.pending}>{runner.pending ? t("users.teams.saving") : t("users.teams.save")}</Button>
        <Link href="/admin/teams" className={buttonClass("secondary")}>{t("users.teams.back")}</Link>
        {team && (
          <Button variant="danger" onClick={remove} disabled={runner.pending} className="sm:ml-auto">
            {t("users.teams.delete")}
          </Button>
        )}
        <p role="status" className="text-sm text-green-700">{saved}</p>
      </div>
    </form>
  );
}
