import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { listUsers, ZApiUserListQuery } from "@/lib/api/resources/users";

export const GET = defineApiRoute({ scope: "users:read", query: ZApiUserListQuery }, async ({ db, query }) => apiJson(await listUsers(db, query)));
