import { z } from "zod";
import { TeamRole } from "@/lib/generated/prisma/enums";
import { ZId } from "@/lib/validation/fields";

const id = ZId;
const teamRole = z.enum(TeamRole, { message: "validation.required" });

/** Adding a person to an account's team: a team role and formal or informal membership. */
export const ZTeamMemberAdd = z.object({
  accountId: id,
  userId: id,
  teamRole,
  formal: z.boolean(),
});
export type TTeamMemberAdd = z.infer<typeof ZTeamMemberAdd>;

export const ZTeamMemberUpdate = z.object({
  accountId: id,
  memberId: id,
  teamRole,
  formal: z.boolean(),
});
export type TTeamMemberUpdate = z.infer<typeof ZTeamMemberUpdate>;

export const ZTeamMemberRemove = z.object({ accountId: id, memberId: id });
export type TTeamMemberRemove = z.infer<typeof ZTeamMemberRemove>;
