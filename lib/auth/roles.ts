import type { PortfolioScope, Role } from "@/lib/generated/prisma/enums";

export type { PortfolioScope, Role };
export const ROLES = ["ADMIN", "DIRECTOR", "MANAGER"] as const satisfies readonly Role[];

/** The user as every page and action sees it (from the session, re-read from the database). */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** For directors: the whole portfolio (ALL, the default when absent) or their sales teams' accounts. */
  directorScope?: PortfolioScope;
};

/** Directors and admins act on the whole portfolio; a manager changes only the accounts he owns or is on the team of. */
export const canManagePortfolio = (user: Pick<SessionUser, "role">) => user.role === "ADMIN" || user.role === "DIRECTOR";
export const isAdmin = (user: Pick<SessionUser, "role">) => user.role === "ADMIN";
