import "server-only";
import type { z } from "zod";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { AppError, forbidden, HTTP_STATUS, unauthenticated } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { fieldErrors } from "@/lib/validation/field-errors";

/** Route segment params such as `[id]`, as Next passes them. */
export type RouteParams = Record<string, string>;
export type RouteContext<Q> = { user: SessionUser; db: ReadDb; t: Translate; locale: Locale; query: Q; params: RouteParams };

/**
 * A request from another site is refused: the Origin, when the browser sends one, must name this host. A missing
 * Origin is a same-site navigation or a non-browser client; "null" or garbage is refused, never a crash.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host !== "" && host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
}

/** A failure as JSON `{ error, fieldErrors? }` with its HTTP status. */
export const errorResponse = (status: number, error: string, extra?: { fieldErrors?: Record<string, string> }) =>
  Response.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * The one path every route handler takes: session → role → same origin (for anything but GET and HEAD) → zod on
 * the query string → handler. Expected failures (AppError) become their HTTP status with a translated message;
 * anything else is logged and answered 500 with a generic one.
 */
export function defineRoute<Q extends z.ZodType = z.ZodType<Record<string, never>>>(
  options: { roles?: readonly Role[]; query?: Q },
  handler: (request: Request, ctx: RouteContext<z.infer<Q>>) => Promise<Response>,
) {
  return async (request: Request, context?: { params: Promise<RouteParams> }): Promise<Response> => {
    const { t, locale } = await getI18n();
    try {
      const user = await getCurrentUser();
      if (!user) throw unauthenticated();
      if (options.roles && !options.roles.includes(user.role)) throw forbidden();
      if (request.method !== "GET" && request.method !== "HEAD" && !isSameOrigin(request)) throw forbidden();
      let query = {} as z.infer<Q>;
      if (options.query) {
        const parsed = options.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!parsed.success) {
          return errorResponse(400, t("errors.invalidInput"), { fieldErrors: fieldErrors(parsed.error, t) });
        }
        query = parsed.data;
      }
      const params = (await context?.params) ?? {};
      return await handler(request, { user, db: getDb(), t, locale, query, params });
    } catch (error) {
      if (error instanceof AppError) return errorResponse(HTTP_STATUS[error.code], t(error.key, error.values));
      console.error("Route failed", error);
      return errorResponse(500, t("errors.unexpected"));
    }
  };
}
