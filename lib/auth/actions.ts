"use server";

import { z } from "zod";
import { writeAudit } from "@/lib/db/audit";
import { defineAction } from "@/lib/server/define-action";
import { endAllSessions } from "./session-version";

/**
 * "Sign out everywhere": ends every session of the signed-in user, this one included (the browser then clears its
 * cookie through next-auth's sign-out). It changes only the user's own row, which every role may do.
 */
export const signOutEverywhereAction = defineAction({ schema: z.object({}), self: true }, async (_input, { user, tx }) => {
  const version = await endAllSessions(tx, user.id);
  await writeAudit(tx, { userId: user.id, entityType: "User", entityId: user.id, action: "signOut.everywhere", after: { sessionVersion: version } });
});
