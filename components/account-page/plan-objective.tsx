"use client";

import { useState } from "react";
import { removeObjectiveAction, removePlanTaskAction, setTaskStatusAction } from "@/lib/plans/actions";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PlanItemStatus } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import { ObjectiveMeter, type ObjectiveMeterData } from "@/components/plans/objective-meter";
import { ObjectiveForm, TaskForm, type ObjectiveValues, type OfferingOption, type Person, type TaskValues } from "./plan-item-forms";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";

export type PlanTaskData = TaskValues & { id: string; ownerName: string | null; overdue: boolean };
export type PlanObjectiveData = ObjectiveValues & { id: string; tasks: PlanTaskData[]; meter: ObjectiveMeterData };

export const STATUS_TONE: Record<PlanItemStatus, BadgeTone> = { OPEN: "neutral", IN_PROGRESS: "blue", DONE: "green", CANCELLED: "neutral" };

/** One objective with its tasks: owner, due date (overdue highlighted), status changed in place. */
export function PlanObjective({ accountId, objective, users, offerings, canEdit }: { accountId: string; objective: PlanObjectiveData; users: Person[]; offerings: OfferingOption[]; canEdit: boolean }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const runner = useActionRunner();

  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid="plan-objective">
      {editing ? (
        <ObjectiveForm accountId={accountId} objectiveId={objective.id} initial={objective} offerings={offerings} onDone={() => setEditing(false)} />
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
                <Button size="sm" variant="ghost" onClick={() => setEditing(true)} aria-label={t("accountPage.plan.editObjective", { title: objective.title })}>{t("accountPage.common.edit")}</Button>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={runner.pending}
                  aria-label={t("accountPage.plan.removeObjective", { title: objective.title })}
                  onClick={() => {
                    if (window.confirm(t("accountPage.plan.confirmRemove", { title: objective.title }))) runner.run(() => removeObjectiveAction({ accountId, objectiveId: objective.id }));
                  }}
                >
                  {t("accountPage.common.remove")}
                </Button>
              </>
            )}
          </div>
        </div>
      )}
      <ObjectiveMeter meter={objective.meter} label={t("planDocument.objective.progressLabel", { title: objective.title })} />
      <ActionError message={runner.error} />
      {objective.tasks.length === 0 ? (
        <p className="mt-2 text-xs text-slate-500">{t("accountPage.plan.noTasks")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {objective.tasks.map((task) => (
            <PlanTaskRow key={task.id} accountId={accountId} task={task} users={users} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit &&
        (adding ? (
          <div className="mt-2">
            <TaskForm accountId={accountId} objectiveId={objective.id} users={users} onDone={() => setAdding(false)} />
          </div>
        ) : (
          <Button size="sm" variant="secondary" className="mt-2" onClick={() => setAdding(true)}>{t("accountPage.plan.addTask")}</Button>
        ))}
    </li>
  );
}

function PlanTaskRow({ accountId, task, users, canEdit }: { accountId: string; task: PlanTaskData; users: Person[]; canEdit: boolean }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const runner = useActionRunner();
  if (editing) {
    return (
      <li className="py-2">
        <TaskForm accountId={accountId} taskId={task.id} initial={task} users={users} onDone={() => setEditing(false)} />
      </li>
    );
  }
  const statusId = `status-${task.id}`;
  return (
    <li className={`flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm ${task.overdue ? "bg-red-50" : ""}`} data-testid="plan-task">
      <span className={`min-w-48 flex-1 ${task.status === "CANCELLED" ? "text-slate-500 line-through" : task.status === "DONE" ? "text-slate-500" : "text-slate-900"}`}>{task.title}</span>
      <span className="text-xs text-slate-600">{task.ownerName ?? t("accountPage.plan.noOwner")}</span>
      <span className={`text-xs ${task.overdue ? "font-semibold text-red-700" : "text-slate-600"}`}>
        {task.dueDate ? formatDate(locale, task.dueDate) : t("accountPage.common.none")}
      </span>
      {task.overdue && <Badge tone="red">{t("accountPage.plan.overdue")}</Badge>}
      {canEdit ? (
        <>
          <label htmlFor={statusId} className="sr-only">{t("accountPage.plan.statusOf", { title: task.title })}</label>
          <select
            id={statusId}
            value={task.status}
            disabled={runner.pending}
            onChange={(event) => runner.run(() => setTaskStatusAction({ accountId, taskId: task.id, status: event.target.value as PlanItemStatus }))}
            className={`${inputClass} mt-0 w-auto py-0.5 text-xs`}
          >
            {Object.values(PlanItemStatus).map((s) => (
              <option key={s} value={s}>{t(`domain.planStatus.${s}`)}</option>
            ))}
          </select>
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)} aria-label={t("accountPage.plan.editTask", { title: task.title })}>{t("accountPage.common.edit")}</Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={runner.pending}
            aria-label={t("accountPage.plan.removeTask", { title: task.title })}
            onClick={() => {
              if (window.confirm(t("accountPage.plan.confirmRemove", { title: task.title }))) runner.run(() => removePlanTaskAction({ accountId, taskId: task.id }));
            }}
          >
            {t("accountPage.common.remove")}
          </Button>
        </>
      ) : (
        <Badge tone={STATUS_TONE[task.status]}>{t(`domain.planStatus.${task.status}`)}</Badge>
      )}
      {runner.error && <p role="alert" className="w-full text-xs text-red-700">{runner.error}</p>}
    </li>
  );
}
