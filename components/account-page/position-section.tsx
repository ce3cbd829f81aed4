import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import type { AccountHeader, AccountOverview } from "@/lib/account-page";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { QUADRANTS, STRATEGIES } from "@/lib/matrix";
import { STAGE_INFO, STAGE_MISMATCH_LABELS, stageMismatch } from "@/lib/stages";
import { Section } from "@/components/ui/section";

/** Current quadrant, its strategy and recommended actions, the latest assessment, and a stage mismatch warning. */
export async function PositionSection({ account, assessment }: { account: AccountHeader; assessment: AccountOverview["latestAssessment"] }) {
  const { t, locale } = await getI18n();
  const quadrant = account.quadrant;
  const mismatch = quadrant ? stageMismatch(account.stage, quadrant) : null;
  const strategy = quadrant ? STRATEGIES[QUADRANTS[quadrant].strategy] : null;
  const score = (value: number | null, completeness: number) => (
    <>
      <span className="text-lg font-semibold tabular-nums">{formatNumber(locale, value, 2)}</span>{" "}
      <span className="text-xs text-slate-500">{t("accountPage.assessment.completeness", { value: formatPercent(locale, completeness) })}</span>
    </>
  );
  return (
    <Section id="position" title={t("accountPage.matrix.title")}>
      {mismatch && (
        <div role="note" className={`mb-4 rounded-md px-3 py-2 text-sm ${mismatch.severity === "STRONG" ? "bg-red-50 text-red-800" : "bg-amber-50 text-amber-800"}`}>
          <p className="font-medium">
            {t("accountPage.mismatch.title", { kind: STAGE_MISMATCH_LABELS[mismatch.kind][locale] })} ({t(`accountPage.mismatch.${mismatch.severity}`)})
          </p>
          <p>
            {t("accountPage.mismatch.body", {
              quadrant: QUADRANTS[mismatch.quadrant].label[locale],
              stage: STAGE_INFO[mismatch.stage].label[locale],
              expected: mismatch.expected.map((q) => QUADRANTS[q].label[locale]).join(locale === "zh" ? "、" : ", "),
            })}
          </p>
        </div>
      )}
      {!quadrant || !strategy ? (
        <p className="text-sm text-slate-600">
          {t("accountPage.matrix.notAssessed")}{" "}
          <Link href={`/scoring/${account.id}`} className="text-brand-600 underline">
            {t("accountPage.matrix.assessNow")}
          </Link>
        </p>
      ) : (
        <div className="space-y-2 text-sm">
          <p>
            {t("accountPage.matrix.quadrant")}: <QuadrantBadge quadrant={quadrant} locale={locale} />{" "}
            <span className="text-slate-600">{QUADRANTS[quadrant].role[locale]}</span>
          </p>
          <p>
            {t("accountPage.matrix.strategy")}: <span className="font-medium">{strategy.label[locale]}</span>
          </p>
          <div>
            <h3 className="font-medium text-slate-700">{t("accountPage.matrix.actions")}</h3>
            <ul className="mt-1 list-disc pl-5 text-slate-600">
              {strategy.actions.map((action) => (
                <li key={action.en}>{action[locale]}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {assessment && (
        <div className="mt-4 border-t border-slate-100 pt-3">
          <h3 className="text-sm font-medium text-slate-700">{t("accountPage.assessment.title")}</h3>
          <dl className="mt-2 grid grid-cols-2 gap-3 text-sm">
            <div>
              <dt className="text-slate-500">{t("accountPage.assessment.attractiveness")}</dt>
              <dd>{score(assessment.attractiveness, assessment.attractivenessCompleteness)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("accountPage.assessment.strength")}</dt>
              <dd>{score(assessment.strength, assessment.strengthCompleteness)}</dd>
            </div>
          </dl>
          <p className="mt-2 text-xs text-slate-500">
            {t("accountPage.assessment.by", {
              date: formatDate(locale, assessment.assessedAt),
              name: assessment.assessorName,
              version: assessment.modelVersion,
            })}
          </p>
        </div>
      )}
    </Section>
  );
}
