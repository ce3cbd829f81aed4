import { StageBadge } from "@/components/domain/stage-badge";
import type { AccountHeader } from "@/lib/account-page";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { KAM_ROLES, STAGE_INFO } from "@/lib/stages";
import { Section } from "@/components/ui/section";

/** The relationship stage, what it looks like, and the KAM's role at it. */
export async function StageSection({ account }: { account: AccountHeader }) {
  const { t, locale } = await getI18n();
  const info = STAGE_INFO[account.stage];
  const role = KAM_ROLES[account.stage];
  return (
    <Section id="stage" title={t("accountPage.stage.title")}>
      <p className="text-sm">
        <StageBadge stage={account.stage} locale={locale} />{" "}
        <span className="text-slate-500">{t("accountPage.stage.since", { date: formatDate(locale, account.stageChangedAt) })}</span>
      </p>
      <p className="mt-2 text-sm text-slate-600">{info.description[locale]}</p>
      <p className="mt-2 text-sm">
        <span className="font-medium text-slate-700">{t("accountPage.stage.contactPattern")}: </span>
        <span className="text-slate-600">{info.contactPattern[locale]}</span>
      </p>
      {role ? (
        <div className="mt-4 border-t border-slate-100 pt-3 text-sm">
          <h3 className="font-medium text-slate-700">{t("accountPage.stage.kamRole", { phase: role.phase[locale] })}</h3>
          <dl className="mt-2 grid gap-2 sm:grid-cols-3">
            {(["buyerView", "sellerView", "kamView"] as const).map((view) => (
              <div key={view} className="rounded-md bg-slate-50 p-2">
                <dt className="text-xs text-slate-500">{t(`accountPage.stage.${view}`)}</dt>
                <dd className="font-medium">{role[view][locale]}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-slate-600">{role.guidance[locale]}</p>
          <p className="mt-1 text-slate-600">
            <span className="font-medium text-slate-700">{t("accountPage.stage.skills")}: </span>
            {role.skillFocus[locale]}
          </p>
        </div>
      ) : (
        <p className="mt-4 text-sm text-slate-600">{t("accountPage.stage.noRole")}</p>
      )}
    </Section>
  );
}
