"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { ALERT_KINDS, type AlertKind } from "@/lib/alerts";
import type { DigestFrequency } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { updateNotificationPreferencesAction } from "@/lib/notifications/actions";

const DIGESTS: DigestFrequency[] = ["NONE", "DAILY", "WEEKLY"];

/** Which alerts the user hears about, whether the bell counts them, and the e-mail digest. */
export function PreferencesForm({
  initial,
  mailConfigured,
  email,
}: {
  initial: { inApp: boolean; digest: DigestFrequency; mutedKinds: AlertKind[] };
  mailConfigured: boolean;
  email: string;
}) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    runner.run(
      () =>
        updateNotificationPreferencesAction({
          inApp: form.get("inApp") === "on",
          digest: String(form.get("digest") ?? "NONE") as DigestFrequency,
          kinds: form.getAll("kinds").map(String) as AlertKind[],
        }),
      () => setSaved(true),
    );
  }

  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-6 rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="preferences-title">
      <ActionError message={runner.error} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="inApp" defaultChecked={initial.inApp} className="mt-0.5 h-4 w-4" />
        <span className="font-medium">{t("notifications.preferences.inApp")}</span>
      </label>

      <fieldset className="text-sm">
        <legend className="font-medium text-slate-700">{t("notifications.preferences.digest")}</legend>
        {!mailConfigured && (
          <p role="note" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-amber-800" data-testid="mail-off">
            {t("notifications.preferences.mailOff")}
          </p>
        )}
        <div className="mt-2 flex flex-wrap gap-4">
          {DIGESTS.map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="digest" value={value} defaultChecked={initial.digest === value} className="h-4 w-4" />
              {t(`notifications.preferences.digest${value}`)}
            </label>
          ))}
        </div>
        {mailConfigured && <p className="mt-1 text-xs text-slate-500">{t("notifications.preferences.mailTo", { email })}</p>}
      </fieldset>

      <fieldset className="text-sm">
        <legend className="font-medium text-slate-700">{t("notifications.preferences.kinds")}</legend>
        <p className="mt-1 text-xs text-slate-500">{t("notifications.preferences.kindsHint")}</p>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {ALERT_KINDS.map((kind) => (
            <li key={kind}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="kinds" value={kind} defaultChecked={!initial.mutedKinds.includes(kind)} className="mt-0.5 h-4 w-4" />
                <span>
                  <span className="font-medium">{t(`notifications.kinds.${kind}`)}</span>
                  <span className="block text-xs text-slate-500">{t(`notifications.kindHelp.${kind}`)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div className="flex items-center gap-3">
        <Button type="submit" disabled={runner.pending}>{t("notifications.preferences.save")}</Button>
        {saved && <span role="status" className="text-sm text-green-700">{t("notifications.preferences.saved")}</span>}
      </div>
    </form>
  );
}
