import Link from "next/link";
import type { AccountListPage } from "@/lib/accounts/queries";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { listHref, type ParamValue } from "@/lib/lists/query";

const link = "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100";
const off = `${link} opacity-40`;

/**
 * The accounts list's pager: first / previous / next by cursor (every other search param kept, so a filtered view
 * survives paging and the back button), the page's number and "from–to of total", the total shown as "10,000+"
 * beyond the counting cap.
 */
export function AccountPager({ list, params, t, locale }: { list: AccountListPage; params: Record<string, ParamValue>; t: Translate; locale: Locale }) {
  const href = (cursor: string | null) => listHref("/accounts", params, { page: undefined, cursor: cursor ?? undefined });
  const from = list.rows.length === 0 ? 0 : (list.page - 1) * list.pageSize + 1;
  const to = list.rows.length === 0 ? 0 : from + list.rows.length - 1;
  const values = { from: formatNumber(locale, from), to: formatNumber(locale, to), total: formatNumber(locale, list.total) };
  const hasPrevious = list.page > 1;
  return (
    <nav aria-label={t("accounts.pager.label")} className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
      <span>{t(list.totalCapped ? "accounts.pager.summaryCapped" : "accounts.pager.summary", values)}</span>
      <span className="flex flex-wrap items-center gap-2">
        {hasPrevious ? <Link className={link} href={href(null)}>{t("accounts.pager.first")}</Link> : <span className={off} aria-disabled>{t("accounts.pager.first")}</span>}
        {hasPrevious ? (
          <Link className={link} href={href(list.previousCursor)} rel="prev">{t("accounts.pager.previous")}</Link>
        ) : (
          <span className={off} aria-disabled>{t("accounts.pager.previous")}</span>
        )}
        <span aria-current="page">{t("accounts.pager.page", { page: formatNumber(locale, list.page) })}</span>
        {list.nextCursor ? (
          <Link className={link} href={href(list.nextCursor)} rel="next">{t("accounts.pager.next")}</Link>
        ) : (
          <span className={off} aria-disabled>{t("accounts.pager.next")}</span>
        )}
      </span>
    </nav>
  );
}
