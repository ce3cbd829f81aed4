import { loadUnreadCount } from "@/lib/notifications/queries";
import { defineRoute } from "@/lib/server/define-route";

/** GET: the signed-in user's unread count for the bell (`null` when in-app notifications are off). */
export const GET = defineRoute({}, async (_request, { db, user }) =>
  Response.json({ count: await loadUnreadCount(db, user.id) }, { headers: { "Cache-Control": "no-store" } }),
);
