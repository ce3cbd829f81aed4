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
  ) {
    super(key);
    this.name = "AppError";
  }
}

export const unauthenticated = () => new AppError("errors.unauthenticated", "UNAUTHENTICATED");
export const forbidden = (key: MessageKey = "errors.forbidden") => new AppError(key, "FORBIDDEN");
export const notFound = () => new AppError("errors.notFound", "NOT_FOUND");
export const conflict = () => new AppError("errors.conflict", "CONFLICT");

/** The HTTP status of each failure, for route handlers and the API. */
export const HTTP_STATUS: Record<AppErrorCode | "UNEXPECTED", number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  UNEXPECTED: 500,
};
