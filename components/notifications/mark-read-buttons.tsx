"use client";

import { Button } from "@/components/ui/button";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";

/** Marks one notification read; the page and the bell are rendered afresh by the action. */
export function MarkReadButton({ id, title }: { id: string; title: string }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  return (
    <div>
      <Button
        size="sm"
        variant="secondary"
        disabled={runner.pending}
        aria-label={t("notifications.page.markReadLabel", { title })}
        onClick={() => runner.run(() => markNotificationReadAction({ id }))}
      >
        {t("notifications.page.markRead")}
      </Button>
      <ActionError message={runner.error} />
    </div>
  );
}

export function MarkAllReadButton({ disabled }: { disabled: boolean }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" disabled={disabled || runner.pending} onClick={() => runner.run(() => markAllNotificationsReadAction({}))}>
        {t("notifications.page.markAllRead")}
      </Button>
      <ActionError message={runner.error} />
    </div>
  );
}
