import { Badge } from "@/components/ui/badge";
import type { AccountOverview } from "@/lib/account-page";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { RFM_SEGMENTS, type RfmSegment } from "@/lib/rfm";
import { Facts, Section } from "@/components/ui/section";

/** RFM scores, segment with its recommended action, ABC class and 12-month figures (from the metrics cache). */
export async function RfmSection({ metrics }: { metrics: AccountOverview["metrics"] }) {
  const { t, locale } = await getI18n();
  const segment = metrics?.rfmSegment && metrics.rfmSegment in RFM_SEGMENTS ? RFM_SEGMENTS[metrics.rfmSegment as RfmSegment] : null;
  return (
    <Section id="rfm" title={t("accountPage.rfm.title")}>
      {metrics?.r != null && metrics.f != null && metrics.m != null ? (
        <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
          <span className="text-slate-500">{t("accountPage.rfm.scores")}:</span>
          {(["r", "f", "m"] as const).map((key) => (
            <span key={key} className="rounded-md bg-brand-50 px-2 py-1 font-semibold tabular-nums text-brand-700">
              {t(`accountPage.rfm.${key}`)} {metrics[key]}
            </span>
          ))}
          {segment && <Badge tone="blue">{segment.label[locale]}</Badge>}
        </div>
      ) : (
        <p className="mb-3 text-sm text-slate-500">{t("accountPage.rfm.noScores")}</p>
      )}
      {segment && <p className="mb-3 text-sm text-slate-600">{segment.action[locale]}</p>}
      <Facts
        items={[
          { label: t("accountPage.rfm.abc"), value: metrics?.abcClass ?? "—" },
          { label: t("accountPage.rfm.revenue12m"), value: formatMoney(locale, metrics?.revenue12m ?? 0) },
          { label: t("accountPage.rfm.margin12m"), value: formatMoney(locale, metrics?.margin12m ?? 0) },
          { label: t("accountPage.rfm.lastOrder"), value: formatDate(locale, metrics?.lastOrderAt) },
        ]}
      />
    </Section>
  );
}
