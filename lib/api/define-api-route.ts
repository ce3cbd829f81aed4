import "server-only";
import type { z } from "zod";
import type { ApiScope } from "@/lib/api-keys/scopes";
import type { EditRuleUser, GuardedAccount } from "@/lib/auth/account-access";
import type { SessionUser } from "@/lib/auth/roles";
import { getDb, type Db, type Tx } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTranslator, type MessageKey, type Translate } from "@/lib/i18n/translate";
import { writeGuardedAccount } from "@/lib/server/account-write";
import { authenticate, hasScope, type ApiPrincipal, type KeyRefusal } from "./auth";
import { fieldProblems, problemResponse, rowProblems, type ProblemCode } from "./problem";
import { consumeRequest } from "./rate-limit";
import type { ImportRowIssue } from "@/lib/csv-import/report";

/** The largest request body read, in bytes: 10,000 bulk rows with long texts fit; more is refused with 413. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** Who a write is recorded as: the key's user, through the key (both go into the audit row). */
export type ApiActor = { userId: string; apiKeyId: string };

export type ApiContext<Q, B> = {
  request: Request;
  principal: ApiPrincipal;
  /** The user the key acts as: reads and writes have exactly this user's record permissions. */
  user: SessionUser;
  actor: ApiActor;
  /** Reads; account-owned tables cannot be written through it. */
  db: ReadDb;
  t: Translate;
  locale: Locale;
  query: Q;
  body: B;
  params: Record<string, string>;
  /** A write to one account, locked and checked against the user's edit rule in the write's transaction. */
  writeAccount: <R>(accountId: string, write: (tx: Tx, account: GuardedAccount) => Promise<R>) => Promise<R>;
  /** A write no single account guards (creating an account, a bulk upsert that checks each row's account itself). */
  transaction: <R>(write: (tx: Tx) => Promise<R>, options?: { timeoutMs?: number }) => Promise<R>;
};

/** A bulk request whose rows cannot all be written: nothing was, and the rows' reasons are reported (422). */
export class RowsRejected extends Error {
  constructor(readonly issues: ImportRowIssue[], readonly invalidCount: number) {
    super("rows rejected");
    this.name = "RowsRejected";
  }
}

type Options<Q extends z.ZodType, B extends z.ZodType> = {
  scope: ApiScope;
  query?: Q;
  body?: B;
  /** Bulk requests: more entries than this in the body's `rows` is refused with 413 before validation. */
  maxRows?: number;
};

const REFUSAL_KEYS: Record<KeyRefusal, MessageKey> = {
  missing: "api.problems.keyMissing",
  malformed: "api.problems.keyInvalid",
  unknown: "api.problems.keyInvalid",
  revoked: "api.problems.keyRevoked",
  expired: "api.problems.keyExpired",
  inactiveUser: "api.problems.keyUserInactive",
};

const PROBLEM_OF: Record<AppErrorCode, ProblemCode> = {
  UNAUTHENTICATED: "unauthorized",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "not_found",
  CONFLICT: "conflict",
  INVALID: "invalid",
};
const STATUS_OF: Record<AppErrorCode, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID: 400 };

/** A JSON answer of the API. */
export const apiJson = (data: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(data), { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers } });

function requestLocale(request: Request): Locale {
  return localeFromAcceptLanguage(request.headers.get("accept-language")) ?? DEFAULT_LOCALE;
}

/** The body as JSON, or why not; the size is checked while reading, so a huge body is not buffered whole. */
async function readJson(request: Request): Promise<{ value: unknown } | { tooLarge: true } | { invalid: true } | { incomplete: true }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { tooLarge: true };
  if (!request.body) return { invalid: true };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    // A client that hangs up mid-body makes the read fail: its request is incomplete, not a failure of ours.
    const read = await reader.read().catch(() => null);
    if (!read) return { incomplete: true };
    const { done, value } = read;
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  try {
    return { value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { invalid: true };
  }
}

/**
 * The one path every `/api/v1` request takes, no session involved:
 * Bearer key → key found, not revoked or expired, user active (else 401) → scope (403) → rate limit per key in
 * Postgres (429 with Retry-After) → JSON body and query through zod (400 with field errors) → handler, acting with
 * exactly the record permissions of the key's user (writes lock the account and check the edit rule in their
 * transaction, like the server actions). Failures are problem+json documents; anything unexpected is logged and
 * answered 500 without details.
 */
