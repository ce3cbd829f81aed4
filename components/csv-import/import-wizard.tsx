"use client";

import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ACCOUNT_IMPORT_COLUMNS } from "@/lib/csv/account-import-columns";
import { CONTACT_CSV_COLUMNS } from "@/lib/csv/contact-columns";
import type { CsvColumnSpec } from "@/lib/csv/columns";
import { IMPORT_KINDS, IMPORT_MAX_BYTES, IMPORT_MAX_MB, type ImportKind, type ImportOutcome, type ImportProgress, type ImportReport } from "@/lib/csv-import/report";
import { ORDER_CSV_COLUMNS } from "@/lib/csv/order-columns";
import { useI18n } from "@/lib/i18n/client";
import { ImportPreview } from "./import-preview";
import { ImportProgressBar } from "./import-progress";
import { ImportResult } from "./import-result";
import { sendImport, type ImportMode } from "./send-import";

type State =
  | { step: "choose"; error?: string }
  | { step: "busy"; progress?: ImportProgress }
  | { step: "preview"; report: ImportReport }
  | { step: "done"; report: ImportReport; outcome: ImportOutcome };

const COLUMNS: Record<ImportKind, readonly CsvColumnSpec[]> = { accounts: ACCOUNT_IMPORT_COLUMNS, contacts: CONTACT_CSV_COLUMNS, orders: ORDER_CSV_COLUMNS };
const required = (kind: ImportKind) => COLUMNS[kind].filter((c) => c.required).map((c) => c.key).join(", ");

/**
 * Choose what the file holds and the file; the server checks it (preview), then writes it on request.
 * The file goes to the route handler twice — for the check and for the commit — so nothing is trusted between.
 */
export function ImportWizard({ canSetOwner, initialKind = "accounts" }: { canSetOwner: boolean; initialKind?: ImportKind }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ImportKind>(initialKind);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ step: "choose" });
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = state.step === "busy";

  async function run(mode: ImportMode, onlyValid = false) {
    if (!file) {
      setState({ step: "choose", error: t("csvImport.chooseFile") });
      return;
    }
    // The server refuses it too; checking here spares sending hundreds of megabytes for nothing.
    if (file.size > IMPORT_MAX_BYTES) {
      setState({ step: "choose", error: t("csvImport.fileError.tooLarge", { max: IMPORT_MAX_MB }) });
      return;
    }
    setState({ step: "busy" });
    try {
      const last = await sendImport(file, { kind, mode, onlyValid }, (event) => {
        if (event.type === "progress") setState({ step: "busy", progress: event });
      });
      if (last.type === "report" && last.committed) setState({ step: "done", report: last.report, outcome: last.outcome });
      else if (last.type === "report") setState({ step: "preview", report: last.report });
      else setState({ step: "choose", error: (last.type === "error" && last.message) || t("csvImport.errors.failed") });
    } catch {
      setState({ step: "choose", error: t("csvImport.errors.failed") });
    }
  }

  function restart() {
    setFile(null);
    if (fileInput.current) fileInput.current.value = "";
    setState({ step: "choose" });
    fileInput.current?.focus();
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run("check");
  };

  return (
    <>
      <form onSubmit={onSubmit} className="space-y-5 rounded-lg border border-slate-200 bg-white p-4">
        <fieldset disabled={busy}>
          <legend className="text-sm font-medium text-slate-700">{t("csvImport.kind.legend")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {IMPORT_KINDS.map((k) => (
              <label key={k} className={`flex cursor-pointer gap-2 rounded-md border p-3 text-sm ${kind === k ? "border-brand-500 bg-brand-50" : "border-slate-200"}`}>
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => { setKind(k); setState({ step: "choose" }); }} className="mt-0.5" />
                <span>
                  <span className="font-medium">{t(`csvImport.kind.${k}`)}</span>
                  <span className="mt-1 block text-xs text-slate-600">{t(`csvImport.kindHint.${k}`, { columns: required(k) })}</span>
                </span>
              </label>
            ))}
          </div>
          {kind === "accounts" && (
            <p className="mt-2 text-xs text-slate-600">
              {canSetOwner ? t("csvImport.ownerByEmail") : t("csvImport.managerOwner")} {t("csvImport.stageHint")}
            </p>
          )}
        </fieldset>
        <div className="text-sm">
          <label htmlFor="csv-file" className="block font-medium text-slate-700">{t("csvImport.file")}</label>
          <input
            ref={fileInput}
            id="csv-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            disabled={busy}
            aria-describedby="csv-file-hint"
            className={inputClass}
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setState({ step: "choose" }); }}
          />
          <p id="csv-file-hint" className="mt-1 text-xs text-slate-500">{t("csvImport.fileHint", { max: IMPORT_MAX_MB })}</p>
          {state.step === "choose" && state.error && <p role="alert" className="mt-1 text-xs text-red-600">{state.error}</p>}
        </div>
        <Button type="submit" disabled={busy}>{t("csvImport.check")}</Button>
      </form>
      {state.step === "busy" && <ImportProgressBar progress={state.progress} />}
      {state.step === "preview" && <ImportPreview report={state.report} onCommit={(onlyValid) => void run("commit", onlyValid)} onRestart={restart} />}
      {state.step === "done" && <ImportResult kind={state.report.kind} outcome={state.outcome} />}
    </>
  );
}
