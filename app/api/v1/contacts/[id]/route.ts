import { afterApiWrite } from "@/lib/api/after-commit";
import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { contactJson, findContact, updateContact, ZApiContactPatch } from "@/lib/api/resources/contacts";

export const GET = defineApiRoute({ scope: "contacts:read" }, async ({ db, params }) => apiJson(contactJson(await findContact(db, params.id))));

export const PATCH = defineApiRoute({ scope: "contacts:write", body: ZApiContactPatch }, async ({ db, body, params, actor, writeAccount }) => {
  const { accountId } = await findContact(db, params.id);
  const contact = await writeAccount(accountId, (tx) => updateContact(tx, actor, accountId, params.id, body));
  await afterApiWrite({ actor });
  return apiJson(contact);
});
