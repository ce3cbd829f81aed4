import type { MessageKey } from "@/lib/i18n/translate";

/**
 * An expected failure with a message for the user (a message key, translated for them by the action wrapper).
 * Anything else thrown inside an action is logged and shown as a generic error.
 */
export class AppError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly code: "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" = "INVALID",
    readonly values?: Record<string, string | number>,
  ) {
    super(key);
    this.name = "AppError";
  }
}

export const forbidden = (key: MessageKey = "errors.forbidden") => new AppError(key, "FORBIDDEN");
export const notFound = () => new AppError("errors.notFound", "NOT_FOUND");
export const conflict = () => new AppError("errors.conflict", "CONFLICT");
