import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/scoring/assessment-form";
import { AssessmentHistory } from "@/components/scoring/assessment-history";
import type { FormModel } from "@/components/scoring/form-model";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { canEditAccount } from "@/lib/auth/account-access";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadAssessmentPage } from "@/lib/assessments/queries";
import { loadActiveModel, modelThresholds } from "@/lib/scoring-models/queries";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

export default async function AssessAccountPage({ params }: { params: Promise<{ accountId: string }> }) {
  const user = await requireUser();
  const { accountId } = await params;
  const { t, locale } = await getI18n();
  const db = getDb();
  const [data, model, editable] = await Promise.all([
    loadAssessmentPage(db, accountId),
    loadActiveModel(db, "MATRIX"),
    canEditAccount(db, user, accountId),
  ]);
  if (!data) notFound();
  const { account, history, previousScores } = data;
  const canAssess = !!editable && !account.archived;
  const header = (
    <PageHeader
      title={t("scoring.form.title", { name: account.name })}
      intro={model ? t("scoring.form.intro", { min: model.scale.min, max: model.scale.max }) : undefined}
      actions={
        <div className="flex gap-3 text-sm">
          <Link href="/scoring" className="text-brand-700 underline">{t("scoring.form.backToList")}</Link>
          <Link href={`/accounts/${account.id}`} className="text-brand-700 underline">{t("scoring.form.openAccount")}</Link>
        </div>
      }
    />
  );
  const formModel: FormModel | null = model && {
    id: model.id,
    version: model.version,
    name: model.name,
    scale: model.scale,
    thresholdMode: model.thresholdMode,
    thresholds: await modelThresholds(db, model),
    factors: model.factors.flatMap((f) => (f.dimension === "SELECTION" ? [] : [{ ...f, dimension: f.dimension }])),
  };
  const initialScores = formModel ? Object.fromEntries(formModel.factors.map((f) => [f.id, previousScores[f.key] ?? null])) : {};
  const last = history.at(-1);
  return (
    <>
      {header}
      {!formModel ? (
        <Notice title={t("scoring.form.noModelTitle")} body={t("scoring.form.noModelBody")} />
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-slate-600">
            {t("scoring.form.model", { name: formModel.name, version: formModel.version })} · {t(`scoring.form.thresholdMode.${formModel.thresholdMode}`)}
          </p>
          {!canAssess && (
            <p role="note" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
              <strong>{t("scoring.form.readOnlyTitle")}: </strong>
              {account.archived ? t("scoring.form.archivedBody") : t("scoring.form.readOnlyBody")}
            </p>
          )}
          {canAssess && last && <p className="text-sm text-slate-600">{t("scoring.form.prefilled", { date: formatDate(locale, last.assessedAt) })}</p>}
          <AssessmentForm accountId={account.id} accountVersion={account.version} model={formModel} initialScores={initialScores} disabled={!canAssess} />
        </div>
      )}
      <section aria-labelledby="history-title" className="mt-8">
        <h2 id="history-title" className="mb-3 text-lg font-semibold">{t("scoring.history.title")}</h2>
        <AssessmentHistory history={history} scale={model?.scale ?? { min: 0, max: 10 }} />
      </section>
    </>
  );
}
