import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { OwnerFilter } from "@/components/ui/owner-filter";
import type { PersonChoice } from "@/lib/users/choices";
import { getI18n } from "@/lib/i18n/server";

/** A plain GET form: the filters live in the URL, so they survive paging, reload and sharing. */
export async function ListFilters({ view, owner, days, person, keep }: { view: string; owner: string; days: number; person: PersonChoice | null; keep: Record<string, string | undefined> }) {
  const { t } = await getI18n();
  return (
    <form method="get" action="/scoring" aria-label={t("scoring.filters.label")} className="mb-4 flex flex-wrap items-end gap-3 text-sm">
      {view === "portfolio" && <input type="hidden" name="view" value="portfolio" />}
      {Object.entries(keep).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <div className="block">
        <label htmlFor="scoring-owner" className="font-medium text-slate-700">{t("scoring.filters.owner")}</label>
        <OwnerFilter
          id="scoring-owner"
          value={owner}
          person={person}
          fixed={[{ value: "me", label: t("scoring.filters.me") }, { value: "all", label: t("scoring.filters.all") }]}
          className={`${inputClass} min-w-48`}
        />
      </div>
      <label className="block">
        <span className="font-medium text-slate-700">{t("scoring.filters.days")}</span>
        <input type="number" name="days" min={1} max={3650} defaultValue={days} className={`${inputClass} w-28`} />
      </label>
      <button type="submit" className={buttonClass("secondary")}>{t("scoring.filters.apply")}</button>
    </form>
  );
}
