import { Badge, type BadgeTone } from "@/components/ui/badge";
import { COVERAGE_PATTERN_LABELS, type CoverageAnalysis, type CoveragePattern } from "@/lib/coverage";
import { STAGE_INFO } from "@/lib/stages";
import { getI18n } from "@/lib/i18n/server";

const TONE: Record<CoveragePattern, BadgeTone> = { NONE: "red", SINGLE_THREADED: "amber", BOW_TIE: "blue", DIAMOND: "green" };

/** The coverage pattern of the account (lib/coverage) with what it means, and its warning for the stage. */
export async function CoverageSummary({ analysis }: { analysis: CoverageAnalysis }) {
  const { t, locale } = await getI18n();
  const { pattern, warning } = analysis;
  return (
    <section aria-labelledby="coverage-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id="coverage-title" className="text-base font-semibold">{t("accountPage.coverage.title")}</h3>
        <span data-testid="coverage-pattern" data-pattern={pattern}>
          <Badge tone={TONE[pattern]}>{COVERAGE_PATTERN_LABELS[pattern][locale]}</Badge>
        </span>
      </div>
      <p className="mt-1 text-sm text-slate-700">{t(`accountPage.coverage.explain.${pattern}`)}</p>
      <p className="mt-1 text-xs text-slate-500">
        {t("accountPage.coverage.summary", {
          covered: analysis.coveredContacts,
          total: analysis.totalContacts,
          people: analysis.ourPeople.length,
          levels: analysis.levelsCovered.length,
        })}
      </p>
      {warning && (
        <div role="status" className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="coverage-warning">
          <p className="font-medium">
            {t("accountPage.coverage.warningTitle")} · {STAGE_INFO[warning.stage].label[locale]}
          </p>
          <p>{warning.message[locale]}</p>
        </div>
      )}
    </section>
  );
}
