import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import type { Role } from "@/lib/generated/prisma/enums";

export type ApiKeyStatus = "active" | "expired" | "revoked";

export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  user: { id: string; name: string; email: string; role: Role; active: boolean };
  createdBy: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  status: ApiKeyStatus;
};

export const apiKeyStatus = (key: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): ApiKeyStatus =>
  key.revokedAt ? "revoked" : key.expiresAt && key.expiresAt <= now ? "expired" : "active";

/** Every key, active ones first, newest first; never the secret's hash. */
export async function listApiKeys(db: ReadDb, now = new Date()): Promise<ApiKeyRow[]> {
  const keys = await db.apiKey.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true, name: true, prefix: true, scopes: true, createdAt: true, expiresAt: true, revokedAt: true, lastUsedAt: true,
      user: { select: { id: true, name: true, email: true, role: true, active: true } },
      createdBy: { select: { name: true } },
    },
  });
  const rows = keys.map(({ createdBy, ...key }) => ({ ...key, createdBy: createdBy.name, status: apiKeyStatus(key, now) }));
  const rank = { active: 0, expired: 1, revoked: 2 } as const;
  return rows.sort((a, b) => rank[a.status] - rank[b.status]);
}

export type KeyUserChoice = { id: string; name: string; email: string; role: Role };

/** The users a key may act as: active ones, by name. */
export function keyUserChoices(db: ReadDb): Promise<KeyUserChoice[]> {
  return db.user.findMany({ where: { active: true }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, email: true, role: true } });
}
