/**
 * What an API key may do, per resource: read, and for the resources the API can change, write. A scope reads
 * "accounts:read", "orders:write". Write does not include read: a key that only feeds orders in needs no more.
 */
export const API_RESOURCES = ["accounts", "contacts", "orders", "activities", "complaints", "stages", "assessments", "metrics", "users"] as const;
export type ApiResource = (typeof API_RESOURCES)[number];

/** The resources the API writes; the others (assessments, metrics, users) are read-only through it. */
export const WRITABLE_RESOURCES = ["accounts", "contacts", "orders", "activities", "complaints", "stages"] as const satisfies readonly ApiResource[];

export type ApiScope = `${ApiResource}:read` | `${(typeof WRITABLE_RESOURCES)[number]}:write`;

export const API_SCOPES: readonly ApiScope[] = [
  ...API_RESOURCES.map((resource) => `${resource}:read` as const),
  ...WRITABLE_RESOURCES.map((resource) => `${resource}:write` as const),
];

export const isWritable = (resource: ApiResource) => (WRITABLE_RESOURCES as readonly string[]).includes(resource);

/** One resource's access as the key form offers it. */
export type ResourceAccess = "none" | "read" | "write";

/** The scopes of a choice per resource: "write" grants reading as well, as the form says. */
export function scopesOf(access: Partial<Record<ApiResource, ResourceAccess>>): ApiScope[] {
  const scopes: ApiScope[] = [];
  for (const resource of API_RESOURCES) {
    const level = access[resource] ?? "none";
    if (level === "none") continue;
    scopes.push(`${resource}:read`);
    if (level === "write" && isWritable(resource)) scopes.push(`${resource}:write` as ApiScope);
  }
  return scopes;
}
