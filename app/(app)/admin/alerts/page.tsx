import { EvaluateNowButton } from "@/components/alerts/evaluate-now-button";
import { RuleCard } from "@/components/alerts/rule-card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { loadAlertRulesView } from "@/lib/notifications/queries";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.alerts", "shell.titles.admin");

export default async function AlertRulesPage() {
  const user = await requireUser();
  const { t, locale } = await getI18n();
  if (!isAdmin(user)) {
    return <Notice title={t("common.forbiddenTitle")} body={t("notifications.rules.forbidden")} href="/dashboard" linkLabel={t("common.backToDashboard")} />;
  }
  const rules = await loadAlertRulesView(getDb());
  return (
    <>
      <PageHeader title={t("notifications.rules.title")} intro={t("notifications.rules.intro")} actions={<EvaluateNowButton />} />
      <ul className="grid gap-4 lg:grid-cols-2">
        {rules.map((rule) => (
          <li key={rule.kind}>
            <RuleCard
              rule={{
                kind: rule.kind,
                enabled: rule.enabled,
                params: rule.params as Record<string, unknown>,
                saved: rule.saved,
                invalid: rule.invalid,
                openAlerts: rule.openAlerts,
                updated: rule.updatedAt
                  ? `${t("notifications.rules.updated", { date: formatDate(locale, rule.updatedAt, true) })}${rule.updatedBy ? ` · ${rule.updatedBy}` : ""}`
                  : null,
              }}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
