import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { StageBadge } from "@/components/domain/stage-badge";
import { getAccountHistory, HISTORY_PAGE_SIZE } from "@/lib/account-page";
import { getDb } from "@/lib/db/prisma";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import type { MessageKey } from "@/lib/i18n/translate";
import { UNCOUPLING_REASON_INFO } from "@/lib/stages";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { tabHref } from "./tabs";

/** A known audit action's label; actions other features log under new names show as they are. */
function actionKey(action: string): MessageKey | null {
  let node: unknown = MESSAGES.en.accountPage.history.auditActions;
  for (const part of action.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? (`accountPage.history.auditActions.${action}` as MessageKey) : null;
}

/** Assessments over time, stage transitions and the account's change log, newest first. */
export async function HistoryTab({ accountId, limit }: { accountId: string; limit: number }) {
  const { t, locale } = await getI18n();
  const { assessments, transitions, audit, hasMore } = await getAccountHistory(getDb(), accountId, limit);
  const empty = (text: string) => <p className="text-sm text-slate-500">{text}</p>;
  const assessmentColumns: Column<(typeof assessments)[number]>[] = [
    { key: "date", header: t("accountPage.history.date"), className: "whitespace-nowrap", cell: (a) => formatDate(locale, a.assessedAt) },
    { key: "model", header: t("accountPage.history.model"), cell: (a) => t("accountPage.history.modelVersion", { version: a.model.version }) },
    { key: "attractiveness", header: t("accountPage.history.attractiveness"), align: "right", cell: (a) => formatNumber(locale, a.attractiveness, 2) },
    { key: "strength", header: t("accountPage.history.strength"), align: "right", cell: (a) => formatNumber(locale, a.strength, 2) },
    { key: "quadrant", header: t("accountPage.history.quadrant"), cell: (a) => <QuadrantBadge quadrant={a.quadrant} locale={locale} /> },
    { key: "assessor", header: t("accountPage.history.assessor"), cell: (a) => a.assessor.name },
  ];
  const auditColumns: Column<(typeof audit)[number]>[] = [
    { key: "date", header: t("accountPage.history.date"), className: "whitespace-nowrap", cell: (row) => formatDate(locale, row.at, true) },
    {
      key: "action",
      header: t("accountPage.history.action"),
      cell: (row) => {
        const key = actionKey(row.action);
        return key ? t(key) : row.action;
      },
    },
    { key: "changes", header: t("accountPage.history.changes"), className: "font-mono text-xs text-slate-600", cell: (row) => row.changes.join(", ") || "—" },
    { key: "user", header: t("accountPage.history.user"), cell: (row) => row.user?.name ?? t("accountPage.history.system") },
  ];
  return (
    <div className="space-y-4">
      <Section id="history-assessments" title={t("accountPage.history.assessments")}>
        <DataTable
          variant="plain"
          columns={assessmentColumns}
          rows={assessments}
          rowKey={(a) => a.id}
          labelledBy="history-assessments"
          empty={{ title: t("accountPage.history.emptyAssessments") }}
        />
      </Section>

      <Section id="history-stages" title={t("accountPage.history.stages")}>
        {transitions.length === 0 ? empty(t("accountPage.history.emptyStages")) : (
          <ol className="space-y-3">
            {transitions.map((tr) => (
              <li key={tr.id} className="border-l-2 border-brand-100 pl-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <StageBadge stage={tr.fromStage} locale={locale} />
                  <span aria-hidden>→</span>
                  <span className="sr-only">{t("accountPage.history.transition")}</span>
                  <StageBadge stage={tr.toStage} locale={locale} />
                  <span className="text-xs text-slate-500">
                    {formatDate(locale, tr.createdAt, true)} · {tr.user.name}
                  </span>
                </p>
                {tr.reasons.length > 0 && (
                  <p className="mt-1 text-slate-600">
                    {t("accountPage.history.reasons")}: {tr.reasons.map((r) => UNCOUPLING_REASON_INFO[r].label[locale]).join(locale === "zh" ? "、" : ", ")}
                  </p>
                )}
                {tr.note && <p className="mt-1 whitespace-pre-line text-slate-600">{tr.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="history-audit" title={t("accountPage.history.audit")}>
        <DataTable
          variant="plain"
          columns={auditColumns}
          rows={audit}
          rowKey={(row) => row.id}
          labelledBy="history-audit"
          empty={{ title: t("accountPage.history.emptyAudit") }}
        />
      </Section>

      {hasMore && (
        <Link href={tabHref(accountId, "history", { limit: String(limit + HISTORY_PAGE_SIZE) })} scroll={false} className="inline-block text-sm text-brand-600 underline">
          {t("accountPage.history.showMore")}
        </Link>
      )}
    </div>
  );
}
