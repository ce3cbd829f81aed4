import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };
export const ROLES = ["ADMIN", "DIRECTOR", "MANAGER"] as const satisfies readonly Role[];

/** The user as every page and action sees it (from the session, re-read from the database). */
export type SessionUser = { id: string; email: string; name: string; role: Role };

/** Directors and admins act on the whole portfolio; a manager changes only the accounts he owns or is on the team of. */
export const canManagePortfolio = (user: Pick<SessionUser, "role">) => user.role === "ADMIN" || user.role === "DIRECTOR";
export const isAdmin = (user: Pick<SessionUser, "role">) => user.role === "ADMIN";
