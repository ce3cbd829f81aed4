"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { discardHealthDraftAction, publishHealthDraftAction, startHealthDraftAction } from "@/lib/health-models/actions";
import { useI18n } from "@/lib/i18n/client";
import { useDraftState } from "../draft-status";
import { DraftFeedback, type DraftMessage } from "../use-draft-save";

export function StartHealthDraftButton() {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<DraftMessage>(null);
  const start = () =>
    startTransition(async () => {
      const result = await startHealthDraftAction({});
      if (!result.ok) setMessage({ ok: false, text: result.error });
    });
  return (
    <div className="flex items-center gap-3">
      <Button onClick={start} disabled={pending}>{pending ? t("health.admin.starting") : t("health.admin.startDraft")}</Button>
      <DraftFeedback message={message} />
    </div>
  );
}

/** Publish (after a confirmation) or discard the draft; Publish waits for saved edits and weights totalling 100 %. */
export function HealthPublishButtons({ modelId, version }: { modelId: string; version: number }) {
  const { t } = useI18n();
  const { dirty, totalsOk } = useDraftState();
  const blocked = dirty ? t("health.admin.saveFirst") : totalsOk ? null : t("health.admin.fixTotals");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<DraftMessage>(null);
  const publish = () => {
    if (!window.confirm(t("health.admin.publishConfirm", { version }))) return;
    startTransition(async () => {
      const result = await publishHealthDraftAction({ modelId });
      setMessage(result.ok ? { ok: true, text: t("health.admin.published", { version: result.data.version }) } : { ok: false, text: result.error });
    });
  };
  const discard = () => {
    if (!window.confirm(t("health.admin.discardConfirm"))) return;
    startTransition(async () => {
      const result = await discardHealthDraftAction({ modelId });
      setMessage(result.ok ? { ok: true, text: t("health.admin.discarded") } : { ok: false, text: result.error });
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button onClick={publish} disabled={pending || blocked !== null} aria-describedby={blocked ? "health-publish-blocked" : undefined}>
        {pending ? t("health.admin.publishing") : t("health.admin.publish", { version })}
      </Button>
      <Button variant="secondary" onClick={discard} disabled={pending}>{t("health.admin.discard")}</Button>
      {blocked && (
        <span id="health-publish-blocked" className="text-sm text-amber-800" data-testid="health-publish-blocked">
          {blocked}
        </span>
      )}
      <DraftFeedback message={message} />
    </div>
  );
}
