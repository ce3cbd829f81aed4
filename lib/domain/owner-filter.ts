/** The owner filter of a portfolio list: a user id, `me` (the viewer's own accounts) or `all`. */
export type OwnerFilter = string;

/** Managers start with their own accounts; directors and admins with the whole portfolio. */
export function defaultOwnerFilter(role: string): "me" | "all" {
  return role === "MANAGER" ? "me" : "all";
}

/** The owner filter a list applies: the one asked for, else the role's default (`defaultOwnerFilter`). */
export function effectiveOwner(query: { owner?: OwnerFilter }, user: { role: string }): OwnerFilter {
  return query.owner ?? defaultOwnerFilter(user.role);
}
