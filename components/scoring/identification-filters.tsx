import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { getI18n } from "@/lib/i18n/server";
import { IDENTIFICATION_SHOWS, type TIdentificationQuery } from "@/lib/scoring-models/schemas";

/** The ranking's filters as a plain GET form: which accounts to show and a name search, kept in the URL. */
export async function IdentificationFilters({ query }: { query: TIdentificationQuery }) {
  const { t } = await getI18n();
  return (
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
  );
}
