"use client";

import { useState, useTransition } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/server/result";
import { fieldErrors } from "@/lib/validation/field-errors";
import { useI18n } from "@/lib/i18n/client";

export type DraftMessage = { ok: boolean; text: string } | null;

/** The outcome of a draft action next to its buttons: "saved" as a status, a refusal as an alert. */
export function DraftFeedback({ message }: { message: DraftMessage }) {
  if (!message) return null;
  return <span role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-green-700" : "text-red-600"}`}>{message.text}</span>;
}

/**
 * Saving a model draft: checks the payload with the action's own schema first (field errors without a round
 * trip), then runs the action in a transition and keeps its field errors and the outcome message.
 */
export function useDraftSave<P>(schema: z.ZodType, action: (payload: P) => Promise<ActionResult<unknown>>, onSaved?: () => void) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<DraftMessage>(null);
  const [pending, startTransition] = useTransition();

  const save = (payload: P) => {
    setStatus(null);
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, t));
      setStatus({ ok: false, text: t("errors.invalidInput") });
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await action(payload);
      if (result.ok) onSaved?.();
      else setErrors(result.fieldErrors ?? {});
      setStatus(result.ok ? { ok: true, text: t("admin.scoring.saved") } : { ok: false, text: result.error });
    });
  };

  return { errors, status, pending, save };
}
