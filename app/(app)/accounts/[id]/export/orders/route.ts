import { getCurrentUser } from "@/lib/auth/session";
import { exportAccountOrders } from "@/lib/db/csv-import-export";
import { getDb } from "@/lib/db/prisma";
import { csvResponse } from "../csv-response";

/** GET: the account's orders as CSV, in the columns the orders import reads. Every signed-in user may read. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await getCurrentUser())) return new Response("Unauthorized", { status: 401 });
  const { id } = await params;
  return csvResponse(await exportAccountOrders(getDb(), id));
}
