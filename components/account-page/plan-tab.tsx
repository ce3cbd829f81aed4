import { Notice } from "@/components/ui/notice";
import { loadPlans, type PlanRow } from "@/lib/plans/queries";
import { planCompletion } from "@/lib/plan-progress";
import { getDb } from "@/lib/db/prisma";
import { formatDate, formatPercent } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { QUADRANTS, STRATEGIES, strategyObjectives } from "@/lib/matrix";
import { NewPlanForm } from "./new-plan-form";
import { PlanObjective, type PlanObjectiveData } from "./plan-objective";
import { ObjectiveAdder } from "./objective-adder";

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Objectives and tasks as plain data; a task is overdue when its due day has passed and it is still open. */
function toObjectives(plan: PlanRow, today: string): PlanObjectiveData[] {
  return plan.objectives.map((objective) => ({
    id: objective.id,
    title: objective.title,
    description: objective.description,
    status: objective.status,
    tasks: objective.tasks.map((task) => {
      const due = task.dueDate ? day(task.dueDate) : null;
      return {
        id: task.id,
        title: task.title,
        ownerId: task.ownerId,
        ownerName: task.owner?.name ?? null,
        dueDate: due,
        status: task.status,
        overdue: !!due && due < today && (task.status === "OPEN" || task.status === "IN_PROGRESS"),
      };
    }),
  }));
}

/** The account plan(s): objectives and tasks with completion; a new plan starts from the quadrant's strategy. */
export async function PlanTab({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const { t, locale } = await getI18n();
  const data = await loadPlans(getDb(), accountId);
  if (!data) return <Notice title={t("common.notFoundTitle")} body={t("common.notFoundBody")} />;
  const { account, plans, users } = data;
  const today = day(new Date());
  const quadrant = account.quadrant;
  const intro = quadrant
    ? t("accountPage.plan.fromStrategy", { strategy: STRATEGIES[QUADRANTS[quadrant].strategy].label[locale], quadrant: QUADRANTS[quadrant].label[locale] })
    : t("accountPage.plan.noQuadrant");

  return (
    <div className="space-y-4" data-testid="plan-tab">
      {canEdit && (
        <div className="flex">
          <NewPlanForm
            accountId={accountId}
            defaultTitle={t("accountPage.plan.defaultTitle", { year: new Date().getUTCFullYear() })}
            objectives={strategyObjectives(quadrant, locale)}
            intro={intro}
          />
        </div>
      )}
      {plans.length === 0 && <Notice title={t("accountPage.plan.emptyTitle")} body={t("accountPage.plan.emptyBody")} />}
      {plans.map((plan) => {
        const completion = planCompletion(plan);
        const percent = completion === null ? null : Math.round(completion * 100);
        return (
          <section key={plan.id} aria-labelledby={`plan-${plan.id}`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="plan">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h3 id={`plan-${plan.id}`} className="text-base font-semibold">{plan.title}</h3>
                <p className="text-xs text-slate-500">{t("accountPage.plan.createdBy", { name: plan.createdBy.name, date: formatDate(locale, plan.createdAt) })}</p>
              </div>
              <div className="w-56 text-sm">
                <div
                  role="progressbar"
                  aria-label={t("accountPage.plan.completionLabel")}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={percent ?? 0}
                  className="h-2 overflow-hidden rounded bg-slate-100"
                >
                  <div className="h-full bg-green-600" style={{ width: `${percent ?? 0}%` }} />
                </div>
                <p className="mt-1 text-xs text-slate-600" data-testid="plan-completion">
                  {completion === null ? t("accountPage.plan.completionNone") : t("accountPage.plan.completion", { percent: formatPercent(locale, completion) })}
                </p>
              </div>
            </div>
            <h4 className="mt-3 text-sm font-medium text-slate-700">{t("accountPage.plan.objectives")}</h4>
            {plan.objectives.length === 0 ? (
              <p className="mt-1 text-sm text-slate-500">{t("accountPage.plan.noObjectives")}</p>
            ) : (
              <ol className="mt-2 space-y-2">
                {toObjectives(plan, today).map((objective) => (
                  <PlanObjective key={objective.id} accountId={accountId} objective={objective} users={users} canEdit={canEdit} />
                ))}
              </ol>
            )}
            {canEdit && <ObjectiveAdder accountId={accountId} planId={plan.id} />}
          </section>
        );
      })}
    </div>
  );
}
