"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/server/result";
import { useI18n } from "@/lib/i18n/client";

export type DraftMessage = { ok: boolean; text: string } | null;

/** The outcome of a draft action next to its buttons: "saved" as a status, a refusal as an alert. */
export function DraftFeedback({ message }: { message: DraftMessage }) {
  if (!message) return null;
  return <span role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-green-700" : "text-red-600"}`}>{message.text}</span>;
}

/**
 * Saving a model draft: runs the action in a transition (it checks the payload with its schema and answers the
 * field errors and "please correct the highlighted fields") and keeps its field errors and the outcome message.
 */
export function useDraftSave<P>(action: (payload: P) => Promise<ActionResult<unknown>>, onSaved?: () => void) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<DraftMessage>(null);
  const [pending, startTransition] = useTransition();

  const save = (payload: P) => {
    setStatus(null);
    startTransition(async () => {
      const result = await action(payload);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      if (result.ok) onSaved?.();
      setStatus(result.ok ? { ok: true, text: t("admin.scoring.saved") } : { ok: false, text: result.error });
    });
  };

  return { errors, status, pending, save };
}
