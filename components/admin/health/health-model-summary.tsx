import { HEALTH_COMPONENTS } from "@/lib/health";
import type { HealthModelView } from "@/lib/health-models/queries";
import { getI18n } from "@/lib/i18n/server";

/** The active model's settings, read-only, shown while no draft is open. */
export async function HealthModelSummary({ model }: { model: HealthModelView }) {
  const { t } = await getI18n();
  return (
    <section aria-labelledby="health-active-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="health-active-title" className="font-semibold">
        {t("health.admin.activeModel")}: {model.name}
      </h2>
      <dl className="mt-2 grid max-w-xl grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
        {HEALTH_COMPONENTS.map((c) => (
          <div key={c} className="contents">
            <dt className="text-slate-600">{t(`health.components.${c}`)}</dt>
            <dd className="text-right font-medium">{model.weights[c]} %</dd>
          </div>
        ))}
      </dl>
      <ul className="mt-3 space-y-0.5 text-sm text-slate-700">
        <li>{t("health.admin.summaryHealthy", { score: model.healthyFrom })}</li>
        <li>{t("health.admin.summaryWatch", { score: model.watchFrom })}</li>
        <li>{t("health.admin.summaryFreshness", { days: model.freshnessDays })}</li>
      </ul>
    </section>
  );
}
