"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { redeliverWebhookAction } from "@/lib/webhooks/actions";

/** Sends a logged event once more (a new attempt); nothing is lost, so no confirmation. */
export function RedeliverButton({ deliveryId, label }: { deliveryId: string; label: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const runner = useActionRunner();
  const [done, setDone] = useState<string | null>(null);
  const redeliver = () => {
    setDone(null);
    runner.run(
      () => redeliverWebhookAction({ deliveryId }),
      (data) => {
        setDone(t("webhooks.log.redelivered", { attempt: data.attempt }));
        router.refresh();
      },
    );
  };
  return (
    <div className="flex flex-col items-start gap-1">
      <Button size="sm" variant="secondary" onClick={redeliver} disabled={runner.pending} aria-label={`${t("webhooks.log.redeliver")}: ${label}`}>
        {runner.pending ? t("webhooks.log.redelivering") : t("webhooks.log.redeliver")}
      </Button>
      <span role="status" className={`text-xs ${runner.error ? "text-red-700" : "text-slate-600"}`}>
        {runner.error ?? done}
      </span>
    </div>
  );
}
