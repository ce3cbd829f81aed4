"use server";

import { writeAudit } from "@/lib/db/audit";
import { AppError } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { enqueue } from "./queue";
import { ZRunJob } from "./schemas";

/**
 * "Run now" on /admin/jobs: queues the job for the workers. When a run is already waiting, that run covers the
 * request ("pending") and nothing more is queued. The audit row is written in the action's transaction, so a
 * refused enqueue leaves none.
 */
export const runJobNowAction = defineAction(
  { schema: ZRunJob, portfolio: true, roles: ["ADMIN"], revalidate: () => ["/admin/jobs"] },
  async ({ name }, { user, tx }) => {
    await writeAudit(tx, { userId: user.id, entityType: "Job", entityId: name, action: "runNow" });
    const outcome = await enqueue(name, {});
    if (outcome === "unavailable") throw new AppError("jobs.errors.notInstalled", "CONFLICT");
    return { outcome };
  },
);
