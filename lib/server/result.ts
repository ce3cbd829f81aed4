import type { AppErrorCode } from "@/lib/errors/app-error";

/** What every server action returns: data, or a message for the user and the fields to correct. */
export type ActionResult<T = void> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppErrorCode | "UNEXPECTED";
      error: string;
      fieldErrors?: Record<string, string>;
    };
