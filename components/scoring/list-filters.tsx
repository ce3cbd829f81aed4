import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { getI18n } from "@/lib/i18n/server";

type Owner = { id: string; name: string };

/** A plain GET form: the filters live in the URL, so they survive paging, reload and sharing. */
export async function ListFilters({ view, owner, days, owners, keep }: { view: string; owner: string; days: number; owners: Owner[]; keep: Record<string, string | undefined> }) {
  const { t } = await getI18n();
  return (
    <form method="get" action="/scoring" aria-label={t("scoring.filters.label")} className="mb-4 flex flex-wrap items-end gap-3 text-sm">
      {view === "portfolio" && <input type="hidden" name="view" value="portfolio" />}
      {Object.entries(keep).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <label className="block">
        <span className="font-medium text-slate-700">{t("scoring.filters.owner")}</span>
        <select name="owner" defaultValue={owner} className={`${inputClass} min-w-48`}>
          <option value="me">{t("scoring.filters.me")}</option>
          <option value="all">{t("scoring.filters.all")}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>{o.name}</option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="font-medium text-slate-700">{t("scoring.filters.days")}</span>
        <input type="number" name="days" min={1} max={3650} defaultValue={days} className={`${inputClass} w-28`} />
      </label>
      <button type="submit" className={buttonClass("secondary")}>{t("scoring.filters.apply")}</button>
    </form>
  );
}
