import { exportAccounts } from "@/lib/accounts/queries";
import { ZAccountListQuery } from "@/lib/accounts/schemas";
import { accountCsvHeader, accountCsvRow } from "@/lib/csv/account-columns";
import { defineRoute } from "@/lib/server/define-route";

/**
 * The filtered accounts list (all pages, same URL params as /accounts) as CSV: UTF-8 with a BOM so Excel shows
 * Chinese names correctly, streamed in batches. Its first columns re-import through /accounts/import.
 */
export const GET = defineRoute({ query: ZAccountListQuery }, async (_request, { user, db, query }) => {
  const batches = exportAccounts(user, query, db);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode("\uFEFF" + accountCsvHeader()));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(accountCsvRow).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="accounts-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
