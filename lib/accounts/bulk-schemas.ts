import { z } from "zod";
import { TeamRole } from "@/lib/generated/prisma/enums";
import { ZId } from "@/lib/validation/fields";
import { ACCOUNT_PAGE_SIZE } from "./schemas";

/** At most a page of the list at once: bulk actions work on the rows selected on the page. */
export const BULK_MAX = ACCOUNT_PAGE_SIZE;

const ids = z.array(ZId.max(40)).min(1, "savedViews.bulk.noneSelected").max(BULK_MAX, "validation.invalid");

/** Giving the selected accounts another owner (directors and admins). */
export const ZBulkReassign = z.object({ ids, ownerId: ZId.max(40) });
export type TBulkReassign = z.infer<typeof ZBulkReassign>;

/** Adding one person to the team of each selected account. */
export const ZBulkAddTeamMember = z.object({
  ids,
  userId: ZId.max(40),
  teamRole: z.enum(TeamRole, { message: "validation.required" }),
  formal: z.boolean(),
});
export type TBulkAddTeamMember = z.infer<typeof ZBulkAddTeamMember>;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * `ids` of the accounts export: the rows selected on the list, comma-separated. Anything that is not a list of
 * record ids is ignored (the export then follows the filters as before).
 */
export const idsParam = z
  .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(41 * BULK_MAX).optional())
  .transform((v) => (v ? v.split(",").map((id) => id.trim()).filter(Boolean) : undefined))
  .pipe(z.array(z.string().regex(ID_PATTERN)).min(1).max(BULK_MAX).optional())
  .catch(undefined);
