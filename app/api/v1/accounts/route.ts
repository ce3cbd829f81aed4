import { afterApiWrite } from "@/lib/api/after-commit";
import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { createAccount, listAccounts, ZApiAccountCreate, ZApiAccountListQuery } from "@/lib/api/resources/accounts";

export const GET = defineApiRoute({ scope: "accounts:read", query: ZApiAccountListQuery }, async ({ db, query }) => apiJson(await listAccounts(db, query)));

export const POST = defineApiRoute({ scope: "accounts:write", body: ZApiAccountCreate }, async ({ body, user, actor, transaction }) => {
  const account = await transaction((tx) => createAccount(tx, user, actor, body));
  await afterApiWrite({ actor, accountsCreated: [account.id], refresh: [account.id] });
  return apiJson(account, 201);
});
