"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { runJobNowAction } from "@/lib/jobs/actions";
import type { RunnableJob } from "@/lib/jobs/schemas";

/** Queues a job at once; says whether a new run was queued or a waiting one covers it. Nothing is lost, so no confirmation. */
export function RunNowButton({ name, label }: { name: RunnableJob; label: string }) {
  const { t } = useI18n();
  const { pending, error, run } = useActionRunner();
  const [status, setStatus] = useState<string | null>(null);
  const start = () => {
    setStatus(null);
    run(
      () => runJobNowAction({ name }),
      (data) => setStatus(t(data.outcome === "queued" ? "jobs.queued" : "jobs.pending")),
    );
  };
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <p role="status" className="text-xs text-slate-600">
        {status}
      </p>
      <ActionError message={error} />
      <Button size="sm" variant="secondary" onClick={start} disabled={pending} aria-label={`${t("jobs.runNow")}: ${label}`}>
        {pending ? t("jobs.starting") : t("jobs.runNow")}
      </Button>
    </div>
  );
}
