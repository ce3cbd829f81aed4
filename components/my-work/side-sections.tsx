import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { CHURN_SIGNAL_LABELS, type ChurnSignalCode } from "@/lib/churn";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { MyWork } from "@/lib/my-work/queries";
import { describeAlert } from "@/lib/notifications/describe";

type Props = { work: MyWork; t: Translate; locale: Locale };

const empty = (text: string) => <p className="text-sm text-slate-500">{text}</p>;

export function OpenAlertsSection({ work, t, locale }: Props) {
  const { rows, total } = work.alerts;
  return (
    <Section id="my-alerts" title={t("myWork.sections.alerts")} actions={<Link href="/notifications" className="text-sm text-brand-700 underline">{t("myWork.item.allAlerts")}</Link>}>
      {rows.length === 0
        ? empty(t("myWork.sections.alertsEmpty"))
        : (
            <ul className="space-y-3 text-sm" data-testid="my-alerts">
              {rows.map((alert) => {
                const text = describeAlert(alert, t, locale);
                return (
                  <li key={alert.id}>
                    <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                      <Badge tone="amber">{t(`notifications.kinds.${alert.kind}`)}</Badge>
                      <span>{formatDate(locale, alert.raisedAt)}</span>
                    </p>
                    <Link href={text.href} className="mt-0.5 block font-medium hover:underline">
                      <span className="text-brand-700">{alert.account.name}</span> — {text.title}
                    </Link>
                    <p className="text-slate-600">{text.detail}</p>
                  </li>
                );
              })}
            </ul>
          )}
      {total > rows.length && <p className="mt-3 text-xs text-slate-500">{t("myWork.item.more", { count: formatNumber(locale, total - rows.length) })}</p>}
    </Section>
  );
}

export function AtRiskSection({ work, t, locale }: Props) {
  return (
    <Section id="my-risk" title={t("myWork.sections.risk")}>
      {work.atRisk.length === 0
        ? empty(t("myWork.sections.riskEmpty"))
        : (
            <ul className="space-y-2 text-sm">
              {work.atRisk.map((account) => (
                <li key={account.id} className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/accounts/${account.id}`} className="font-medium text-brand-700 hover:underline">{account.name}</Link>
                  <span className="flex flex-wrap items-center gap-1">
                    <Badge tone="red">{t("myWork.item.risk", { score: account.metrics?.riskScore ?? 0 })}</Badge>
                    {(account.metrics?.churnFlags ?? []).map((code) => (
                      <Badge key={code}>{CHURN_SIGNAL_LABELS[code as ChurnSignalCode]?.[locale] ?? code}</Badge>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          )}
    </Section>
  );
}

export function StaleSection({ work, t, locale }: Props) {
  return (
    <Section id="my-stale" title={t("myWork.sections.stale")}>
      <p className="mb-2 text-xs text-slate-500">{t("myWork.sections.staleHint", { days: work.staleDays })}</p>
      {work.stale.length === 0
        ? empty(t("myWork.sections.staleEmpty"))
        : (
            <ul className="space-y-2 text-sm">
              {work.stale.map((row) => (
                <li key={row.accountId} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    <Link href={`/accounts/${row.accountId}`} className="font-medium text-brand-700 hover:underline">{row.name}</Link>
                    <span className="block text-xs text-slate-500">{t("myWork.item.assessedOn", { date: formatDate(locale, row.assessedAt), days: row.ageDays })}</span>
                  </span>
                  <Link href={`/scoring/${row.accountId}`} className="text-xs text-brand-700 underline" aria-label={t("myWork.item.assess", { name: row.name })}>
                    {t("accountPage.header.assess")}
                  </Link>
                </li>
              ))}
            </ul>
          )}
    </Section>
  );
}
