"use client";

import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";
import { EVENT_KEY, WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/webhooks/events";

/** The events to subscribe to, as a group of checkboxes with "all events". */
export function EventCheckboxes({ idPrefix, value, onChange, error }: { idPrefix: string; value: WebhookEvent[]; onChange: (events: WebhookEvent[]) => void; error?: string }) {
  const { t } = useI18n();
  const all = value.length === WEBHOOK_EVENTS.length;
  const toggle = (event: WebhookEvent, on: boolean) => onChange(WEBHOOK_EVENTS.filter((e) => (e === event ? on : value.includes(e))));
  return (
    <fieldset className="text-sm" aria-describedby={error ? `${idPrefix}-events-error` : undefined}>
      <legend className="font-medium text-slate-700">{t("webhooks.form.events")}</legend>
      <label className="mt-2 flex items-center gap-2 font-medium">
        <input type="checkbox" checked={all} onChange={(e) => onChange(e.target.checked ? [...WEBHOOK_EVENTS] : [])} />
        {t("webhooks.form.allEvents")}
      </label>
      <ul className="mt-1 grid gap-1 sm:grid-cols-2">
        {WEBHOOK_EVENTS.map((event) => (
          <li key={event}>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="events" value={event} checked={value.includes(event)} onChange={(e) => toggle(event, e.target.checked)} />
              <span>{t(`webhooks.events.${EVENT_KEY[event]}` as MessageKey)}</span>
              <code className="text-xs text-slate-500">{event}</code>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${idPrefix}-events-error`} className="mt-1 text-xs text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}
