import { afterApiWrite } from "@/lib/api/after-commit";
import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { createComplaint, listComplaints, ZApiComplaintCreate, ZApiComplaintListQuery } from "@/lib/api/resources/activities";

export const GET = defineApiRoute({ scope: "complaints:read", query: ZApiComplaintListQuery }, async ({ db, query }) => apiJson(await listComplaints(db, query)));

export const POST = defineApiRoute({ scope: "complaints:write", body: ZApiComplaintCreate }, async ({ body, actor, writeAccount }) => {
  const complaint = await writeAccount(body.accountId, (tx) => createComplaint(tx, actor, body));
  await afterApiWrite({ actor });
  return apiJson(complaint, 201);
});
