import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { listOrders, ZApiOrderListQuery } from "@/lib/api/resources/orders";

export const GET = defineApiRoute({ scope: "orders:read", query: ZApiOrderListQuery }, async ({ db, query }) => apiJson(await listOrders(db, query)));
