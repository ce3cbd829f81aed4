import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { StageBadge } from "@/components/domain/stage-badge";
import { getAccountHistory, HISTORY_PAGE_SIZE } from "@/lib/db/account-detail";
import { getDb } from "@/lib/db/prisma";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/messages";
import type { MessageKey } from "@/lib/i18n/translate";
import { UNCOUPLING_REASON_INFO } from "@/lib/stages";
import { num, Section, td, th } from "@/components/ui/section";
import { tabHref } from "./tabs";

/** A known audit action's label; actions other features log under new names show as they are. */
function actionKey(action: string): MessageKey | null {
  let node: unknown = MESSAGES.en.accountDetail.history.auditActions;
  for (const part of action.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? (`accountDetail.history.auditActions.${action}` as MessageKey) : null;
}

/** Assessments over time, stage transitions and the account's change log, newest first. */
export async function HistoryTab({ accountId, limit }: { accountId: string; limit: number }) {
  const { t, locale } = await getI18n();
  const { assessments, transitions, audit, hasMore } = await getAccountHistory(getDb(), accountId, limit);
  const empty = (text: string) => <p className="text-sm text-slate-500">{text}</p>;
  return (
    <div className="space-y-4">
      <Section id="history-assessments" title={t("accountDetail.history.assessments")}>
        {assessments.length === 0 ? empty(t("accountDetail.history.emptyAssessments")) : (
          <div className="overflow-x-auto">
            <table className="w-full">
              <thead className="border-b border-slate-200">
                <tr>
                  <th scope="col" className={th}>{t("accountDetail.history.date")}</th>
                  <th scope="col" className={th}>{t("accountDetail.history.model")}</th>
                  <th scope="col" className={`${th} ${num}`}>{t("accountDetail.history.attractiveness")}</th>
                  <th scope="col" className={`${th} ${num}`}>{t("accountDetail.history.strength")}</th>
                  <th scope="col" className={th}>{t("accountDetail.history.quadrant")}</th>
                  <th scope="col" className={th}>{t("accountDetail.history.assessor")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {assessments.map((a) => (
                  <tr key={a.id}>
                    <td className={td}>{formatDate(locale, a.assessedAt)}</td>
                    <td className={td}>{t("accountDetail.history.modelVersion", { version: a.model.version })}</td>
                    <td className={`${td} ${num}`}>{formatNumber(locale, a.attractiveness, 2)}</td>
                    <td className={`${td} ${num}`}>{formatNumber(locale, a.strength, 2)}</td>
                    <td className={td}><QuadrantBadge quadrant={a.quadrant} locale={locale} /></td>
                    <td className={td}>{a.assessor.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section id="history-stages" title={t("accountDetail.history.stages")}>
        {transitions.length === 0 ? empty(t("accountDetail.history.emptyStages")) : (
          <ol className="space-y-3">
            {transitions.map((tr) => (
              <li key={tr.id} className="border-l-2 border-brand-100 pl-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <StageBadge stage={tr.fromStage} locale={locale} />
                  <span aria-hidden>→</span>
                  <span className="sr-only">{t("accountDetail.history.transition")}</span>
                  <StageBadge stage={tr.toStage} locale={locale} />
                  <span className="text-xs text-slate-500">
                    {formatDate(locale, tr.createdAt, true)} · {tr.user.name}
                  </span>
                </p>
                {tr.reasons.length > 0 && (
                  <p className="mt-1 text-slate-600">
                    {t("accountDetail.history.reasons")}: {tr.reasons.map((r) => UNCOUPLING_REASON_INFO[r].label[locale]).join(locale === "zh" ? "、" : ", ")}
                  </p>
                )}
                {tr.note && <p className="mt-1 whitespace-pre-line text-slate-600">{tr.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="history-audit" title={t("accountDetail.history.audit")}>
        {audit.length === 0 ? empty(t("accountDetail.history.emptyAudit")) : (
          <div className="overflow-x-auto">
            <table className="w-full">
              <thead className="border-b border-slate-200">
                <tr>
                  <th scope="col" className={th}>{t("accountDetail.history.date")}</th>
                  <th scope="col" className={th}>{t("accountDetail.history.action")}</th>
                  <th scope="col" className={th}>{t("accountDetail.history.changes")}</th>
                  <th scope="col" className={th}>{t("accountDetail.history.user")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {audit.map((row) => {
                  const key = actionKey(row.action);
                  return (
                    <tr key={row.id}>
                      <td className={td}>{formatDate(locale, row.at, true)}</td>
                      <td className={td}>{key ? t(key) : row.action}</td>
                      <td className={`${td} font-mono text-xs text-slate-600`}>{row.changes.join(", ") || "—"}</td>
                      <td className={td}>{row.user?.name ?? t("accountDetail.history.system")}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      {hasMore && (
        <Link href={tabHref(accountId, "history", { limit: String(limit + HISTORY_PAGE_SIZE) })} scroll={false} className="inline-block text-sm text-brand-600 underline">
          {t("accountDetail.history.showMore")}
        </Link>
      )}
    </div>
  );
}
