import { z } from "zod";
import { blankToNull, requiredText, ZId } from "@/lib/validation/fields";

/** A sales team: its name (unique), an optional leader and its members (a user may be in several teams). */
export const ZTeamInput = z.object({
  name: requiredText(100),
  leaderId: z.preprocess(blankToNull, ZId.nullable()),
  memberIds: z
    .array(ZId)
    .max(1000, "validation.invalid")
    .default([])
    .transform((ids) => [...new Set(ids)]),
});
export type TTeamInput = z.input<typeof ZTeamInput>;

export const ZTeamUpdate = ZTeamInput.extend({ teamId: ZId });
export type TTeamUpdate = z.input<typeof ZTeamUpdate>;

export const ZTeamRef = z.object({ teamId: ZId });
