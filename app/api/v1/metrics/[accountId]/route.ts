import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { getMetrics } from "@/lib/api/resources/metrics";

export const GET = defineApiRoute({ scope: "metrics:read" }, async ({ db, params }) => apiJson(await getMetrics(db, params.accountId)));
