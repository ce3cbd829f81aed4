import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import type { ApiScope } from "@/lib/api-keys/scopes";
import { parseApiKey, secretMatches } from "@/lib/api-keys/secret";
import type { Db } from "@/lib/db/prisma";

/** The key a request came with, and the user it acts as (whose record permissions it has, exactly). */
export type ApiPrincipal = { keyId: string; keyName: string; prefix: string; scopes: ReadonlySet<string>; user: SessionUser };

export type KeyRefusal = "missing" | "malformed" | "unknown" | "revoked" | "expired" | "inactiveUser";

/** lastUsedAt is written at most once a minute per key: a busy integration must not turn every read into a write. */
const TOUCH_INTERVAL_MS = 60_000;
const globalForKeys = globalThis as unknown as { kamApiKeyTouched?: Map<string, number> };
const touched = (globalForKeys.kamApiKeyTouched ??= new Map());

/** "Bearer <key>" (the scheme is case-insensitive); anything else is no key. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1] : null;
}

/**
 * Finds and checks the request's key: a well-formed token, a known prefix, the secret's hash, not revoked, not
 * expired, its user still active. Every refusal is answered the same way (401) by the wrapper; the reason only
 * picks the message.
 */
export async function authenticate(db: Db, request: Request, now = new Date()): Promise<{ principal: ApiPrincipal } | { refused: KeyRefusal }> {
  const token = bearerToken(request);
  if (!token) return { refused: "missing" };
  const parsed = parseApiKey(token);
  if (!parsed) return { refused: "malformed" };
  const key = await db.apiKey.findUnique({
    where: { prefix: parsed.prefix },
    select: {
      id: true, name: true, prefix: true, secretHash: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, directorScope: true, active: true } },
    },
  });
  if (!key || !secretMatches(parsed.secret, key.secretHash)) return { refused: "unknown" };
  if (key.revokedAt) return { refused: "revoked" };
  if (key.expiresAt && key.expiresAt <= now) return { refused: "expired" };
  if (!key.user.active) return { refused: "inactiveUser" };
  await touch(db, key.id, key.lastUsedAt, now);
  const { id, email, name, role, directorScope } = key.user;
  const user: SessionUser = { id, email, name, role, directorScope };
  return { principal: { keyId: key.id, keyName: key.name, prefix: key.prefix, scopes: new Set(key.scopes), user } };
}

export const hasScope = (principal: ApiPrincipal, scope: ApiScope) => principal.scopes.has(scope);

/**
 * Records the key's use when the stored time is a minute old or more. The condition is in the UPDATE too, so
 * several app instances write it about once a minute between them, not once each per request.
 */
async function touch(db: Db, keyId: string, lastUsedAt: Date | null, now: Date) {
  const last = Math.max(touched.get(keyId) ?? 0, lastUsedAt?.getTime() ?? 0);
  if (now.getTime() - last < TOUCH_INTERVAL_MS) return;
  touched.set(keyId, now.getTime());
  await db.$executeRaw`
    UPDATE "ApiKey" SET "lastUsedAt" = ${now}
    WHERE id = ${keyId} AND ("lastUsedAt" IS NULL OR "lastUsedAt" <= ${new Date(now.getTime() - TOUCH_INTERVAL_MS)})`;
}
