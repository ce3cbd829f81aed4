import type { AccountHeader } from "@/lib/db/account-detail";
import { formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { Facts, Section } from "@/components/ui/section";

/** Company facts and the profile texts of seed 004 §3 (strategy, products, operating status, bottleneck). */
export async function FactsSection({ account }: { account: AccountHeader }) {
  const { t, locale } = await getI18n();
  const texts = [
    { label: t("accountDetail.facts.strategy"), value: account.strategy },
    { label: t("accountDetail.facts.products"), value: account.products },
    { label: t("accountDetail.facts.operatingStatus"), value: account.operatingStatus },
    { label: t("accountDetail.facts.growthBottleneck"), value: account.growthBottleneck },
  ].filter((item) => item.value);
  return (
    <Section id="facts" title={t("accountDetail.facts.title")}>
      <Facts
        items={[
          { label: t("accountDetail.facts.size"), value: t(`domain.size.${account.size}`) },
          { label: t("accountDetail.facts.annualRevenue"), value: formatMoney(locale, account.annualRevenue, { compact: true }) },
          { label: t("accountDetail.facts.creditRating"), value: account.creditRating ?? "—" },
          { label: t("accountDetail.facts.lifecycle"), value: t(`domain.lifecycle.${account.lifecyclePhase}`) },
          { label: t("accountDetail.facts.scenario"), value: account.salesScenario ? t(`domain.scenario.${account.salesScenario}`) : "—" },
        ]}
      />
      {texts.length === 0 ? (
        <p className="mt-4 text-sm text-slate-500">{t("accountDetail.facts.noProfile")}</p>
      ) : (
        <dl className="mt-4 space-y-3 text-sm">
          {texts.map((item) => (
            <div key={item.label}>
              <dt className="font-medium text-slate-700">{item.label}</dt>
              <dd className="mt-0.5 whitespace-pre-line text-slate-600">{item.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}
