import { exportAccountOrders } from "@/lib/csv-import/export";
import { notFound } from "@/lib/errors/app-error";
import { csvResponse } from "@/lib/server/csv-response";
import { defineRoute } from "@/lib/server/define-route";

/** GET: the account's orders as CSV, in the columns the orders import reads. Every signed-in user may read. */
export const GET = defineRoute({}, async (_request, { db, params }) => {
  const file = await exportAccountOrders(db, params.id);
  if (!file) throw notFound();
  return csvResponse(file);
});
