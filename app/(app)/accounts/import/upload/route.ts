import { revalidatePath } from "next/cache";
import { isImportKind, type ImportEvent, type ImportKind, type ImportReport } from "@/lib/csv-import/report";
import { runCsvImport } from "@/lib/csv-import/run";
import { fileSource } from "@/lib/csv-import/source";
import { spoolUpload } from "@/lib/csv-import/upload";
import { getDb } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { defineRoute, errorResponse } from "@/lib/server/define-route";

const fileErrorReport = (kind: ImportKind, fileError: ImportReport["fileError"]): ImportReport => ({
  kind, delimiter: ",", totalRows: 0, writableRows: 0, unchangedRows: 0,
  invalidCount: 0, invalidRows: [], mapped: [], ignored: [], missing: [], fileError,
});

/**
 * POST the raw CSV file (no body size limit but IMPORT_MAX_MB, unlike server actions; the proxy does not run here,
 * so nothing buffers or cuts the body) with `?kind=orders|contacts|accounts`, `mode=check|commit` and `onlyValid=1`.
 * The whole body is streamed to a temporary file first (never held in memory): a file over the maximum is answered
 * 413 and one that arrived cut short 400, before any row is checked or written. Then the import reads that file as
 * a stream and the answer streams NDJSON events: progress while rows are checked and written, then the report (and
 * on commit the outcome). Every check runs again on commit. The temporary file is deleted however the import ends.
 */
export const POST = defineRoute({}, async (request, { user, t }) => {
  const params = new URL(request.url).searchParams;
  const kind = params.get("kind");
  const mode = params.get("mode");
  if (!isImportKind(kind) || (mode !== "check" && mode !== "commit")) throw new AppError("csvImport.errors.invalidRequest");

  const upload = await spoolUpload(request);
  if (!upload.ok && upload.problem !== "notUtf8") {
    return errorResponse(upload.problem === "tooLarge" ? 413 : 400, t(upload.reason.key, upload.reason.values));
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        if (!upload.ok) {
          send({ type: "report", committed: false, report: fileErrorReport(kind, upload.reason) });
          return;
        }
        const run = await runCsvImport(getDb(), user, {
          kind,
          source: fileSource(upload.path),
          commit: mode === "commit",
          onlyValid: params.get("onlyValid") === "1",
          onProgress: async (progress) => {
            send({ type: "progress", ...progress });
            // Let the event leave before the next chunk of work starts.
            await new Promise((resolve) => setImmediate(resolve));
          },
        });
        if (run.committed && run.outcome) {
          revalidatePath("/", "layout");
          send({ type: "report", committed: true, report: run.report, outcome: run.outcome });
        } else send({ type: "report", committed: false, report: run.report });
      } catch (error) {
        console.error("CSV import failed", error);
        send({ type: "error", message: t("csvImport.errors.failed") });
      } finally {
        if (upload.ok) await upload.dispose().catch((error) => console.error("Deleting the CSV upload failed", error));
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" },
  });
});
