"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/server/result";

/**
 * Runs a server action in a transition and keeps its outcome: the message of a refused action and its field
 * errors. Field keys of nested inputs ("contact.name") are also kept under their last part ("name"), so a
 * form can look its fields up by their own names.
 */
export function useActionRunner() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  /**
   * `fieldsOnly`: forms leave checking their input to the action (its schema is the same, and keeping zod out of
   * the browser keeps pages light); a refusal of the input then shows at the fields only, as a check in the
   * browser would, without the general message.
   */
  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void, { fieldsOnly = false }: { fieldsOnly?: boolean } = {}) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setError(null);
        setFieldErrors({});
        onSuccess?.(result.data);
        return;
      }
      const fields = result.fieldErrors ?? {};
      setError(fieldsOnly && result.code === "INVALID" && Object.keys(fields).length > 0 ? null : result.error);
      setFieldErrors(flatten(fields));
    });
  }

  function reset() {
    setError(null);
    setFieldErrors({});
  }

  return { pending, error, fieldErrors, setFieldErrors: (errors: Record<string, string>) => setFieldErrors(flatten(errors)), run, reset };
}

function flatten(errors: Record<string, string>) {
  const out: Record<string, string> = { ...errors };
  for (const [key, message] of Object.entries(errors)) {
    const last = key.split(".").pop()!;
    out[last] ??= message;
  }
  return out;
}

/** The message of a refused action, announced to screen readers. */
export function ActionError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
      {message}
    </p>
  );
}

/**
 * The form's raw input for an action that checks it itself (with the schema the API shares): no zod in the browser.
 * The type is the action's own input type, which the raw values stand in for until the action parses them.
 */
export function unchecked<I>(raw: { [key: string]: unknown }): I {
  return raw as I;
}
