import type { z } from "zod";
import type { MessageKey } from "@/lib/i18n/translate";

export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID";

/**
 * An expected failure with a message for the user (a message key, translated for them by the action and route
 * wrappers). Anything else thrown inside an action or route is logged and shown as a generic error.
 */
export class AppError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly code: AppErrorCode = "INVALID",
    readonly values?: Record<string, string | number>,
    /** Field errors found after the input's own schema passed (a rule that needs stored data), shown per field. */
    readonly issues?: z.ZodError,
  ) {
    super(key);
    this.name = "AppError";
  }
}

export const unauthenticated = () => new AppError("errors.unauthenticated", "UNAUTHENTICATED");
export const forbidden = (key: MessageKey = "errors.forbidden") => new AppError(key, "FORBIDDEN");
export const notFound = () => new AppError("errors.notFound", "NOT_FOUND");
export const conflict = () => new AppError("errors.conflict", "CONFLICT");
/** The input broke a rule checked against stored data; its issues are shown next to their fields. */
export const invalidFields = (issues: z.ZodError, key: MessageKey = "errors.invalidInput") => new AppError(key, "INVALID", undefined, issues);

/** The HTTP status of each failure, for route handlers and the API. */
export const HTTP_STATUS: Record<AppErrorCode | "UNEXPECTED", number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  UNEXPECTED: 500,
};
