import type { ApiScope } from "@/lib/api-keys/scopes";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import { generateApiKey } from "@/lib/api-keys/secret";
import type { Db } from "@/lib/db/prisma";

/** Shared by the API test files: keys straight in the database, and route handlers called with real Requests. */

export type KeyOptions = { scopes?: readonly ApiScope[]; expiresAt?: Date | null; revokedAt?: Date | null; name?: string };

/** A key acting as `userId` (created by `userId` too), with every scope unless told; returns the token and the row. */
export async function createKey(db: Db, userId: string, options: KeyOptions = {}) {
  const secret = generateApiKey();
  const row = await db.apiKey.create({
    data: {
      name: options.name ?? "Test key",
      prefix: secret.prefix,
      secretHash: secret.secretHash,
      scopes: [...(options.scopes ?? API_SCOPES)],
      userId,
      createdById: userId,
      expiresAt: options.expiresAt ?? null,
      revokedAt: options.revokedAt ?? null,
    },
  });
  return { token: secret.token, key: row };
}

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type Call = {
  token?: string | null;
  query?: Record<string, string>;
  body?: unknown;
  /** Sent as is (for invalid JSON). */
  rawBody?: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  method?: string;
};

/** Calls a route handler as Next would, and reads the JSON answer. */
export async function call(handler: Handler, path: string, { token, query, body, rawBody, params, headers, method }: Call = {}) {
  const url = new URL(`http://localhost/api/v1${path}`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  const init: RequestInit = {
    method: method ?? (body === undefined && rawBody === undefined ? "GET" : "POST"),
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined || rawBody ? { "Content-Type": "application/json" } : {}), ...headers },
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  };
  const response = await handler(new Request(url, init), { params: Promise.resolve(params ?? {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null, response };
}
