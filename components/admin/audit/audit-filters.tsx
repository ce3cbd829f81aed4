import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { AuditFilterOptions } from "@/lib/audit-log/queries";
import type { TAuditQuery } from "@/lib/audit-log/schemas";
import { getI18n } from "@/lib/i18n/server";

/** The log's filters as a plain GET form: the URL holds them, so a view can be shared and exported as it is. */
export async function AuditFilters({ query, options }: { query: TAuditQuery; options: AuditFilterOptions }) {
  const { t } = await getI18n();
  const select = (id: string, name: keyof TAuditQuery, label: string, anyLabel: string, choices: { value: string; label: string }[]) => (
    <div className="text-sm">
      <label htmlFor={id} className="block font-medium text-slate-700">{label}</label>
      <select id={id} name={name} defaultValue={query[name] ?? ""} className={inputClass}>
        <option value="">{anyLabel}</option>
        {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
    </div>
  );
  return (
    <form method="get" action="/admin/audit" role="search" aria-label={t("users.audit.filters")} className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {select("audit-user", "user", t("users.audit.user"), t("users.audit.anyUser"), options.users.map((u) => ({ value: u.id, label: u.name })))}
        {select("audit-entity", "entity", t("users.audit.entity"), t("users.audit.anyEntity"), options.entityTypes.map((v) => ({ value: v, label: v })))}
        {select("audit-action", "action", t("users.audit.action"), t("users.audit.anyAction"), options.actions.map((v) => ({ value: v, label: v })))}
        <div className="text-sm">
          <label htmlFor="audit-from" className="block font-medium text-slate-700">{t("users.audit.from")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} className={inputClass} />
        </div>
        <div className="text-sm">
          <label htmlFor="audit-to" className="block font-medium text-slate-700">{t("users.audit.to")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} className={inputClass} />
        </div>
      </div>
      <div className="mt-3 flex gap-2">
        <button type="submit" className={buttonClass()}>{t("users.audit.apply")}</button>
        <Link href="/admin/audit" className={buttonClass("secondary")}>{t("users.audit.clear")}</Link>
      </div>
    </form>
  );
}
