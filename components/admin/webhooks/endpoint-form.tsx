"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { createWebhookEndpointAction, updateWebhookEndpointAction } from "@/lib/webhooks/actions";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/webhooks/events";
import { EventCheckboxes } from "./event-checkboxes";
import { SecretBox } from "./secret-box";

type Existing = { id: string; url: string; description: string | null; events: WebhookEvent[] };

/**
 * Registers an endpoint (then shows its secret once and opens its log), or edits one (`existing`). URL and events
 * are checked again on the server.
 */
export function EndpointForm({ existing, onDone }: { existing?: Existing; onDone?: () => void }) {
  const { t } = useI18n();
  const router = useRouter();
  const runner = useActionRunner();
  const prefix = existing ? `webhook-edit-${existing.id}` : "webhook-new";
  const [url, setUrl] = useState(existing?.url ?? "");
  const [description, setDescription] = useState(existing?.description ?? "");
  const [events, setEvents] = useState<WebhookEvent[]>(existing?.events ?? [...WEBHOOK_EVENTS]);
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { url, description, events };
    if (existing) {
      runner.run(
        () => updateWebhookEndpointAction({ ...input, id: existing.id }),
        () => {
          router.refresh();
          onDone?.();
        },
      );
      return;
    }
    runner.run(
      () => createWebhookEndpointAction(input),
      (data) => {
        setCreated(data);
        setUrl("");
        setDescription("");
        setEvents([...WEBHOOK_EVENTS]);
        router.refresh();
      },
    );
  }

  if (created) {
    return (
      <SecretBox
        secret={created.secret}
        onDone={() => {
          setCreated(null);
          router.push(`/admin/webhooks?endpoint=${encodeURIComponent(created.id)}`);
        }}
      />
    );
  }

  const errors = runner.fieldErrors;
  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-label={existing ? t("webhooks.form.editTitle") : t("webhooks.form.title")}>
      <ActionError message={runner.error} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field label={t("webhooks.form.url")} name={`${prefix}-url`} error={errors.url} hint={t("webhooks.form.urlHint")}>
          <TextInput
            name={`${prefix}-url`}
            type="url"
            inputMode="url"
            required
            autoComplete="off"
            placeholder="https://erp.example.com/kam-events"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            error={errors.url}
          />
        </Field>
        <Field label={t("webhooks.form.description")} name={`${prefix}-description`} error={errors.description} hint={t("webhooks.form.descriptionHint")}>
          <TextInput name={`${prefix}-description`} maxLength={200} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description} />
        </Field>
      </div>
      <EventCheckboxes idPrefix={prefix} value={events} onChange={setEvents} error={errors.events} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={runner.pending}>
          {existing ? (runner.pending ? t("webhooks.form.saving") : t("webhooks.form.save")) : runner.pending ? t("webhooks.form.submitting") : t("webhooks.form.submit")}
        </Button>
        {existing && (
          <Button variant="secondary" onClick={onDone} disabled={runner.pending}>
            {t("webhooks.form.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
