import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { listAssessments, ZApiAssessmentListQuery } from "@/lib/api/resources/assessments";

export const GET = defineApiRoute({ scope: "assessments:read", query: ZApiAssessmentListQuery }, async ({ db, query }) => apiJson(await listAssessments(db, query)));
