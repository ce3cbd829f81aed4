"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import type { LinkHandout } from "@/lib/users/actions";

/**
 * The one-time link, shown once right after it was made: the admin copies it and passes it on. It is never
 * stored in readable form, so leaving the page loses it (a new link can always be made).
 */
export function OneTimeLink({ handout, email }: { handout: LinkHandout; email: string }) {
  const { t, locale } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"copied" | "failed" | null>(null);
  // The page the admin is on has the address the user will reach too (behind a proxy, NEXTAUTH_URL may differ).
  const url = typeof window === "undefined" ? handout.path : new URL(handout.path, window.location.origin).toString();

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      input.current?.select();
      setCopy("failed");
    }
  }

  const mailText =
    handout.mail === "sent" ? t("users.link.mailSent", { email }) : handout.mail === "off" ? t("users.link.mailOff") : t("users.link.mailFailed");
  return (
    <section aria-labelledby="one-time-link-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="one-time-link">
      <h2 id="one-time-link-title" className="font-semibold">
        {t(handout.purpose === "INVITATION" ? "users.link.titleInvitation" : "users.link.titleReset")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("users.link.once", { date: formatDate(locale, handout.expiresAt, true) })}</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
        <label className="sr-only" htmlFor="one-time-link-url">{t("users.link.label")}</label>
        <input
          ref={input}
          id="one-time-link-url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} mt-0 font-mono text-xs`}
          data-testid="one-time-link-url"
        />
        <Button variant="secondary" onClick={copyLink} className="shrink-0">{t("users.link.copy")}</Button>
      </div>
      <p role="status" className="mt-2 text-sm text-slate-700">
        {copy === "copied" ? t("users.link.copied") : copy === "failed" ? t("users.link.copyFailed") : null}
      </p>
      <p className={`text-sm ${handout.mail === "failed" ? "text-red-700" : "text-slate-700"}`} data-testid="one-time-link-mail">{mailText}</p>
    </section>
  );
}
