import { afterApiWrite } from "@/lib/api/after-commit";
import { upsertAccounts } from "@/lib/api/bulk/accounts";
import { BULK_MAX_ROWS, ZBulkEnvelope } from "@/lib/api/bulk/shared";
import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";

export const POST = defineApiRoute({ scope: "accounts:write", body: ZBulkEnvelope, maxRows: BULK_MAX_ROWS }, async ({ body, user, actor, transaction }) => {
  const { result, created, updated } = await transaction((tx) => upsertAccounts(tx, user, actor, body.rows), { timeoutMs: 120_000 });
  await afterApiWrite({ actor, accountsCreated: created, accountsUpdated: updated, refresh: [...created, ...updated] });
  return apiJson(result);
});
