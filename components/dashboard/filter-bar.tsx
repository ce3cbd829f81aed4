import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { OwnerFilter } from "@/components/ui/owner-filter";
import { DASHBOARD_PERIODS, type DashboardFilters, type DashboardScope, type FilterOptions } from "@/lib/dashboard";
import { listHref } from "@/lib/lists/query";
import type { Translate } from "@/lib/i18n/translate";

const PERIOD_LABEL = { "12m": "dashboard.filters.period12m", "24m": "dashboard.filters.period24m", "36m": "dashboard.filters.period36m" } as const;

const scopeHref = (filters: DashboardFilters, scope: DashboardScope) => listHref("/dashboard", filters, { scope });

/** The URL filters of every panel: a plain GET form, so the view is a link and works without JavaScript. */
export function FilterBar({ filters, options, t }: { filters: DashboardFilters; options: FilterOptions; t: Translate }) {
  const scopes: DashboardScope[] = ["mine", "all"];
  return (
    <div className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div role="group" aria-label={t("dashboard.filters.scope")} className="mb-3 inline-flex rounded-md border border-slate-300 p-0.5 text-sm">
        {scopes.map((scope) => (
          <Link
            key={scope}
            href={scopeHref(filters, scope)}
            aria-current={filters.scope === scope ? "true" : undefined}
            className={`rounded px-3 py-1 ${filters.scope === scope ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {t(scope === "mine" ? "dashboard.filters.scopeMine" : "dashboard.filters.scopeAll")}
          </Link>
        ))}
      </div>
      <form method="get" action="/dashboard" aria-label={t("dashboard.filters.label")} className={`grid grid-cols-2 items-end gap-3 ${options.teams.length > 0 ? "md:grid-cols-3 xl:grid-cols-6" : "md:grid-cols-5"}`}>
        <input type="hidden" name="scope" value={filters.scope} />
        {filters.scope === "mine" ? (
          // "My accounts" already decides whose accounts: the owner choice says so instead of "All owners".
          <Field label={t("dashboard.filters.owner")} name="owner" hint={t("ux.dashboard.ownerMineHint")}>
            <Select name="owner" disabled defaultValue="me" options={[{ value: "me", label: t("dashboard.filters.scopeMine") }]} />
          </Field>
        ) : (
          <Field label={t("dashboard.filters.owner")} name="owner">
            <OwnerFilter id="owner" value={filters.owner} person={options.owner} fixed={[{ value: "", label: t("dashboard.filters.ownerAll") }, { value: "me", label: t("dashboard.filters.scopeMine") }]} />
          </Field>
        )}
        {options.teams.length > 0 && (
          <Field label={t("users.teamFilter.label")} name="team">
            <Select name="team" defaultValue={filters.team ?? ""} placeholder={t("users.teamFilter.any")} options={options.teams.map((team) => ({ value: team.id, label: team.name }))} />
          </Field>
        )}
        <Field label={t("dashboard.filters.region")} name="region">
          <Select name="region" defaultValue={filters.region ?? ""} placeholder={t("dashboard.filters.regionAll")} options={options.regions.map((r) => ({ value: r, label: r }))} />
        </Field>
        <Field label={t("dashboard.filters.industry")} name="industry">
          <Select name="industry" defaultValue={filters.industry ?? ""} placeholder={t("dashboard.filters.industryAll")} options={options.industries.map((i) => ({ value: i, label: i }))} />
        </Field>
        <Field label={t("dashboard.filters.period")} name="period">
          <Select name="period" defaultValue={filters.period} options={DASHBOARD_PERIODS.map((p) => ({ value: p, label: t(PERIOD_LABEL[p]) }))} />
        </Field>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {t("dashboard.filters.apply")}
          </button>
          <Link href={`/dashboard?scope=${filters.scope}`} className={buttonClass("secondary")}>
            {t("dashboard.filters.reset")}
          </Link>
        </div>
      </form>
    </div>
  );
}
