import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { OwnerFilter } from "@/components/ui/owner-filter";
import { getI18n } from "@/lib/i18n/server";
import { QUADRANTS, type Quadrant } from "@/lib/matrix";
import type { TBoardFilters } from "@/lib/board/schemas";
import type { SalesTeamOption } from "@/lib/lists/filter-options";
import type { PersonChoice } from "@/lib/users/choices";

const QUADRANT_KEYS = Object.keys(QUADRANTS) as Quadrant[];

/** The board's filters as a plain GET form: the URL holds them, so links and the back button keep a view. */
export async function BoardFilters({ filters, owner, industries, teams }: { filters: TBoardFilters; owner: PersonChoice | null; industries: string[]; teams: SalesTeamOption[] }) {
  const { t, locale } = await getI18n();
  const select = `${inputClass} mt-0 w-auto`;
  return (
    <form method="get" action="/board" aria-label={t("board.filters.label")} className="mb-4 flex flex-wrap items-end gap-3 text-sm">
      <div>
        <label htmlFor="board-q" className="block font-medium text-slate-700">
          {t("search.board.label")}
        </label>
        <input id="board-q" type="search" name="q" defaultValue={filters.q ?? ""} placeholder={t("search.board.placeholder")} className={`${inputClass} mt-0 w-48`} />
      </div>
      <div>
        <label htmlFor="board-owner" className="block font-medium text-slate-700">
          {t("board.filters.owner")}
        </label>
        <OwnerFilter
          id="board-owner"
          value={filters.owner}
          person={owner}
          fixed={[{ value: "me", label: t("board.filters.ownerMe") }, { value: "all", label: t("board.filters.ownerAll") }]}
          className={`${inputClass} mt-0 w-52`}
        />
      </div>
      {teams.length > 0 && (
        <div>
          <label htmlFor="board-team" className="block font-medium text-slate-700">
            {t("users.teamFilter.label")}
          </label>
          <select id="board-team" name="team" defaultValue={filters.team ?? ""} className={select}>
            <option value="">{t("users.teamFilter.any")}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="board-quadrant" className="block font-medium text-slate-700">
          {t("board.filters.quadrant")}
        </label>
        <select id="board-quadrant" name="quadrant" defaultValue={filters.quadrant ?? ""} className={select}>
          <option value="">{t("board.filters.quadrantAll")}</option>
          {QUADRANT_KEYS.map((quadrant) => (
            <option key={quadrant} value={quadrant}>
              {QUADRANTS[quadrant].label[locale]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="board-industry" className="block font-medium text-slate-700">
          {t("board.filters.industry")}
        </label>
        <select id="board-industry" name="industry" defaultValue={filters.industry ?? ""} className={select}>
          <option value="">{t("board.filters.industryAll")}</option>
          {industries.map((industry) => (
            <option key={industry} value={industry}>
              {industry}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 pb-2">
        <input type="checkbox" name="key" value="1" defaultChecked={filters.key === "1"} />
        <span className="font-medium text-slate-700">{t("board.filters.keyOnly")}</span>
      </label>
      <button type="submit" className={buttonClass("primary")}>
        {t("board.filters.apply")}
      </button>
      <Link href="/board" className={buttonClass("secondary")}>
        {t("board.filters.reset")}
      </Link>
    </form>
  );
}
