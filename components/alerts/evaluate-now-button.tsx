"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { evaluateAlertsNowAction } from "@/lib/notifications/actions";

type Summary = { raised: number; cleared: number; open: number; notifications: number };

/** Runs the alert evaluation now (normally scheduled) and says what it did. */
export function EvaluateNowButton() {
  const { t, locale } = useI18n();
  const runner = useActionRunner();
  const [summary, setSummary] = useState<Summary | null>(null);
  const n = (value: number) => formatNumber(locale, value);
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        disabled={runner.pending}
        onClick={() => {
          setSummary(null);
          runner.run(() => evaluateAlertsNowAction({}), setSummary);
        }}
      >
        {runner.pending ? t("notifications.rules.evaluating") : t("notifications.rules.evaluateNow")}
      </Button>
      {summary && (
        <p role="status" className="text-sm text-green-700">
          {t("notifications.rules.evaluated", { raised: n(summary.raised), cleared: n(summary.cleared), open: n(summary.open), notifications: n(summary.notifications) })}
        </p>
      )}
      <ActionError message={runner.error} />
    </div>
  );
}
