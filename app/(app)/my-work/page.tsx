import { AtRiskSection, OpenAlertsSection, StaleSection } from "@/components/my-work/side-sections";
import { WorkList } from "@/components/my-work/work-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { loadMyWork } from "@/lib/my-work/queries";
import { UPCOMING_DAYS } from "@/lib/my-work/schemas";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.myWork");

/** A manager's home after sign-in: what needs doing today on his accounts. Directors and admins see their own. */
export default async function MyWorkPage() {
  const user = await requireUser();
  const { t, locale } = await getI18n();
  const work = await loadMyWork(getDb(), user, { now: new Date() });
  const n = (value: number) => formatNumber(locale, value);
  return (
    <>
      <PageHeader
        title={t("myWork.title")}
        intro={t("myWork.intro")}
        actions={<p className="text-sm text-slate-600">{t("myWork.summary", { overdue: n(work.counts.overdue), upcoming: n(work.counts.upcoming), alerts: n(work.alerts.total) })}</p>}
      />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="space-y-6 xl:col-span-2">
          <Section id="my-overdue" title={t("myWork.sections.overdue")}>
            <WorkList items={work.overdue} today={work.today} empty={t("myWork.sections.overdueEmpty")} testId="overdue-items" />
            {work.counts.overdue > work.overdue.length && <p className="mt-2 text-xs text-slate-500">{t("myWork.sections.more", { count: n(work.counts.overdue - work.overdue.length) })}</p>}
          </Section>
          <Section id="my-upcoming" title={t("myWork.sections.upcoming", { days: UPCOMING_DAYS })}>
            <WorkList items={work.upcoming} today={work.today} empty={t("myWork.sections.upcomingEmpty", { days: UPCOMING_DAYS })} testId="upcoming-items" />
            {work.counts.upcoming > work.upcoming.length && <p className="mt-2 text-xs text-slate-500">{t("myWork.sections.more", { count: n(work.counts.upcoming - work.upcoming.length) })}</p>}
            {work.snoozed > 0 && <p className="mt-2 text-xs text-slate-500">{t("myWork.sections.snoozed", { count: n(work.snoozed) })}</p>}
          </Section>
        </div>
        <div className="space-y-6">
          <OpenAlertsSection work={work} t={t} locale={locale} />
          <AtRiskSection work={work} t={t} locale={locale} />
          <StaleSection work={work} t={t} locale={locale} />
        </div>
      </div>
    </>
  );
}
