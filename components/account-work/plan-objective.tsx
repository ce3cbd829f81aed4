"use client";

import { useState } from "react";
import { removeObjectiveAction, removePlanActionAction, setActionStatusAction } from "@/app/(app)/accounts/[id]/plan-actions";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PlanItemStatus } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import { ActionForm, ObjectiveForm, type ActionValues, type ObjectiveValues, type Person } from "./plan-item-forms";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";

export type PlanActionData = ActionValues & { id: string; ownerName: string | null; overdue: boolean };
export type PlanObjectiveData = ObjectiveValues & { id: string; actions: PlanActionData[] };

export const STATUS_TONE: Record<PlanItemStatus, BadgeTone> = { OPEN: "neutral", IN_PROGRESS: "blue", DONE: "green", CANCELLED: "neutral" };

/** One objective with its actions: owner, due date (overdue highlighted), status changed in place. */
export function PlanObjective({ accountId, objective, users, canEdit }: { accountId: string; objective: PlanObjectiveData; users: Person[]; canEdit: boolean }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const runner = useActionRunner();

  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid="plan-objective">
      {editing ? (
        <ObjectiveForm accountId={accountId} objectiveId={objective.id} initial={objective} onDone={() => setEditing(false)} />
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h4 className="font-medium text-slate-900">{objective.title}</h4>
            {objective.description && <p className="text-sm text-slate-600">{objective.description}</p>}
          </div>
          <div className="flex items-center gap-1">
            <Badge tone={STATUS_TONE[objective.status]}>{t(`domain.planStatus.${objective.status}`)}</Badge>
            {canEdit && (
              <>
                <Button size="sm" variant="ghost" onClick={() => setEditing(true)} aria-label={t("accountWork.plan.editObjective", { title: objective.title })}>{t("accountWork.common.edit")}</Button>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={runner.pending}
                  aria-label={t("accountWork.plan.removeObjective", { title: objective.title })}
                  onClick={() => {
                    if (window.confirm(t("accountWork.plan.confirmRemove", { title: objective.title }))) runner.run(() => removeObjectiveAction({ accountId, objectiveId: objective.id }));
                  }}
                >
                  {t("accountWork.common.remove")}
                </Button>
              </>
            )}
          </div>
        </div>
      )}
      <ActionError message={runner.error} />
      {objective.actions.length === 0 ? (
        <p className="mt-2 text-xs text-slate-500">{t("accountWork.plan.noActions")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {objective.actions.map((action) => (
            <PlanActionRow key={action.id} accountId={accountId} action={action} users={users} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit &&
        (adding ? (
          <div className="mt-2">
            <ActionForm accountId={accountId} objectiveId={objective.id} users={users} onDone={() => setAdding(false)} />
          </div>
        ) : (
          <Button size="sm" variant="secondary" className="mt-2" onClick={() => setAdding(true)}>{t("accountWork.plan.addAction")}</Button>
        ))}
    </li>
  );
}

function PlanActionRow({ accountId, action, users, canEdit }: { accountId: string; action: PlanActionData; users: Person[]; canEdit: boolean }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const runner = useActionRunner();
  if (editing) {
    return (
      <li className="py-2">
        <ActionForm accountId={accountId} actionId={action.id} initial={action} users={users} onDone={() => setEditing(false)} />
      </li>
    );
  }
  const statusId = `status-${action.id}`;
  return (
    <li className={`flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm ${action.overdue ? "bg-red-50" : ""}`} data-testid="plan-action">
      <span className={`min-w-48 flex-1 ${action.status === "CANCELLED" ? "text-slate-400 line-through" : action.status === "DONE" ? "text-slate-500" : "text-slate-900"}`}>{action.title}</span>
      <span className="text-xs text-slate-600">{action.ownerName ?? t("accountWork.plan.noOwner")}</span>
      <span className={`text-xs ${action.overdue ? "font-semibold text-red-700" : "text-slate-600"}`}>
        {action.dueDate ? formatDate(locale, action.dueDate) : t("accountWork.common.none")}
      </span>
      {action.overdue && <Badge tone="red">{t("accountWork.plan.overdue")}</Badge>}
      {canEdit ? (
        <>
          <label htmlFor={statusId} className="sr-only">{t("accountWork.plan.statusOf", { title: action.title })}</label>
          <select
            id={statusId}
            value={action.status}
            disabled={runner.pending}
            onChange={(event) => runner.run(() => setActionStatusAction({ accountId, actionId: action.id, status: event.target.value as PlanItemStatus }))}
            className={`${inputClass} mt-0 w-auto py-0.5 text-xs`}
          >
            {Object.values(PlanItemStatus).map((s) => (
              <option key={s} value={s}>{t(`domain.planStatus.${s}`)}</option>
            ))}
          </select>
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)} aria-label={t("accountWork.plan.editAction", { title: action.title })}>{t("accountWork.common.edit")}</Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={runner.pending}
            aria-label={t("accountWork.plan.removeAction", { title: action.title })}
            onClick={() => {
              if (window.confirm(t("accountWork.plan.confirmRemove", { title: action.title }))) runner.run(() => removePlanActionAction({ accountId, actionId: action.id }));
            }}
          >
            {t("accountWork.common.remove")}
          </Button>
        </>
      ) : (
        <Badge tone={STATUS_TONE[action.status]}>{t(`domain.planStatus.${action.status}`)}</Badge>
      )}
      {runner.error && <p role="alert" className="w-full text-xs text-red-700">{runner.error}</p>}
    </li>
  );
}
