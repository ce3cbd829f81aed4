"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";

/** The signing secret, shown once right after it was made (create or rotate), with a copy button. */
export function SecretBox({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      input.current?.select();
    }
  }

  return (
    <section aria-labelledby="webhook-secret-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="webhook-secret">
      <h3 id="webhook-secret-title" className="font-semibold">{t("webhooks.secret.title")}</h3>
      <p className="mt-1 text-sm text-slate-700">{t("webhooks.secret.shownOnce")}</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
        <label className="sr-only" htmlFor="webhook-secret-value">{t("webhooks.secret.title")}</label>
        <input
          ref={input}
          id="webhook-secret-value"
          readOnly
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} mt-0 font-mono text-xs`}
          data-testid="webhook-secret-value"
        />
        <Button variant="secondary" onClick={copy} className="shrink-0">{t("webhooks.secret.copy")}</Button>
        <Button onClick={onDone} className="shrink-0">{t("webhooks.secret.dismiss")}</Button>
      </div>
      <p role="status" className="mt-2 text-sm text-slate-700">{copied ? t("webhooks.secret.copied") : null}</p>
    </section>
  );
}
