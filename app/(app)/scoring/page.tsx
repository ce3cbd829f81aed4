import { AssessTable } from "@/components/scoring/assess-table";
import { ListFilters } from "@/components/scoring/list-filters";
import { PortfolioTable } from "@/components/scoring/portfolio-table";
import { ScoringTabs } from "@/components/scoring/scoring-tabs";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { canManagePortfolio } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { listAccountsToAssess, listPortfolioAssessments } from "@/lib/assessments/queries";
import { loadActiveModel } from "@/lib/scoring-models/queries";
import { getI18n } from "@/lib/i18n/server";
import { personChoice } from "@/lib/users/choices";
import { toSearchParams, withDefaultOwner } from "@/lib/lists/query";
import { DEFAULT_STALE_DAYS, ZScoringListQuery } from "@/lib/scoring-models/schemas";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.scoring");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ScoringPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { t } = await getI18n();
  const query = withDefaultOwner(ZScoringListQuery.parse(await searchParams), user.role);
  const view = query.view === "portfolio" ? "portfolio" : "assess";
  const db = getDb();
  const header = <PageHeader title={t("pages.scoring")} intro={t("pages.scoringIntro")} />;
  if (view === "portfolio" && !canManagePortfolio(user)) {
    return (
      <>
        {header}
        <ScoringTabs user={user} current="portfolio" />
        <Notice title={t("common.forbiddenTitle")} body={t("common.forbiddenBody")} href="/scoring" linkLabel={t("scoring.form.backToList")} />
      </>
    );
  }
  const days = query.days ?? DEFAULT_STALE_DAYS;
  const [active, owner] = await Promise.all([loadActiveModel(db, "MATRIX"), personChoice(db, query.owner)]);
  const portfolio = view === "portfolio" ? await listPortfolioAssessments(db, user, query, active) : null;
  const toAssess = portfolio ? null : await listAccountsToAssess(db, user, query, active);
  const data = (portfolio ?? toAssess)!;
  return (
    <>
      {header}
      <ScoringTabs user={user} current={view} />
      <ListFilters view={view} owner={query.owner} days={days} person={owner} keep={view === "portfolio" ? { sort: query.sort, dir: query.dir } : {}} />
      {portfolio && <PortfolioTable rows={portfolio.rows} query={query} days={days} />}
      {toAssess && <AssessTable rows={toAssess.rows} days={days} />}
      <Pagination basePath="/scoring" params={toSearchParams(query)} page={data.page} pageSize={data.pageSize} total={data.total} />
    </>
  );
}
