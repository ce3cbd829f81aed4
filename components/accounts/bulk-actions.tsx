"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent, type ReactNode, type SelectHTMLAttributes } from "react";
import { bulkAddTeamMemberAction, bulkReassignOwnerAction } from "@/lib/accounts/bulk-actions";
import { Button, buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PersonPicker } from "@/components/ui/person-picker";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { listHref } from "@/lib/lists/links";
import type { ActionResult } from "@/lib/server/result";
import type { BulkOutcome } from "@/lib/server/define-action";
import { BULK_FORM_ID, setRowsChecked, useSelection } from "./bulk-selection";

type Kind = "" | "reassign" | "team";
type Report = { updated: number; unchanged: number; refused: BulkOutcome<unknown>["refused"] } | { error: string };

/** A select with its label beside it in the markup (htmlFor), so its name is the label alone. */
function LabelledSelect({ label, children, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="text-xs font-medium text-slate-600">
      <label htmlFor={id}>{label}</label>
      <select id={id} className={inputClass} {...props}>
        {children}
      </select>
    </div>
  );
}

/** A person picker (active users) with its label beside it, like LabelledSelect. */
function LabelledPicker({ label, name }: { label: string; name: string }) {
  const id = useId();
  return (
    <div className="min-w-56 text-xs font-medium text-slate-600">
      <label htmlFor={id}>{label}</label>
      <PersonPicker id={id} name={name} among="active" initial={null} required />
    </div>
  );
}

/**
 * The bar above the accounts list for the selected rows: reassign the owner (directors and admins), add a team
 * member, export the selection as CSV. Each account is changed or refused on its own (see lib/accounts/bulk-actions)
 * and the outcome is reported as counts and the refused accounts with their reasons.
 */
/** `teamRoles` come from the page: importing the enum here would ship every generated enum to the browser. */
export function BulkActions({ canReassign, teamRoles, exportParams }: { canReassign: boolean; teamRoles: readonly TeamRole[]; exportParams: Record<string, string> }) {
  const { t } = useI18n();
  const router = useRouter();
  const selected = useSelection().ids;
  const [kind, setKind] = useState<Kind>("");
  const [report, setReport] = useState<Report | null>(null);
  const [pending, startTransition] = useTransition();
  const count = selected.length;

  function run(action: () => Promise<ActionResult<BulkOutcome<{ changed: boolean }>>>) {
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setReport({ error: result.error });
        return;
      }
      const { done, refused } = result.data;
      setReport({ updated: done.filter((d) => d.data.changed).length, unchanged: done.filter((d) => !d.data.changed).length, refused });
      if (done.length > 0) router.refresh();
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const ids = data.getAll("ids").map(String);
    if (kind === "reassign") run(() => bulkReassignOwnerAction({ ids, ownerId: String(data.get("ownerId") ?? "") }));
    if (kind === "team") {
      run(() => bulkAddTeamMemberAction({ ids, userId: String(data.get("userId") ?? ""), teamRole: String(data.get("teamRole") ?? "") as TeamRole, formal: data.get("formal") === "on" }));
    }
  }

  const exportHref = listHref("/accounts/export", exportParams, { ids: selected.join(",") });
  return (
    <section aria-label={t("savedViews.bulk.label")} className="mb-3 rounded-lg border border-slate-200 bg-white p-3" data-testid="bulk-actions">
      <form id={BULK_FORM_ID} onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
        <p className="min-w-28 self-center text-sm font-medium" aria-live="polite" data-testid="bulk-count">
          {t("savedViews.bulk.selected", { count })}
        </p>
        <LabelledSelect label={t("savedViews.bulk.action")} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
          <option value="">{t("savedViews.bulk.choose")}</option>
          {canReassign && <option value="reassign">{t("savedViews.bulk.reassign")}</option>}
          <option value="team">{t("savedViews.bulk.addMember")}</option>
        </LabelledSelect>
        {kind === "reassign" && canReassign && <LabelledPicker label={t("savedViews.bulk.newOwner")} name="ownerId" />}
        {kind === "team" && (
          <>
            <LabelledPicker label={t("savedViews.bulk.member")} name="userId" />
            <LabelledSelect label={t("savedViews.bulk.teamRole")} name="teamRole" required>
              {teamRoles.map((role) => <option key={role} value={role}>{t(`domain.teamRole.${role}`)}</option>)}
            </LabelledSelect>
            <label className="flex items-center gap-2 self-center text-sm">
              <input type="checkbox" name="formal" defaultChecked className="size-4" />
              {t("savedViews.bulk.formal")}
            </label>
          </>
        )}
        {kind && (
          <Button type="submit" size="sm" disabled={pending || count === 0}>
            {pending ? t("savedViews.bulk.working") : t("savedViews.bulk.apply", { count })}
          </Button>
        )}
        {count > 0 ? (
          <a href={exportHref} download className={buttonClass("secondary", "sm")}>{t("savedViews.bulk.export", { count })}</a>
        ) : (
          <span aria-disabled className={`${buttonClass("secondary", "sm")} opacity-50`}>{t("savedViews.bulk.exportNone")}</span>
        )}
        {count > 0 && (
          <Button variant="ghost" size="sm" onClick={() => setRowsChecked(false)}>{t("savedViews.bulk.clear")}</Button>
        )}
      </form>
      {report && (
        <div role="status" className="mt-3 text-sm" data-testid="bulk-report">
          {"error" in report ? (
            <p className="rounded-md bg-red-50 px-3 py-2 text-red-700">{report.error}</p>
          ) : (
            <>
              <p className={report.refused.length > 0 ? "font-medium text-amber-900" : "font-medium text-green-800"}>
                {t("savedViews.bulk.report", { updated: report.updated, unchanged: report.unchanged, refused: report.refused.length })}
              </p>
              {report.refused.length > 0 && (
                <ul className="mt-1 list-disc pl-5 text-slate-700">
                  {report.refused.map((r) => <li key={r.id}>{t("savedViews.bulk.refusedRow", { name: r.name ?? r.id, reason: r.error })}</li>)}
                </ul>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
