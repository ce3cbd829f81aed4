import { getDb } from "@/lib/db/prisma";
import { quickFind } from "@/lib/search/queries";
import { ZQuickFindQuery } from "@/lib/search/schemas";
import { defineRoute } from "@/lib/server/define-route";

/** GET ?q=…: quick-find's matches for the signed-in user (accounts, contacts, users), as JSON. */
export const GET = defineRoute({ query: ZQuickFindQuery }, async (_request, { user, query }) =>
  // The full client (not the read-only view): quick-find runs its statements in one transaction for SET LOCAL.
  Response.json(await quickFind(getDb(), user, query.q), { headers: { "Cache-Control": "no-store" } }),
);
