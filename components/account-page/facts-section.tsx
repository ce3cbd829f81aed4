import type { AccountHeader } from "@/lib/account-page";
import { formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { Facts, Section } from "@/components/ui/section";

/** Company facts and the account profile texts (strategy, products, operating status, growth bottleneck). */
export async function FactsSection({ account }: { account: AccountHeader }) {
  const { t, locale } = await getI18n();
  const texts = [
    { label: t("accountPage.facts.strategy"), value: account.strategy },
    { label: t("accountPage.facts.products"), value: account.products },
    { label: t("accountPage.facts.operatingStatus"), value: account.operatingStatus },
    { label: t("accountPage.facts.growthBottleneck"), value: account.growthBottleneck },
  ].filter((item) => item.value);
  return (
    <Section id="facts" title={t("accountPage.facts.title")}>
      <Facts
        items={[
          { label: t("accountPage.facts.size"), value: t(`domain.size.${account.size}`) },
          { label: t("accountPage.facts.annualRevenue"), value: formatMoney(locale, account.annualRevenue, { compact: true }) },
          { label: t("accountPage.facts.creditRating"), value: account.creditRating ?? "—" },
          { label: t("accountPage.facts.lifecycle"), value: t(`domain.lifecycle.${account.lifecyclePhase}`) },
          { label: t("accountPage.facts.scenario"), value: account.salesScenario ? t(`domain.scenario.${account.salesScenario}`) : "—" },
        ]}
      />
      {texts.length === 0 ? (
        <p className="mt-4 text-sm text-slate-500">{t("accountPage.facts.noProfile")}</p>
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
