import { auditCsvHeader, auditCsvRows } from "@/lib/audit-log/csv";
import { exportAudit } from "@/lib/audit-log/queries";
import { ZAuditQuery } from "@/lib/audit-log/schemas";
import { csvStreamResponse } from "@/lib/server/csv-response";
import { defineRoute } from "@/lib/server/define-route";

/** The filtered audit log (all pages, same URL params as /admin/audit) as CSV, streamed in batches. */
export const GET = defineRoute({ roles: ["ADMIN"], query: ZAuditQuery }, async (_request, { db, query }) =>
  csvStreamResponse({
    filename: `audit-log-${new Date().toISOString().slice(0, 10)}.csv`,
    header: auditCsvHeader(),
    batches: exportAudit(db, query),
    rows: auditCsvRows,
  }),
);
