"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useState, useTransition, type ReactNode } from "react";
import { removeTeamMemberAction, updateTeamMemberAction } from "@/lib/team/actions";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import { TEAM_ROLES } from "./team-roles";

type Member = { id: string; teamRole: TeamRole; formal: boolean; user: { name: string; email: string } };

type RowState = {
  member: Member;
  teamRole: TeamRole;
  setTeamRole: (role: TeamRole) => void;
  formal: boolean;
  setFormal: (formal: boolean) => void;
  changed: boolean;
  pending: boolean;
  error: string | null;
  save: () => void;
  remove: () => void;
};

const RowContext = createContext<RowState | null>(null);

function useRow(): RowState {
  const state = useContext(RowContext);
  if (!state) throw new Error("A team member cell must be inside <TeamMemberRow>.");
  return state;
}

/**
 * One editable member row: the state its cells share (team role, formality, pending save). The table renders the
 * row; this wraps it, and the cells below read and change the state.
 */
export function TeamMemberRow({ accountId, member, children }: { accountId: string; member: Member; children: ReactNode }) {
  const router = useRouter();
  const [teamRole, setTeamRole] = useState<TeamRole>(member.teamRole);
  const [formal, setFormal] = useState(member.formal);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run(action: () => Promise<{ ok: boolean; error?: string }>) {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setError(result.error ?? null);
        return;
      }
      router.refresh();
    });
  }

  const state: RowState = {
    member,
    teamRole,
    setTeamRole,
    formal,
    setFormal,
    changed: teamRole !== member.teamRole || formal !== member.formal,
    pending,
    error,
    save: () => run(() => updateTeamMemberAction({ accountId, memberId: member.id, teamRole, formal })),
    remove: () => run(() => removeTeamMemberAction({ accountId, memberId: member.id })),
  };
  return <RowContext.Provider value={state}>{children}</RowContext.Provider>;
}

/** The member's team role, as a select. */
export function TeamRoleCell() {
  const { t } = useI18n();
  const { member, teamRole, setTeamRole } = useRow();
  return (
    <select aria-label={t("accountPage.team.roleOf", { name: member.user.name })} className={`${inputClass} mt-0`} value={teamRole} onChange={(e) => setTeamRole(e.target.value as TeamRole)}>
      {TEAM_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`domain.teamRole.${role}`)}
        </option>
      ))}
    </select>
  );
}

/** Formal or informal, as a checkbox. */
export function TeamFormalCell() {
  const { t } = useI18n();
  const { member, formal, setFormal } = useRow();
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" className="size-4" checked={formal} onChange={(e) => setFormal(e.target.checked)} aria-label={t("accountPage.team.formalOf", { name: member.user.name })} />
      {t(`domain.formal.${formal ? "true" : "false"}`)}
    </label>
  );
}

/** Save the changes or remove the member; the row's error shows here. */
export function TeamActionsCell() {
  const { t } = useI18n();
  const { member, changed, pending, error, save, remove } = useRow();
  return (
    <div aria-busy={pending}>
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" disabled={!changed || pending} onClick={save}>
          {pending ? t("accountPage.team.saving") : t("accountPage.team.save")}
        </Button>
        <Button size="sm" variant="danger" disabled={pending} aria-label={t("accountPage.team.removeLabel", { name: member.user.name })} onClick={remove}>
          {t("accountPage.team.remove")}
        </Button>
      </div>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
