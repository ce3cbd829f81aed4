import "server-only";
import type { z } from "zod";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { AuthorizationError, getCurrentUser } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { AppError } from "./errors";
import type { ActionResult } from "./result";
import { fieldErrors } from "./validation-messages";

export type ActionContext = { user: SessionUser; db: Db; t: Translate };

/**
 * The one path every server action takes: session → role → zod → handler → typed result. Expected failures
 * (AppError) come back as translated messages; anything unexpected is logged and reported generically, so no
 * action ever surfaces a 500 page. Record-level permission stays the handler's job (see lib/auth/permissions).
 */
export function defineAction<S extends z.ZodType, R>(
  options: { schema: S; roles?: readonly Role[] },
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<R>,
) {
  return async (raw: z.input<S>): Promise<ActionResult<R>> => {
    const { t } = await getI18n();
    try {
      const user = await getCurrentUser();
      if (!user) return { ok: false, code: "UNAUTHENTICATED", error: t("errors.unauthenticated") };
      if (options.roles && !options.roles.includes(user.role)) {
        return { ok: false, code: "FORBIDDEN", error: t("errors.forbidden") };
      }
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, code: "INVALID", error: t("errors.invalidInput"), fieldErrors: fieldErrors(parsed.error, t) };
      }
      return { ok: true, data: await handler(parsed.data, { user, db: getDb(), t }) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, code: error.code, error: t(error.key, error.values) };
      if (error instanceof AuthorizationError) return { ok: false, code: "FORBIDDEN", error: t("errors.forbidden") };
      console.error("Server action failed", error);
      return { ok: false, code: "UNEXPECTED", error: t("errors.unexpected") };
    }
  };
}
