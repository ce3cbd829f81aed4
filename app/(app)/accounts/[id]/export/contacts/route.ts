import { exportAccountContacts } from "@/lib/csv-import/export";
import { notFound } from "@/lib/errors/app-error";
import { csvResponse } from "@/lib/server/csv-response";
import { defineRoute } from "@/lib/server/define-route";

/** GET: the account's contacts as CSV, in the columns the contacts import reads. Every signed-in user may read. */
export const GET = defineRoute({}, async (_request, { db, params }) => {
  const file = await exportAccountContacts(db, params.id);
  if (!file) throw notFound();
  return csvResponse(file);
});
