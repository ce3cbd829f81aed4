import { FitTable } from "@/components/scoring/fit-table";
import { IdentificationFilters } from "@/components/scoring/identification-filters";
import { IdentificationTable } from "@/components/scoring/identification-table";
import { LinkTabs } from "@/components/ui/link-tabs";
import { ScoringTabs } from "@/components/scoring/scoring-tabs";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { editableAccountIds } from "@/lib/auth/account-access";
import { canManagePortfolio } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { listFitCandidates, rankingPage } from "@/lib/key-accounts/queries";
import { loadActiveModel } from "@/lib/scoring-models/queries";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { ZIdentificationQuery } from "@/lib/scoring-models/schemas";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.identification", "shell.titles.scoring");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function IdentificationPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { t, locale } = await getI18n();
  const query = ZIdentificationQuery.parse(await searchParams);
  const view = query.view ?? "ranking";
  const db = getDb();
  const model = await loadActiveModel(db, "KEY_ACCOUNT_SELECTION");
  const header = (
    <>
      <PageHeader title={t("scoring.identification.title")} intro={t("scoring.identification.intro", { percent: formatNumber(locale, model?.topPercent ?? 0, 1) })} />
      <ScoringTabs user={user} current="identification" />
      <LinkTabs
        label={t("scoring.identification.title")}
        tabs={[
          { href: "/scoring/identification", label: t("scoring.identification.views.ranking"), active: view === "ranking" },
          { href: "/scoring/identification?view=fit", label: t("scoring.identification.views.fit"), active: view === "fit" },
        ]}
      />
    </>
  );

  if (view === "fit") {
    const fit = await listFitCandidates(db, query.page ?? 1);
    const editable = await editableAccountIds(db, user, fit.rows.map((r) => r.id));
    return (
      <>
        {header}
        <p className="mb-4 text-sm text-slate-600">{t("scoring.fit.intro")}</p>
        <FitTable rows={fit.rows} editable={editable} />
        <Pagination basePath="/scoring/identification" params={{ view: "fit" }} page={fit.page} pageSize={fit.pageSize} total={fit.total} />
      </>
    );
  }

  if (!model) {
    return (
      <>
        {header}
        <Notice title={t("scoring.identification.noModelTitle")} body={t("scoring.identification.noModelBody")} />
      </>
    );
  }
  const ranking = await rankingPage(db, model, query);
  return (
    <>
      {header}
      <p className="mb-2 text-sm text-slate-700">
        {t("scoring.identification.model", { version: model.version })} ·{" "}
        {t("scoring.identification.proposed", { count: formatNumber(locale, ranking.proposedCount), unconfirmed: formatNumber(locale, ranking.unconfirmedCount) })}
      </p>
      <p className="mb-4 text-xs text-slate-500">
        {t("scoring.identification.mapping")}{" "}
        {ranking.rankedAt
          ? t("scoring.identification.rankedAt", { time: formatDate(locale, ranking.rankedAt, true) })
          : t("scoring.identification.rankedNow")}
      </p>
      <IdentificationFilters query={query} />
      <IdentificationTable rows={ranking.rows} criteria={model.factors} canConfirm={canManagePortfolio(user)} />
      <Pagination basePath="/scoring/identification" params={{ show: query.show, q: query.q }} page={ranking.page} pageSize={ranking.pageSize} total={ranking.total} />
    </>
  );
}
