import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { getActivity } from "@/lib/api/resources/activities";

export const GET = defineApiRoute({ scope: "activities:read" }, async ({ db, params }) => apiJson(await getActivity(db, params.id)));
