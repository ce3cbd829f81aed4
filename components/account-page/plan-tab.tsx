import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { loadPlans, type PlanRow } from "@/lib/plans/queries";
import { objectiveMeter } from "@/lib/plans/measure";
import { templateForQuadrant } from "@/lib/plan-templates/queries";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { planCompletion } from "@/lib/plan-progress";
import { getDb } from "@/lib/db/prisma";
import { formatDate, formatPercent } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { QUADRANTS } from "@/lib/matrix";
import type { PlanObjectiveData } from "./plan-objective";
import { BusinessReviews, NewPlanForm, ObjectiveAdder, PlanObjective, RiskRegister, SwotEditor } from "./plan-tab-lazy";
import { ClientMessages } from "@/lib/i18n/client-messages";

const day = (date: Date) => date.toISOString().slice(0, 10);
const dayOrNull = (date: Date | null) => (date ? day(date) : null);

/**
 * Objectives and tasks as plain data, each objective with its measure as form values and its progress as display
 * text; a task is overdue when its due day has passed and it is still open.
 */
function toObjectives(plan: PlanRow, now: Date, t: Translate, locale: Locale): PlanObjectiveData[] {
  const today = day(now);
  return plan.objectives.map((objective) => ({
    id: objective.id,
    title: objective.title,
    description: objective.description,
    status: objective.status,
    metric: objective.metric,
    target: objective.target?.toString() ?? null,
    unit: objective.unit,
    dueDate: dayOrNull(objective.dueDate),
    currentValue: objective.currentValue?.toString() ?? null,
    offeringId: objective.offeringId,
    periodStart: dayOrNull(objective.periodStart),
    periodEnd: dayOrNull(objective.periodEnd),
    meter: objectiveMeter(objective, plan.createdAt, now, t, locale),
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

/**
 * The account plan(s) as working documents: SWOT, measured objectives with tasks, risks; the account's business
 * reviews; a link to the printable plan. A new plan starts from the template of the account's quadrant.
 */
export async function PlanTab({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const { t, locale } = await getI18n();
  const db = getDb();
  const now = new Date();
  const data = await loadPlans(db, accountId, now);
  if (!data) return <Notice title={t("common.notFoundTitle")} body={t("common.notFoundBody")} />;
  const { account, plans, users, reviews, participants } = data;
  const offerings = data.offerings.map((o) => ({ id: o.id, name: locale === "zh" ? o.nameZh : o.nameEn }));
  const quadrant = account.quadrant;
  const template = canEdit ? await templateForQuadrant(db, quadrant, locale) : null;
  const intro = quadrant ? t("planDocument.newPlan.fromTemplate", { quadrant: QUADRANTS[quadrant].label[locale] }) : t("planDocument.newPlan.blank");
  const latest = plans[0] ?? null;

  return (
    <ClientMessages scopes={["accountPage.common", "accountPage.plan", "domain.planStatus", "planDocument.errors", "planDocument.objective", "planDocument.reviews", "planDocument.risks", "planDocument.swot"]}>
      <div className="space-y-4" data-testid="plan-tab">
        <div className="flex flex-wrap items-start gap-2">
          {canEdit && (
            <NewPlanForm
              accountId={accountId}
              defaultTitle={t("accountPage.plan.defaultTitle", { year: now.getUTCFullYear() })}
              objectives={template?.content.objectives ?? []}
              swot={template?.content.swot ?? null}
              templateId={template?.id ?? null}
              intro={intro}
            />
          )}
          {latest && (
            <Link
              href={`/accounts/${accountId}/plan/print`}
              title={t("planDocument.print.openHint")}
              className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50"
            >
              {t("planDocument.print.open")}
            </Link>
          )}
        </div>
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
                  {toObjectives(plan, now, t, locale).map((objective) => (
                    <PlanObjective key={objective.id} accountId={accountId} objective={objective} users={users} offerings={offerings} canEdit={canEdit} />
                  ))}
                </ol>
              )}
              {canEdit && <ObjectiveAdder accountId={accountId} planId={plan.id} offerings={offerings} />}
              <SwotEditor accountId={accountId} planId={plan.id} swot={{ strengths: plan.strengths, weaknesses: plan.weaknesses, opportunities: plan.opportunities, threats: plan.threats }} canEdit={canEdit} />
              <RiskRegister
                accountId={accountId}
                planId={plan.id}
                canEdit={canEdit}
                users={users}
                risks={plan.risks.map((r) => ({ id: r.id, title: r.title, severity: r.severity, likelihood: r.likelihood, ownerId: r.ownerId, ownerName: r.owner?.name ?? null, mitigation: r.mitigation, status: r.status }))}
              />
            </section>
          );
        })}
        {(latest || reviews.length > 0) && (
          <BusinessReviews
            accountId={accountId}
            planId={latest?.id ?? null}
            reviews={reviews.map((r) => ({ ...r, heldOn: day(r.heldOn) }))}
            participants={participants}
            objectives={plans.flatMap((p) => p.objectives.map((o) => ({ id: o.id, title: plans.length > 1 ? `${o.title} — ${p.title}` : o.title })))}
            users={users}
            canEdit={canEdit}
          />
        )}
      </div>
    </ClientMessages>
  );
}
