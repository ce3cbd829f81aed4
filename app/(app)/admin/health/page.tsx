import { DraftStatusProvider } from "@/components/admin/draft-status";
import { HealthPublishButtons, StartHealthDraftButton } from "@/components/admin/health/health-draft-buttons";
import { HealthModelEditor } from "@/components/admin/health/health-model-editor";
import { HealthModelSummary } from "@/components/admin/health/health-model-summary";
import { HealthPreview } from "@/components/admin/health/health-preview";
import { HealthVersions } from "@/components/admin/health/health-versions";
import { PageHeader } from "@/components/ui/page-header";
import { titled } from "@/components/shell/page-title";
import { getDb } from "@/lib/db/prisma";
import { healthPreview } from "@/lib/health-models/preview";
import { listHealthModelVersions, loadActiveHealthModel, loadHealthDraft } from "@/lib/health-models/queries";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

export const generateMetadata = titled("health.admin.nav", "shell.titles.admin");

/** /admin/health (admins only, see the admin layout): the active health model, its draft with a preview, the versions. */
export default async function AdminHealthPage() {
  const { t, locale } = await getI18n();
  const db = getDb();
  const [active, draft, versions] = await Promise.all([loadActiveHealthModel(db), loadHealthDraft(db), listHealthModelVersions(db)]);
  const preview = draft ? await healthPreview(db, draft, new Date()) : null;
  return (
    <>
      <PageHeader title={t("health.admin.title")} intro={t("health.admin.intro")} />
      <p className="mb-4 text-sm text-slate-700" data-testid="health-active-version">
        {active ? t("health.admin.activeVersion", { version: active.version, date: formatDate(locale, active.publishedAt) }) : t("health.admin.noActive")}
      </p>
      {draft ? (
        <DraftStatusProvider>
          <div className="space-y-4">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 className="text-lg font-semibold">{t("health.admin.draftVersion", { version: draft.version })}</h2>
              <HealthPublishButtons modelId={draft.id} version={draft.version} />
            </div>
            {preview && <HealthPreview preview={preview} />}
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <HealthModelEditor key={draft.id} draft={draft} />
            </div>
          </div>
        </DraftStatusProvider>
      ) : (
        <section className="rounded-lg border border-dashed border-slate-300 bg-white p-6">
          <h2 className="font-semibold">{t("health.admin.noDraftTitle")}</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">{t("health.admin.noDraftBody")}</p>
          <StartHealthDraftButton />
        </section>
      )}
      {!draft && active && <HealthModelSummary model={active} />}
      <div className="mt-8">
        <HealthVersions versions={versions} />
      </div>
    </>
  );
}
