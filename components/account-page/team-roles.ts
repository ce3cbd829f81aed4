import { TeamRole } from "@/lib/generated/prisma/enums";

/** Team roles in schema order, for the selects of the team tab. */
export const TEAM_ROLES = Object.values(TeamRole);
