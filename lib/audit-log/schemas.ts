import { z } from "zod";
import { pageParam, urlParam, urlText } from "@/lib/lists/query";

/** A `YYYY-MM-DD` calendar day (UTC), or undefined when missing or not a real day. */
const urlDay = urlParam
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day))
      .optional(),
  )
  .catch(undefined);

export const AUDIT_PAGE_SIZE = 50;

/**
 * The audit log's URL filters (/admin/audit and its CSV export): `user` (who made the change), `entity` (entity
 * type, e.g. Account, User, SalesTeam), `action`, and the UTC days `from` and `to` (both included).
 */
export const ZAuditQuery = z.object({
  user: urlText,
  entity: urlText,
  action: urlText,
  from: urlDay,
  to: urlDay,
  page: pageParam,
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
