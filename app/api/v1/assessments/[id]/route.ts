import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { getAssessment } from "@/lib/api/resources/assessments";

export const GET = defineApiRoute({ scope: "assessments:read" }, async ({ db, params }) => apiJson(await getAssessment(db, params.id)));
