import { z } from "zod";
import { isoDay, ZId } from "@/lib/validation/fields";

/** How far ahead "coming up" looks. */
export const UPCOMING_DAYS = 14;

export const ZPlanTaskRef = z.object({ accountId: ZId, taskId: ZId });
/** `until` is the day the task comes back (after today). */
export const ZSnoozePlanTask = ZPlanTaskRef.extend({ until: isoDay() });
