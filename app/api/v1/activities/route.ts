import { afterApiWrite } from "@/lib/api/after-commit";
import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { createActivity, listActivities, ZApiActivityCreate, ZApiActivityListQuery } from "@/lib/api/resources/activities";

export const GET = defineApiRoute({ scope: "activities:read", query: ZApiActivityListQuery }, async ({ db, query }) => apiJson(await listActivities(db, query)));

export const POST = defineApiRoute({ scope: "activities:write", body: ZApiActivityCreate }, async ({ body, actor, writeAccount }) => {
  const activity = await writeAccount(body.accountId, (tx) => createActivity(tx, actor, body));
  await afterApiWrite({ actor });
  return apiJson(activity, 201);
});