export function defineApiRoute<Q extends z.ZodType = z.ZodType<Record<string, never>>, B extends z.ZodType = z.ZodType<undefined>>(
  options: Options<Q, B>,
  handler: (ctx: ApiContext<z.output<Q>, z.output<B>>) => Promise<Response>,
) {
  return async (request: Request, context?: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const locale = requestLocale(request);
    const t = createTranslator(MESSAGES[locale]);
    try {
      const db = getDb();
      const auth = await authenticate(db, request);
      if ("refused" in auth) {
        return problemResponse(401, "unauthorized", t(REFUSAL_KEYS[auth.refused]), {}, { "WWW-Authenticate": 'Bearer realm="kam"' });
      }
      const { principal } = auth;
      if (!hasScope(principal, options.scope)) {
        return problemResponse(403, "forbidden", t("api.problems.scopeMissing", { scope: options.scope }));
      }
      const rate = await consumeRequest(principal.keyId);
      if (!rate.allowed) {
        return problemResponse(429, "rate_limited", t("api.problems.rateLimited", { seconds: rate.retryAfterSeconds }), {}, {
          "Retry-After": String(rate.retryAfterSeconds),
          "RateLimit-Limit": String(rate.limit),
          "RateLimit-Remaining": "0",
        });
      }

      let query = {} as z.output<Q>;
      if (options.query) {
        const parsed = options.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!parsed.success) return problemResponse(400, "invalid", t("api.problems.invalidQuery"), { errors: fieldProblems(parsed.error, t) });
        query = parsed.data;
      }
      let body = undefined as z.output<B>;
      if (options.body) {
        const read = await readJson(request);
        if ("tooLarge" in read) return problemResponse(413, "too_large", t("api.problems.bodyTooLarge", { mb: MAX_BODY_BYTES / 1024 / 1024 }));
        if ("invalid" in read) return problemResponse(400, "invalid", t("api.problems.invalidJson"));
        if ("incomplete" in read) return problemResponse(400, "invalid", t("api.problems.bodyIncomplete"));
        const rows = (read.value as { rows?: unknown } | null)?.rows;
        if (options.maxRows !== undefined && Array.isArray(rows) && rows.length > options.maxRows) {
          return problemResponse(413, "too_large", t("api.problems.tooManyRows", { max: options.maxRows, count: rows.length }));
        }
        const parsed = options.body.safeParse(read.value);
        if (!parsed.success) return problemResponse(400, "invalid", t("errors.invalidInput"), { errors: fieldProblems(parsed.error, t) });
        body = parsed.data;
      }

      const user = principal.user;
      const ctx: ApiContext<z.output<Q>, z.output<B>> = {
        request, principal, user, t, locale, query, body,
        actor: { userId: user.id, apiKeyId: principal.keyId },
        db,
        params: (await context?.params) ?? {},
        writeAccount: (accountId, write) => writeGuardedAccount(db, user as EditRuleUser, accountId, write),
        transaction: (write, { timeoutMs } = {}) => (db as Db).$transaction(write, timeoutMs ? { timeout: timeoutMs, maxWait: 10_000 } : undefined),
      };
      const response = await handler(ctx);
      response.headers.set("RateLimit-Limit", String(rate.limit));
      response.headers.set("RateLimit-Remaining", String(rate.remaining));
      response.headers.set("RateLimit-Reset", String(rate.resetSeconds));
      return response;
    } catch (error) {
      if (error instanceof AppError) {
        const errors = error.issues ? { errors: fieldProblems(error.issues, t) } : {};
        return problemResponse(STATUS_OF[error.code], PROBLEM_OF[error.code], t(error.key, error.values), errors);
      }
      if (error instanceof RowsRejected) {
        return problemResponse(422, "unprocessable", t("api.problems.rowsRejected", { count: error.invalidCount }), {
          invalidRows: rowProblems(error.issues, t),
          invalidCount: error.invalidCount,
        });
      }
      // A unique key taken by a concurrent request (e.g. an external reference) is a conflict, not a crash.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        return problemResponse(409, "conflict", t("errors.conflict"));
      }
      console.error("API request failed", error);
      return problemResponse(500, "unexpected", t("errors.unexpected"));
    }
  };
}
