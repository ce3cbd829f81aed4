"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { ImportReason, ImportReport } from "@/lib/csv-import/report";
import { formatNumber } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";

const DELIMITER_KEY = { ",": "comma", ";": "semicolon", "\t": "tab" } as const;

/** What the check found: row counts, how columns were mapped, every invalid row with its reasons; then the choice. */
export function ImportPreview({ report, onCommit, onRestart }: { report: ImportReport; onCommit: (onlyValid: boolean) => void; onRestart: () => void }) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(locale, value);
  const reason = (r: ImportReason) => {
    const message = t(r.key, r.values);
    return r.column ? `${r.column}: ${message}` : message;
  };
  const fieldLabel = (key: string) => t(`csvImport.field.${key}` as MessageKey);
  const hasInvalid = report.invalidCount > 0;
  const mappingColumns: Column<ImportReport["mapped"][number]>[] = [
    { key: "header", header: t("csvImport.preview.fileColumn"), cell: (m) => m.header },
    { key: "field", header: t("csvImport.preview.field"), cell: (m) => fieldLabel(m.key) },
  ];
  const invalidColumns: Column<ImportReport["invalidRows"][number]>[] = [
    { key: "row", header: t("csvImport.preview.row"), className: "align-top tabular-nums", cell: (issue) => issue.row },
    {
      key: "problem",
      header: t("csvImport.preview.problem"),
      cell: (issue) => (
        <ul>
          {issue.reasons.map((r, i) => (
            <li key={i}>{reason(r)}</li>
          ))}
        </ul>
      ),
    },
  ];

  return (
    <section className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" className="text-lg font-semibold">{t("csvImport.preview.title")}</h2>
      {report.fileError ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">{reason(report.fileError)}</p>
      ) : (
        <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="import-summary">
          <span className="font-medium">{t("csvImport.preview.summary", { total: n(report.totalRows) })}</span>
          <Badge tone="green">{t("csvImport.preview.writable", { count: n(report.writableRows) })}</Badge>
          {report.unchangedRows > 0 && <Badge>{t("csvImport.preview.unchanged", { count: n(report.unchangedRows) })}</Badge>}
          {hasInvalid && <Badge tone="red">{t("csvImport.preview.invalid", { count: n(report.invalidCount) })}</Badge>}
          {(report.warningCount ?? 0) > 0 && <Badge tone="amber">{t("duplicates.import.warningCount", { count: n(report.warningCount ?? 0) })}</Badge>}
          <span className="text-slate-500">{t("csvImport.preview.delimiter", { delimiter: t(`csvImport.preview.${DELIMITER_KEY[report.delimiter]}`) })}</span>
        </div>
      )}

      {report.mapped.length > 0 && (
        <details open className="text-sm">
          <summary className="cursor-pointer font-medium">{t("csvImport.preview.columns")}</summary>
          <DataTable
            variant="plain"
            className="mt-2"
            columns={mappingColumns}
            rows={report.mapped}
            rowKey={(m) => m.key}
            label={t("csvImport.preview.columns")}
          />
          {report.ignored.length > 0 && <p className="mt-2 text-slate-600">{t("csvImport.preview.ignored", { columns: report.ignored.join(", ") })}</p>}
        </details>
      )}

      {hasInvalid && (
        <div>
          <h3 className="font-medium">{t("csvImport.preview.invalidTitle")}</h3>
          <DataTable
            className="mt-2 max-h-96 overflow-auto"
            stickyHeader
            columns={invalidColumns}
            rows={report.invalidRows}
            rowKey={(issue) => String(issue.row)}
            label={t("csvImport.preview.invalidTitle")}
            testId="invalid-rows"
          />
          {report.invalidRows.length < report.invalidCount && (
            <p className="mt-1 text-xs text-slate-500">{t("csvImport.preview.truncated", { shown: n(report.invalidRows.length), count: n(report.invalidCount) })}</p>
          )}
          <p className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("csvImport.preview.blocked")}</p>
        </div>
      )}
      {report.warningRows && report.warningRows.length > 0 && (
        <div>
          <h3 className="font-medium">{t("duplicates.import.warningsTitle")}</h3>
          <p className="mt-1 text-sm text-slate-600">{t("duplicates.import.warningsIntro")}</p>
          <DataTable
            className="mt-2 max-h-96 overflow-auto"
            stickyHeader
            columns={invalidColumns}
            rows={report.warningRows}
            rowKey={(issue) => String(issue.row)}
            label={t("duplicates.import.warningsTitle")}
            testId="warning-rows"
          />
        </div>
      )}
      {!report.fileError && !hasInvalid && (
        <p className="text-sm text-slate-600">{report.writableRows === 0 ? t("csvImport.preview.nothingToDo") : t("csvImport.preview.ready")}</p>
      )}

      <div className="flex flex-wrap gap-2">
        {!report.fileError && !hasInvalid && report.writableRows > 0 && (
          <Button onClick={() => onCommit(false)}>{t("csvImport.commit", { count: n(report.writableRows) })}</Button>
        )}
        {hasInvalid && report.writableRows > 0 && (
          <Button onClick={() => onCommit(true)}>{t("csvImport.commitValid", { count: n(report.writableRows) })}</Button>
        )}
        <Button variant="secondary" onClick={onRestart}>{t("csvImport.restart")}</Button>
      </div>
    </section>
  );
}
