import { getCurrentUser } from "@/lib/auth/session";
import { accountCsvHeader, accountCsvRow } from "@/lib/csv/account-columns";
import { exportAccounts } from "@/lib/db/accounts";
import { ZAccountListQuery } from "@/lib/validation/account";

/**
 * The filtered accounts list (all pages, same URL params as /accounts) as CSV: UTF-8 with a BOM so Excel shows
 * Chinese names correctly, streamed in batches. Its first columns re-import through /accounts/import.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const query = ZAccountListQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const batches = exportAccounts(user, query);
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
}
