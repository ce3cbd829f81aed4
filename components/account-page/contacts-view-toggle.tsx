import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import type { ContactView } from "@/lib/stakeholder-map/schemas";
import { tabHref } from "./tabs";

/** List or stakeholder map: plain links, so the choice lives in the URL (`&view=map`) and survives a reload. */
export async function ContactsViewToggle({ accountId, view }: { accountId: string; view: ContactView }) {
  const { t } = await getI18n();
  const options: { value: ContactView; label: string }[] = [
    { value: "list", label: t("stakeholders.view.list") },
    { value: "map", label: t("stakeholders.view.map") },
  ];
  return (
    <nav aria-label={t("stakeholders.view.label")} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
      {options.map((option) => (
        <Link
          key={option.value}
          href={tabHref(accountId, "contacts", option.value === "map" ? { view: "map" } : {})}
          aria-current={view === option.value ? "page" : undefined}
          className={`rounded px-3 py-1 font-medium ${view === option.value ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}
