import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { getUser } from "@/lib/api/resources/users";

export const GET = defineApiRoute({ scope: "users:read" }, async ({ db, params }) => apiJson(await getUser(db, params.id)));
