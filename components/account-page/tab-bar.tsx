import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { ACCOUNT_TABS, tabHref, type AccountTab } from "./tabs";

/** The tabs as real links in a labelled <nav>: keyboard, back button and shared URLs all work. */
export async function TabBar({ accountId, active }: { accountId: string; active: AccountTab }) {
  const { t } = await getI18n();
  return (
    <nav aria-label={t("accountPage.tabs.label")} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {ACCOUNT_TABS.map((tab) => {
          const current = tab === active;
          return (
            <li key={tab}>
              <Link
                href={tabHref(accountId, tab)}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"}`}
              >
                {t(`accountPage.tabs.${tab}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
