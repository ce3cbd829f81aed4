"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeTeamMemberAction, updateTeamMemberAction } from "@/app/(app)/accounts/[id]/team-actions";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import { TEAM_ROLES } from "./team-roles";

type Member = { id: string; teamRole: TeamRole; formal: boolean; user: { name: string; email: string } };

/** One editable member row: change team role and formality, or remove from the team. */
export function TeamMemberRow({ accountId, member }: { accountId: string; member: Member }) {
  const { t } = useI18n();
  const router = useRouter();
  const [teamRole, setTeamRole] = useState<TeamRole>(member.teamRole);
  const [formal, setFormal] = useState(member.formal);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const changed = teamRole !== member.teamRole || formal !== member.formal;
  const name = member.user.name;

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

  return (
    <tr aria-busy={pending}>
      <td className="px-3 py-2 text-sm">
        <span className="font-medium">{name}</span>
        <span className="block text-xs text-slate-500">{member.user.email}</span>
      </td>
      <td className="px-3 py-2 text-sm">
        <select aria-label={t("accountDetail.team.roleOf", { name })} className={`${inputClass} mt-0`} value={teamRole} onChange={(e) => setTeamRole(e.target.value as TeamRole)}>
          {TEAM_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`domain.teamRole.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="px-3 py-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" className="size-4" checked={formal} onChange={(e) => setFormal(e.target.checked)} aria-label={t("accountDetail.team.formalOf", { name })} />
          {t(`domain.formal.${formal ? "true" : "false"}`)}
        </label>
      </td>
      <td className="px-3 py-2 text-sm">
        <div className="flex flex-wrap items-center gap-2">
          <Button size="sm" disabled={!changed || pending} onClick={() => run(() => updateTeamMemberAction({ accountId, memberId: member.id, teamRole, formal }))}>
            {pending ? t("accountDetail.team.saving") : t("accountDetail.team.save")}
          </Button>
          <Button size="sm" variant="danger" disabled={pending} aria-label={t("accountDetail.team.removeLabel", { name })} onClick={() => run(() => removeTeamMemberAction({ accountId, memberId: member.id }))}>
            {t("accountDetail.team.remove")}
          </Button>
        </div>
        {error && (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
