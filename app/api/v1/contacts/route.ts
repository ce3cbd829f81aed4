import { afterApiWrite } from "@/lib/api/after-commit";
import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { createContact, listContacts, ZApiContactCreate, ZApiContactListQuery } from "@/lib/api/resources/contacts";

export const GET = defineApiRoute({ scope: "contacts:read", query: ZApiContactListQuery }, async ({ db, query }) => apiJson(await listContacts(db, query)));

export const POST = defineApiRoute({ scope: "contacts:write", body: ZApiContactCreate }, async ({ body, actor, writeAccount }) => {
  const contact = await writeAccount(body.accountId, (tx) => createContact(tx, actor, body));
  await afterApiWrite({ actor });
  return apiJson(contact, 201);
});
