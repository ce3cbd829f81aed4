import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { OwnerFilter } from "@/components/ui/owner-filter";
import { RISK_LEVEL_LABELS, RISK_LEVELS } from "@/lib/churn";
import { Quadrant, RelationshipStage } from "@/lib/generated/prisma/enums";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { QUADRANTS, STRATEGIES, STRATEGY_KEYS } from "@/lib/matrix";
import { ABC_CLASSES, RFM_SEGMENT_KEYS, RFM_SEGMENTS } from "@/lib/rfm";
import { STAGE_INFO } from "@/lib/stages";
import { HEALTH_FILTERS, P_ALIVE_CUTS } from "@/lib/accounts/filter-values";
import type { TAccountListQuery } from "@/lib/accounts/schemas";
import type { AccountFilterOptions } from "@/lib/lists/filter-options";
import type { PersonChoice } from "@/lib/users/choices";

type Option = { value: string; label: string };

function FilterSelect({ name, label, value, options, anyLabel }: { name: keyof TAccountListQuery; label: string; value?: string; options: Option[]; anyLabel?: string }) {
  return (
    <label className="text-xs font-medium text-slate-600">
      {label}
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The list's filters (FilterForm: a GET form that applies a changed select at once). Rendered on the server with
 * their options and labels, so the browser loads neither the engines' label tables nor these strings. Sorting is
 * kept, the page starts again at 1.
 */
export async function AccountFilters({ query, options, owner }: { query: TAccountListQuery; options: AccountFilterOptions; owner: PersonChoice | null }) {
  const { t, locale } = await getI18n();
  const f = (key: string) => t(`accounts.filters.${key}` as MessageKey);
  const any = f("any");

  return (
    <FilterForm
      action="/accounts"
      label={f("label")}
      submitLabel={f("apply")}
      after={
        <Link href="/accounts" className="text-sm text-brand-700 underline">
          {f("clear")}
        </Link>
      }
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-6">
        <label className="col-span-2 text-xs font-medium text-slate-600">
          {f("search")}
          <input type="search" name="q" defaultValue={query.q ?? ""} placeholder={f("searchPlaceholder")} className={inputClass} />
        </label>
        <div className="text-xs font-medium text-slate-600">
          <label htmlFor="accounts-owner">{f("owner")}</label>
          <OwnerFilter id="accounts-owner" value={query.owner} person={owner} among="ownersWithArchived" fixed={[{ value: "all", label: f("anyOwner") }, { value: "me", label: f("mine") }]} submitOnChoose />
        </div>
        {options.teams.length > 0 && <FilterSelect name="team" label={t("users.teamFilter.label")} value={query.team} anyLabel={t("users.teamFilter.any")} options={options.teams.map((team) => ({ value: team.id, label: team.name }))} />}
        <FilterSelect name="key" label={f("key")} value={query.key} anyLabel={any} options={[{ value: "1", label: f("keyOnly") }]} />
        <FilterSelect name="quadrant" label={f("quadrant")} value={query.quadrant} anyLabel={any} options={Object.values(Quadrant).map((q) => ({ value: q, label: QUADRANTS[q].label[locale] }))} />
        <FilterSelect name="strategy" label={f("strategy")} value={query.strategy} anyLabel={any} options={STRATEGY_KEYS.map((s) => ({ value: s, label: STRATEGIES[s].label[locale] }))} />
        <FilterSelect name="stage" label={f("stage")} value={query.stage} anyLabel={any} options={Object.values(RelationshipStage).map((s) => ({ value: s, label: STAGE_INFO[s].label[locale] }))} />
        <FilterSelect name="segment" label={f("segment")} value={query.segment} anyLabel={any} options={RFM_SEGMENT_KEYS.map((s) => ({ value: s, label: RFM_SEGMENTS[s].label[locale] }))} />
        <FilterSelect name="abc" label={f("abc")} value={query.abc} anyLabel={any} options={ABC_CLASSES.map((c) => ({ value: c, label: c }))} />
        <FilterSelect name="risk" label={f("risk")} value={query.risk} anyLabel={any} options={RISK_LEVELS.map((r) => ({ value: r, label: RISK_LEVEL_LABELS[r][locale] }))} />
        <FilterSelect name="health" label={t("health.list.filter")} value={query.health} anyLabel={t("health.list.any")} options={HEALTH_FILTERS.map((h) => ({ value: h, label: h === "none" ? t("health.list.none") : t(`health.bands.${h}`) }))} />
        <label className="text-xs font-medium text-slate-600">
          {t("clv.list.minClv")}
          <input type="number" name="minClv" min={0} step={1} inputMode="numeric" defaultValue={query.minClv ?? ""} className={inputClass} />
        </label>
        <FilterSelect name="maxPAlive" label={t("clv.list.maxPAlive")} value={query.maxPAlive} anyLabel={t("clv.list.anyPAlive")} options={P_ALIVE_CUTS.map((cut) => ({ value: cut, label: `${Number(cut) * 100} %` }))} />
        <FilterSelect name="industry" label={f("industry")} value={query.industry} anyLabel={any} options={options.industries.map((v) => ({ value: v, label: v }))} />
        <FilterSelect name="region" label={f("region")} value={query.region} anyLabel={any} options={options.regions.map((v) => ({ value: v, label: v }))} />
        <FilterSelect name="archived" label={f("status")} value={query.archived} anyLabel={f("active")} options={[{ value: "1", label: f("archivedOnly") }]} />
      </div>
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir && <input type="hidden" name="dir" value={query.dir} />}
      {/* The open saved view and the chosen columns stay while the filters change. */}
      {query.view && <input type="hidden" name="view" value={query.view} />}
      {query.cols && <input type="hidden" name="cols" value={query.cols} />}
    </FilterForm>
  );
}
