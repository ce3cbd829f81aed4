import { FitTable } from "@/components/scoring/fit-table";
import { IdentificationTable } from "@/components/scoring/identification-table";
import { LinkTabs } from "@/components/ui/link-tabs";
import { ScoringTabs } from "@/components/scoring/scoring-tabs";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { editableAccountWhere } from "@/lib/auth/permissions";
import { canManagePortfolio } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { listFitCandidates, pageRanking, rankAccounts } from "@/lib/db/scoring-identification";
import { loadActiveModel } from "@/lib/db/scoring-models";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { IDENTIFICATION_SHOWS, queryParams, ZIdentificationQuery } from "@/lib/validation/scoring";

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
    const editable = await db.account.findMany({ where: { id: { in: fit.rows.map((r) => r.id) }, ...editableAccountWhere(user) }, select: { id: true } });
    return (
      <>
        {header}
        <p className="mb-4 text-sm text-slate-600">{t("scoring.fit.intro")}</p>
        <FitTable rows={fit.rows} editable={new Set(editable.map((e) => e.id))} />
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
  const ranking = pageRanking(await rankAccounts(db, model), query);
  const params = queryParams({ show: query.show, q: query.q });
  return (
    <>
      {header}
      <p className="mb-2 text-sm text-slate-700">
        {t("scoring.identification.model", { version: model.version })} ·{" "}
        {t("scoring.identification.proposed", { count: formatNumber(locale, ranking.proposedCount), unconfirmed: formatNumber(locale, ranking.unconfirmedCount) })}
      </p>
      <p className="mb-4 text-xs text-slate-500">{t("scoring.identification.mapping")}</p>
      <form method="get" action="/scoring/identification" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="block">
          <span className="font-medium text-slate-700">{t("scoring.identification.show.label")}</span>
          <select name="show" defaultValue={query.show ?? "all"} className={`${inputClass} min-w-48`}>
            {IDENTIFICATION_SHOWS.map((show) => (
              <option key={show} value={show}>{t(`scoring.identification.show.${show}`)}</option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="font-medium text-slate-700">{t("scoring.identification.search")}</span>
          <input type="search" name="q" defaultValue={query.q ?? ""} className={`${inputClass} w-64`} />
        </label>
        <button type="submit" className={buttonClass("secondary")}>{t("scoring.identification.apply")}</button>
      </form>
      <IdentificationTable rows={ranking.rows} criteria={model.factors} canConfirm={canManagePortfolio(user)} />
      <Pagination basePath="/scoring/identification" params={params} page={ranking.page} pageSize={ranking.pageSize} total={ranking.total} />
    </>
  );
}
