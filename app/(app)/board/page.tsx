import { BoardFilters } from "@/components/board/board-filters";
import { boardCardLabels } from "@/components/board/board-labels";
import { BoardView } from "@/components/board/board-view";
import { stageGuidancePanels } from "@/components/board/stage-guidance-panel";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getBoard } from "@/lib/board/queries";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { salesTeams } from "@/lib/lists/filter-options";
import { personChoice } from "@/lib/users/choices";
import { boardFilters, ZBoardQuery } from "@/lib/board/schemas";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.board");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function BoardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { t, locale } = await getI18n();
  const filters = boardFilters(ZBoardQuery.parse(await searchParams), user.role);
  const [board, teams, owner] = await Promise.all([getBoard(getDb(), user, filters), salesTeams(getDb()), personChoice(getDb(), filters.owner)]);
  const empty = board.columns.every((column) => column.count === 0);
  return (
    <>
      <PageHeader title={t("pages.board")} intro={t("pages.boardIntro")} />
      <BoardFilters filters={filters} owner={owner} industries={board.industries} teams={teams} />
      {empty ? (
        <Notice title={t("board.empty.title")} body={t("board.empty.body")} href="/board?owner=all" linkLabel={t("board.filters.ownerAll")} />
      ) : (
        <BoardView columns={board.columns} filters={filters} guidance={stageGuidancePanels()} labels={boardCardLabels(locale)} />
      )}
    </>
  );
}
