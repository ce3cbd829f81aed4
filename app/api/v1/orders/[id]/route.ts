import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { getOrder } from "@/lib/api/resources/orders";

export const GET = defineApiRoute({ scope: "orders:read" }, async ({ db, params }) => apiJson(await getOrder(db, params.id)));
