import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { StageBadge } from "@/components/domain/stage-badge";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import type { AccountHeader as Account } from "@/lib/account-page";
import { getI18n } from "@/lib/i18n/server";
import { hasCjk } from "@/lib/search/query-text";

/** Name, owner, place, flags and the way to edit, assess or see the stage board. */
export async function AccountHeader({ account }: { account: Account }) {
  const { t, locale } = await getI18n();
  return (
    <header className="mb-4 space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold">{account.name}</h1>
          {account.localName && (
            <p className="text-base text-slate-700" lang={hasCjk(account.localName) ? "zh-CN" : undefined} data-testid="account-local-name">
              <span className="sr-only">{t("shell.fields.localName")}: </span>
              {account.localName}
            </p>
          )}
          <p className="mt-1 text-sm text-slate-600">
            {t("accountPage.header.owner")}: <span className="font-medium text-slate-800">{account.owner.name}</span>
            <span aria-hidden> · </span>
            {[account.industry, account.region, account.country].join(" · ")}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            {account.isKeyAccount && <Badge tone="violet">{t("accountPage.header.keyAccount")}</Badge>}
            {account.archived && <Badge tone="red">{t("accountPage.header.archived")}</Badge>}
            <StageBadge stage={account.stage} locale={locale} />
            <QuadrantBadge quadrant={account.quadrant} locale={locale} />
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {account.canEdit && (
            <>
              <Link href={`/accounts/${account.id}/edit`} className={buttonClass("secondary")}>
                {t("accountPage.header.edit")}
              </Link>
              <Link href={`/scoring/${account.id}`} className={buttonClass("secondary")}>
                {t("accountPage.header.assess")}
              </Link>
            </>
          )}
          <Link href="/board" className={buttonClass("secondary")}>
            {t("accountPage.header.board")}
          </Link>
        </div>
      </div>
      {!account.canEdit && (
        <p role="note" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          {t("accountPage.header.readOnly")}
        </p>
      )}
    </header>
  );
}
