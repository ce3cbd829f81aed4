import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { listHref, type ParamValue } from "@/lib/lists/query";

/**
 * Page links that keep every other search parameter, so a filtered view survives paging and the back button.
 * `params` is the current URL's search parameters.
 */
export async function Pagination({ basePath, params, page, pageSize, total }: { basePath: string; params: Record<string, ParamValue>; page: number; pageSize: number; total: number }) {
  const { t, locale } = await getI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => listHref(basePath, params, { page: p > 1 ? p : undefined });
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const link = "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100";
  return (
    <nav aria-label={t("pagination.label")} className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <span>{t("pagination.summary", { from: formatNumber(locale, from), to: formatNumber(locale, to), total: formatNumber(locale, total) })}</span>
      <span className="flex items-center gap-2">
        {page > 1 ? <Link className={link} href={href(page - 1)} rel="prev">{t("pagination.previous")}</Link> : <span className={`${link} opacity-40`} aria-disabled>{t("pagination.previous")}</span>}
        <span>{t("pagination.page", { page, pages })}</span>
        {page < pages ? <Link className={link} href={href(page + 1)} rel="next">{t("pagination.next")}</Link> : <span className={`${link} opacity-40`} aria-disabled>{t("pagination.next")}</span>}
      </span>
    </nav>
  );
}
