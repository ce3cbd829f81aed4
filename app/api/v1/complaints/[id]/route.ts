import { afterApiWrite } from "@/lib/api/after-commit";
import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { closeComplaint, complaintJson, findComplaint, ZApiComplaintPatch } from "@/lib/api/resources/activities";

export const GET = defineApiRoute({ scope: "complaints:read" }, async ({ db, params }) => apiJson(complaintJson(await findComplaint(db, params.id))));

export const PATCH = defineApiRoute({ scope: "complaints:write", body: ZApiComplaintPatch }, async ({ db, params, actor, writeAccount }) => {
  const { accountId } = await findComplaint(db, params.id);
  const complaint = await writeAccount(accountId, (tx) => closeComplaint(tx, actor, accountId, params.id));
  await afterApiWrite({ actor });
  return apiJson(complaint);
});
