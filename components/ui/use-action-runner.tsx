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

  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setError(null);
        setFieldErrors({});
        onSuccess?.(result.data);
        return;
      }
      setError(result.error);
      setFieldErrors(flatten(result.fieldErrors ?? {}));
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
