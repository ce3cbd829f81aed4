import Link from "next/link";
import type { ReactNode } from "react";
import { ObjectiveMeter } from "@/components/plans/objective-meter";
import { BuyingRole } from "@/lib/generated/prisma/enums";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { QUADRANTS } from "@/lib/matrix";
import { riskExposure } from "@/lib/objectives";
import type { PlanDocument } from "@/lib/plan-document/queries";
import { objectiveMeter } from "@/lib/plans/measure";
import { SWOT_LISTS } from "@/lib/plans/schemas";
import { STAGE_INFO } from "@/lib/stages";
import { PrintButton } from "./print-button";

/*
 * Printed, the document stands alone: the app's sidebar, top bar and skip link are hidden, A4 pages, each
 * section from a new page, rows kept whole, no buttons.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  #app-sidebar, [data-testid="top-bar"], a[href="#main"], [data-testid="drawer-backdrop"] { display: none !important; }
  html, body { background: #fff !important; }
  #main { padding: 0 !important; }
  .plan-doc { max-width: none !important; font-size: 10.5pt; }
  .plan-doc .doc-section + .doc-section { break-before: page; }
  .plan-doc tr, .plan-doc li { break-inside: avoid; }
  .plan-doc h2, .plan-doc h3 { break-after: avoid; }
}
`;

const th = "border-b border-slate-300 px-2 py-1 text-left font-medium text-slate-700";
const td = "border-b border-slate-100 px-2 py-1 align-top";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="doc-section mt-6">
      <h2 id={id} className="border-b-2 border-brand-600 pb-1 text-lg font-semibold text-slate-900">{title}</h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

/** The whole account plan as one document in the user's language, to read, print or save as PDF. */
export async function PlanPrintView({ doc, now }: { doc: PlanDocument; now: Date }) {
  const { t, locale } = await getI18n();
  const { account, contacts, cells, plan, lastReview } = doc;
  const none = t("planDocument.print.none");
  const roles = [...Object.values(BuyingRole), null] as const;
  const byRole = roles
    .map((role) => ({ role, contacts: contacts.filter((c) => c.buyingRole === role) }))
    .filter((group) => group.contacts.length > 0);
  const tasks = plan?.objectives.flatMap((o) => o.tasks.map((task) => ({ ...task, objective: o.title }))) ?? [];

  return (
    <article className="plan-doc mx-auto max-w-4xl bg-white p-4 sm:p-8" data-testid="plan-document">
      <style>{PRINT_CSS}</style>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/accounts/${account.id}?tab=plan`} className="text-sm text-brand-700 underline">{t("planDocument.print.back")}</Link>
        {plan && <PrintButton label={t("planDocument.print.download")} />}
      </div>
      <header>
        <h1 className="text-2xl font-bold text-slate-900">{t("planDocument.print.title", { name: account.name })}</h1>
        {account.localName && <p className="text-slate-700">{account.localName}</p>}
        <p className="text-sm text-slate-600">
          {plan ? `${t("planDocument.print.plan", { title: plan.title })} · ` : ""}{t("planDocument.print.generated", { date: formatDate(locale, now) })}
        </p>
      </header>

      {!plan && <p className="mt-6 text-slate-700">{t("planDocument.print.noPlan")}</p>}

      <Section id="doc-overview" title={t("planDocument.print.overview")}>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-slate-600">{t("planDocument.print.stage")}</dt><dd>{STAGE_INFO[account.stage].label[locale]}</dd>
          <dt className="text-slate-600">{t("planDocument.print.quadrant")}</dt><dd>{account.quadrant ? QUADRANTS[account.quadrant].label[locale] : none}</dd>
          <dt className="text-slate-600">{t("planDocument.print.keyAccount")}</dt><dd>{account.isKeyAccount ? t("planDocument.print.yes") : t("planDocument.print.no")}</dd>
          <dt className="text-slate-600">{t("planDocument.print.revenue12m")}</dt><dd>{formatMoney(locale, account.metrics?.revenue12m.toString() ?? 0)}</dd>
          {account.health && (<><dt className="text-slate-600">{t("planDocument.print.health")}</dt><dd>{account.health.score ?? none}</dd></>)}
          <dt className="text-slate-600">{t("planDocument.print.owner")}</dt><dd>{account.owner.name}</dd>
        </dl>
      </Section>

      <Section id="doc-stakeholders" title={t("planDocument.print.stakeholders")}>
        {byRole.length === 0 ? <p className="text-sm text-slate-600">{t("planDocument.print.noContacts")}</p> : (
          <div className="overflow-x-auto print:overflow-visible" tabIndex={0}><table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("planDocument.print.byRole")}</caption>
            <thead><tr>
              <th className={th}>{t("planDocument.print.role")}</th><th className={th}>{t("planDocument.print.contacts")}</th>
              <th className={th}>{t("planDocument.print.supporters")}</th><th className={th}>{t("planDocument.print.neutral")}</th>
              <th className={th}>{t("planDocument.print.opponents")}</th><th className={th}>{t("planDocument.print.covered")}</th>
            </tr></thead>
            <tbody>
              {byRole.map(({ role, contacts: group }) => (
                <tr key={role ?? "none"}>
                  <td className={td}>{role ? t(`domain.buyingRole.${role}`) : t("planDocument.print.noRole")}</td>
                  <td className={td}>{group.map((c) => c.name).join(", ")}</td>
                  <td className={td}>{group.filter((c) => c.attitude === "SUPPORTER").length}</td>
                  <td className={td}>{group.filter((c) => c.attitude === "NEUTRAL").length}</td>
                  <td className={td}>{group.filter((c) => c.attitude === "OPPONENT").length}</td>
                  <td className={td}>{group.filter((c) => c.covered).length} / {group.length}</td>
                </tr>
              ))}
            </tbody>
          </table></div>
        )}
      </Section>

      <Section id="doc-whitespace" title={t("planDocument.print.whitespace")}>
        {cells.length === 0 ? <p className="text-sm text-slate-600">{t("planDocument.print.noWhitespace")}</p> : (
          <div className="overflow-x-auto print:overflow-visible" tabIndex={0}><table className="w-full border-collapse text-sm">
            <thead><tr>
              <th className={th}>{t("planDocument.print.buyingCentre")}</th><th className={th}>{t("planDocument.print.offering")}</th>
              <th className={th}>{t("planDocument.print.cellStatus")}</th><th className={th}>{t("planDocument.print.totalMarket")}</th><th className={th}>{t("planDocument.print.ourRevenue")}</th>
            </tr></thead>
            <tbody>
              {cells.map((cell) => (
                <tr key={cell.id}>
                  <td className={td}>{cell.buyingCentre.name}</td>
                  <td className={td}>{locale === "zh" ? cell.offering.nameZh : cell.offering.nameEn}</td>
                  <td className={td}>{t(`planDocument.print.whitespaceStatus.${cell.status}`)}{cell.competitor ? ` (${cell.competitor})` : ""}</td>
                  <td className={td}>{cell.totalMarket ? formatMoney(locale, cell.totalMarket.toString()) : none}</td>
                  <td className={td}>{cell.ourRevenue ? formatMoney(locale, cell.ourRevenue.toString()) : none}</td>
                </tr>
              ))}
            </tbody>
          </table></div>
        )}
      </Section>

      {plan && (
        <>
          <Section id="doc-swot" title={t("planDocument.swot.title")}>
            <div className="grid grid-cols-2 gap-3 text-sm">
              {SWOT_LISTS.map((list) => (
                <div key={list} className="rounded border border-slate-200 p-2">
                  <h3 className="font-semibold">{t(`planDocument.swot.${list}`)}</h3>
                  {plan[list].length === 0 ? <p className="text-slate-500">{none}</p> : (
                    <ul className="list-disc pl-5">{plan[list].map((line, i) => <li key={i}>{line}</li>)}</ul>
                  )}
                </div>
              ))}
            </div>
          </Section>

          <Section id="doc-objectives" title={t("planDocument.print.objectives")}>
            {plan.objectives.length === 0 ? <p className="text-sm text-slate-600">{none}</p> : (
              <ol className="space-y-3">
                {plan.objectives.map((objective) => (
                  <li key={objective.id} className="text-sm" data-testid="doc-objective">
                    <h3 className="font-semibold text-slate-900">{objective.title}</h3>
                    {objective.description && <p className="text-slate-700">{objective.description}</p>}
                    <ObjectiveMeter meter={objectiveMeter(objective, plan.createdAt, now, t, locale)} label={t("planDocument.objective.progressLabel", { title: objective.title })} />
                  </li>
                ))}
              </ol>
            )}
          </Section>

          <Section id="doc-items" title={t("planDocument.print.items")}>
            {tasks.length === 0 ? <p className="text-sm text-slate-600">{t("planDocument.print.noItems")}</p> : (
              <div className="overflow-x-auto print:overflow-visible" tabIndex={0}><table className="w-full border-collapse text-sm">
                <thead><tr>
                  <th className={th}>{t("planDocument.print.item")}</th><th className={th}>{t("planDocument.print.objectives")}</th>
                  <th className={th}>{t("planDocument.print.itemOwner")}</th><th className={th}>{t("planDocument.print.itemDue")}</th><th className={th}>{t("planDocument.print.itemStatus")}</th>
                </tr></thead>
                <tbody>
                  {tasks.map((task) => (
                    <tr key={task.id}>
                      <td className={td}>{task.title}</td><td className={td}>{task.objective}</td>
                      <td className={td}>{task.owner?.name ?? none}</td>
                      <td className={td}>{task.dueDate ? formatDate(locale, task.dueDate) : none}</td>
                      <td className={td}>{t(`domain.planStatus.${task.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table></div>
            )}
          </Section>

          <Section id="doc-risks" title={t("planDocument.risks.title")}>
            {plan.risks.length === 0 ? <p className="text-sm text-slate-600">{t("planDocument.risks.empty")}</p> : (
              <div className="overflow-x-auto print:overflow-visible" tabIndex={0}><table className="w-full border-collapse text-sm">
                <thead><tr>
                  <th className={th}>{t("planDocument.risks.risk")}</th><th className={th}>{t("planDocument.risks.severity")}</th>
                  <th className={th}>{t("planDocument.risks.likelihood")}</th><th className={th}>{t("planDocument.risks.exposure")}</th>
                  <th className={th}>{t("planDocument.risks.owner")}</th><th className={th}>{t("planDocument.risks.mitigation")}</th><th className={th}>{t("planDocument.risks.status")}</th>
                </tr></thead>
                <tbody>
                  {plan.risks.map((risk) => (
                    <tr key={risk.id}>
                      <td className={td}>{risk.title}</td>
                      <td className={td}>{t(`planDocument.risks.levels.${risk.severity}`)}</td>
                      <td className={td}>{t(`planDocument.risks.levels.${risk.likelihood}`)}</td>
                      <td className={td}>{riskExposure(risk.severity, risk.likelihood)}</td>
                      <td className={td}>{risk.owner?.name ?? none}</td>
                      <td className={td}>{risk.mitigation ?? none}</td>
                      <td className={td}>{t(`planDocument.risks.statuses.${risk.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table></div>
            )}
          </Section>
        </>
      )}

      <Section id="doc-review" title={t("planDocument.print.lastReview")}>
        {!lastReview ? <p className="text-sm text-slate-600">{t("planDocument.print.noReview")}</p> : (
          <div className="text-sm">
            <h3 className="font-semibold">{t("planDocument.reviews.heldOnTitle", { date: formatDate(locale, lastReview.heldOn) })}</h3>
            <dl className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="text-slate-600">{t("planDocument.reviews.ourSide")}</dt><dd>{lastReview.users.map((u) => u.name).join(", ") || none}</dd>
              <dt className="text-slate-600">{t("planDocument.reviews.theirSide")}</dt><dd>{lastReview.contacts.map((c) => c.name).join(", ") || none}</dd>
              <dt className="text-slate-600">{t("planDocument.reviews.agenda")}</dt><dd className="whitespace-pre-line">{lastReview.agenda ?? none}</dd>
            </dl>
            {lastReview.lines.length > 0 && (
              <>
                <h4 className="mt-2 font-medium">{t("planDocument.reviews.outcomes")}</h4>
                <ul className="list-disc pl-5">
                  {lastReview.lines.map((line, i) => (
                    <li key={i}>{line.text}{line.objectiveTitle ? ` — ${t("planDocument.reviews.taken", { objective: line.objectiveTitle })}` : ""}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </Section>
    </article>
  );
}
