import { afterApiWrite } from "@/lib/api/after-commit";
import { upsertOrders } from "@/lib/api/bulk/orders";
import { BULK_MAX_ROWS, ZBulkEnvelope } from "@/lib/api/bulk/shared";
import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";

export const POST = defineApiRoute({ scope: "orders:write", body: ZBulkEnvelope, maxRows: BULK_MAX_ROWS }, async ({ body, user, actor, transaction }) => {
  const { result, accountIds } = await transaction((tx) => upsertOrders(tx, user, actor, body.rows), { timeoutMs: 120_000 });
  await afterApiWrite({ actor, orders: { accountIds, created: result.created, updated: result.updated }, refresh: accountIds });
  return apiJson(result);
});
