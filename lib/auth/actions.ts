"use server";

import { z } from "zod";
import { writeAudit } from "@/lib/db/audit";
import { getDb } from "@/lib/db/prisma";
import { defineAction } from "@/lib/server/define-action";
import { endAllSessions } from "./session-version";

/**
 * "Sign out everywhere": ends every session of the signed-in user, this one included (the browser then clears its
 * cookie through next-auth's sign-out). It changes only the user's own row, which no account guard covers and
 * every role may do, so it runs its own transaction rather than a portfolio-wide one.
 */
export const signOutEverywhereAction = defineAction({ schema: z.object({}) }, async (_input, { user }) => {
  await getDb().$transaction(async (tx) => {
    const version = await endAllSessions(tx, user.id);
    await writeAudit(tx, { userId: user.id, entityType: "User", entityId: user.id, action: "signOut.everywhere", after: { sessionVersion: version } });
  });
});
