import { exportAccounts } from "@/lib/accounts/queries";
import { idsParam } from "@/lib/accounts/bulk-schemas";
import { ZAccountListQuery } from "@/lib/accounts/schemas";
import { accountCsvHeader, accountCsvRow } from "@/lib/csv/account-columns";
import { csvStreamResponse } from "@/lib/server/csv-response";
import { defineRoute } from "@/lib/server/define-route";

/**
 * The filtered accounts list (all pages, same URL params as /accounts) as CSV, streamed in batches; with `ids`
 * (the rows selected on the list) just those accounts. Its first columns re-import through /accounts/import.
 */
export const GET = defineRoute({ query: ZAccountListQuery.extend({ ids: idsParam }) }, async (_request, { user, db, query }) =>
  csvStreamResponse({
    filename: `accounts-${new Date().toISOString().slice(0, 10)}.csv`,
    header: accountCsvHeader(),
    batches: exportAccounts(user, query, db),
    rows: (batch) => batch.map(accountCsvRow).join(""),
  }),
);
