import { afterApiWrite } from "@/lib/api/after-commit";
import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { getAccount, updateAccount, ZApiAccountPatch } from "@/lib/api/resources/accounts";

export const GET = defineApiRoute({ scope: "accounts:read" }, async ({ db, params }) => apiJson(await getAccount(db, params.id)));

export const PATCH = defineApiRoute({ scope: "accounts:write", body: ZApiAccountPatch }, async ({ body, params, actor, writeAccount }) => {
  const account = await writeAccount(params.id, (tx, locked) => updateAccount(tx, actor, locked, body));
  await afterApiWrite({ actor, accountsUpdated: [account.id] });
  return apiJson(account);
});
