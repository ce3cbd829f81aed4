import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { TAccountListQuery } from "@/lib/accounts/schemas";
import { listHref, OWNER_ALL, OWNER_ME } from "@/lib/lists/query";

/** "My accounts / All accounts": the owner filter as two links, so the choice is in the URL. */
export function OwnerScope({ query, t }: { query: TAccountListQuery; t: Translate }) {
  const scopes = [
    { owner: OWNER_ME, label: t("accounts.list.myAccounts") },
    { owner: OWNER_ALL, label: t("accounts.list.allAccounts") },
  ];
  return (
    <nav aria-label={t("accounts.list.scope")} className="mb-4 inline-flex rounded-md border border-slate-300 bg-white text-sm">
      {scopes.map(({ owner, label }) => {
        const current = query.owner === owner;
        return (
          <Link
            key={owner}
            href={listHref("/accounts", query, { owner, page: undefined, cursor: undefined })}
            aria-current={current ? "page" : undefined}
            className={`px-3 py-1.5 first:rounded-l-md last:rounded-r-md ${current ? "bg-brand-600 text-white" : "hover:bg-slate-100"}`}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
