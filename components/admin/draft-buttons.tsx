"use client";

import { useState, useTransition } from "react";
import { discardDraftAction, publishDraftAction, startDraftAction } from "@/lib/scoring-models/actions";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { useDraftState } from "./draft-status";
import { DraftFeedback as Feedback, type DraftMessage as Message } from "./use-draft-save";

export function StartDraftButton({ purpose }: { purpose: "MATRIX" | "KEY_ACCOUNT_SELECTION" }) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<Message>(null);
  const start = () =>
    startTransition(async () => {
      const result = await startDraftAction({ purpose });
      if (!result.ok) setMessage({ ok: false, text: result.error });
    });
  return (
    <div className="flex items-center gap-3">
      <Button onClick={start} disabled={pending}>{pending ? t("admin.scoring.starting") : t("admin.scoring.startDraft")}</Button>
      <Feedback message={message} />
    </div>
  );
}

/** Publish (after a confirmation) or discard the draft; Publish waits for unsaved edits and 100 % totals. */
export function PublishButtons({ modelId, version }: { modelId: string; version: number }) {
  const { t } = useI18n();
  const { dirty, totalsOk } = useDraftState();
  const blocked = dirty ? t("ux.scoring.saveFirst") : totalsOk ? null : t("ux.scoring.fixTotals");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<Message>(null);
  const publish = () => {
    if (!window.confirm(t("admin.scoring.publishConfirm", { version }))) return;
    startTransition(async () => {
      const result = await publishDraftAction({ modelId });
      setMessage(result.ok ? { ok: true, text: t("admin.scoring.published", { version: result.data.version }) } : { ok: false, text: result.error });
    });
  };
  const discard = () => {
    if (!window.confirm(t("admin.scoring.discardConfirm"))) return;
    startTransition(async () => {
      const result = await discardDraftAction({ modelId });
      setMessage(result.ok ? { ok: true, text: t("admin.scoring.discarded") } : { ok: false, text: result.error });
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button onClick={publish} disabled={pending || blocked !== null} aria-describedby={blocked ? "publish-blocked" : undefined}>
        {pending ? t("admin.scoring.publishing") : t("admin.scoring.publish", { version })}
      </Button>
      <Button variant="secondary" onClick={discard} disabled={pending}>{t("admin.scoring.discard")}</Button>
      {blocked && (
        <span id="publish-blocked" className="text-sm text-amber-800" data-testid="publish-blocked">
          {blocked}
        </span>
      )}
      <Feedback message={message} />
    </div>
  );
}
