import { ActiveFactors } from "@/components/admin/active-factors";
import { PublishButtons, StartDraftButton } from "@/components/admin/draft-buttons";
import { DraftStatusProvider } from "@/components/admin/draft-status";
import { MatrixModelEditor } from "@/components/admin/matrix-model-editor";
import { PreviewPanel } from "@/components/admin/preview-panel";
import { SelectionModelEditor } from "@/components/admin/selection-model-editor";
import { VersionList } from "@/components/admin/version-list";
import { LinkTabs } from "@/components/ui/link-tabs";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { previewSelectionChanges } from "@/lib/key-accounts/queries";
import { listModelVersions, loadActiveModel, loadDraftModel } from "@/lib/scoring-models/queries";
import { previewQuadrantChanges } from "@/lib/scoring-models/preview";
import { ZModelAdminQuery } from "@/lib/scoring-models/schemas";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.scoringModels", "shell.titles.admin");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminScoringPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { t, locale } = await getI18n();
  if (!isAdmin(user)) {
    return <Notice title={t("common.forbiddenTitle")} body={t("common.forbiddenBody")} href="/dashboard" linkLabel={t("common.backToDashboard")} />;
  }
  const purpose = ZModelAdminQuery.parse(await searchParams).model === "selection" ? "KEY_ACCOUNT_SELECTION" : "MATRIX";
  const db = getDb();
  const [active, draft, versions] = await Promise.all([loadActiveModel(db, purpose), loadDraftModel(db, purpose), listModelVersions(db, purpose)]);
  const matrixPreview = draft && purpose === "MATRIX" ? await previewQuadrantChanges(db, draft) : undefined;
  const selectionPreview = draft && active && purpose === "KEY_ACCOUNT_SELECTION" ? await previewSelectionChanges(db, active, draft) : undefined;
  return (
    <>
      <PageHeader title={t("admin.scoring.title")} intro={t("admin.scoring.intro")} />
      <LinkTabs
        label={t("admin.scoring.title")}
        tabs={[
          { href: "/admin/scoring", label: t("admin.scoring.matrix"), active: purpose === "MATRIX" },
          { href: "/admin/scoring?model=selection", label: t("admin.scoring.selection"), active: purpose === "KEY_ACCOUNT_SELECTION" },
        ]}
      />
      <p className="mb-4 text-sm text-slate-700" data-testid="active-version">
        {active ? t("admin.scoring.activeVersion", { version: active.version, date: formatDate(locale, active.publishedAt) }) : t("admin.scoring.noActive")}
      </p>
      {draft ? (
        <DraftStatusProvider>
        <div className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 className="text-lg font-semibold">{t("admin.scoring.draftVersion", { version: draft.version })}</h2>
            <PublishButtons modelId={draft.id} version={draft.version} />
          </div>
          <PreviewPanel matrix={matrixPreview} selection={selectionPreview} />
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            {purpose === "MATRIX" ? <MatrixModelEditor key={draft.id} draft={draft} /> : <SelectionModelEditor key={draft.id} draft={draft} />}
          </div>
        </div>
        </DraftStatusProvider>
      ) : (
        <section className="rounded-lg border border-dashed border-slate-300 bg-white p-6">
          <h2 className="font-semibold">{t("admin.scoring.noDraftTitle")}</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">{t("admin.scoring.noDraftBody")}</p>
          <StartDraftButton purpose={purpose} />
        </section>
      )}
      {!draft && active && <ActiveFactors model={active} t={t} locale={locale} />}
      <div className="mt-8">
        <VersionList versions={versions} showAssessments={purpose === "MATRIX"} />
      </div>
    </>
  );
}
