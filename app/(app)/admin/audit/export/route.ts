import { auditCsvHeader, auditCsvRows } from "@/lib/audit-log/csv";
import { exportAudit } from "@/lib/audit-log/queries";
import { ZAuditQuery } from "@/lib/audit-log/schemas";
import { defineRoute } from "@/lib/server/define-route";

/** The filtered audit log (all pages, same URL params as /admin/audit) as CSV with a BOM, streamed in batches. */
export const GET = defineRoute({ roles: ["ADMIN"], query: ZAuditQuery }, async (_request, { db, query }) => {
  const batches = exportAudit(db, query);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode("\uFEFF" + auditCsvHeader()));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(auditCsvRows(next.value)));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
