import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { listMetrics, ZApiMetricsListQuery } from "@/lib/api/resources/metrics";

export const GET = defineApiRoute({ scope: "metrics:read", query: ZApiMetricsListQuery }, async ({ db, query }) => apiJson(await listMetrics(db, query)));
