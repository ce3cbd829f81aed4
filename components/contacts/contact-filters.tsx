import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { TContactListQuery } from "@/lib/contacts/list-query";
import { Attitude, BuyingRole, ContactFunction, ContactLevel, PersonalityType } from "@/lib/generated/prisma/enums";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

type FilterKey = "level" | "function" | "role" | "personality" | "attitude";

const FILTERS: { key: FilterKey; values: string[]; labels: string; column: MessageKey }[] = [
  { key: "level", values: Object.values(ContactLevel), labels: "domain.level", column: "contacts.column.level" },
  { key: "function", values: Object.values(ContactFunction), labels: "domain.function", column: "contacts.column.function" },
  { key: "role", values: Object.values(BuyingRole), labels: "domain.buyingRole", column: "contacts.column.role" },
  { key: "personality", values: Object.values(PersonalityType), labels: "domain.personality", column: "contacts.column.personality" },
  { key: "attitude", values: Object.values(Attitude), labels: "domain.attitude", column: "contacts.column.attitude" },
];

/**
 * Search and filters as a plain GET form: the URL holds the state (shareable, back button works) and it works
 * without JavaScript. Sorting is kept; the page starts again at 1.
 */
export async function ContactFilters({ query }: { query: TContactListQuery }) {
  const { t } = await getI18n();
  const ownerValue = query.owner === "me" ? "me" : "";
  return (
    <form method="get" action="/contacts" role="search" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="text-sm sm:col-span-2">
          <label htmlFor="q" className="block font-medium text-slate-700">{t("contacts.list.search")}</label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("contacts.list.searchPlaceholder")} className={inputClass} />
        </div>
        {FILTERS.map((f) => (
          <div key={f.key} className="text-sm">
            <label htmlFor={`filter-${f.key}`} className="block font-medium text-slate-700">{t(f.column)}</label>
            <select id={`filter-${f.key}`} name={f.key} defaultValue={query[f.key] ?? ""} className={inputClass}>
              <option value="">{t("contacts.list.any")}</option>
              {f.values.map((v) => <option key={v} value={v}>{t(`${f.labels}.${v}` as MessageKey)}</option>)}
            </select>
          </div>
        ))}
        <div className="text-sm">
          <label htmlFor="filter-owner" className="block font-medium text-slate-700">{t("contacts.list.owner")}</label>
          <select id="filter-owner" name="owner" defaultValue={ownerValue} className={inputClass}>
            <option value="">{t("contacts.list.ownerAnyone")}</option>
            <option value="me">{t("contacts.list.ownerMe")}</option>
          </select>
        </div>
      </div>
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir && <input type="hidden" name="dir" value={query.dir} />}
      {/* The open saved view and the chosen columns stay while the filters change. */}
      {query.view && <input type="hidden" name="view" value={query.view} />}
      {query.cols && <input type="hidden" name="cols" value={query.cols} />}
      <div className="mt-3 flex gap-2">
        <button type="submit" className={buttonClass()}>{t("contacts.list.apply")}</button>
        <Link href="/contacts" className={buttonClass("secondary")}>{t("contacts.list.reset")}</Link>
      </div>
    </form>
  );
}
