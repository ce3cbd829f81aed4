"use client";

import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { useI18n } from "@/lib/i18n/client";

/** The signing secret, shown once right after it was made (create or rotate), with a copy button. */
export function SecretBox({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useI18n();
  const labels = { field: t("webhooks.secret.title"), copy: t("webhooks.secret.copy"), copied: t("webhooks.secret.copied"), failed: t("webhooks.secret.copyFailed") };
  return (
    <section aria-labelledby="webhook-secret-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="webhook-secret">
      <h3 id="webhook-secret-title" className="font-semibold">{t("webhooks.secret.title")}</h3>
      <p className="mt-1 text-sm text-slate-700">{t("webhooks.secret.shownOnce")}</p>
      <CopyField id="webhook-secret-value" value={secret} labels={labels} testId="webhook-secret-value">
        <Button onClick={onDone} className="shrink-0">{t("webhooks.secret.dismiss")}</Button>
      </CopyField>
    </section>
  );
}
