"use client";

import { CopyField } from "@/components/ui/copy-field";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import type { LinkHandout } from "@/lib/users/actions";

/**
 * The one-time link, shown once right after it was made: the admin copies it and passes it on. It is never
 * stored in readable form, so leaving the page loses it (a new link can always be made).
 */
export function OneTimeLink({ handout, email }: { handout: LinkHandout; email: string }) {
  const { t, locale } = useI18n();
  const labels = { field: t("users.link.label"), copy: t("users.link.copy"), copied: t("users.link.copied"), failed: t("users.link.copyFailed") };
  // The page the admin is on has the address the user will reach too (behind a proxy, NEXTAUTH_URL may differ).
  const url = typeof window === "undefined" ? handout.path : new URL(handout.path, window.location.origin).toString();

  const mailText =
    handout.mail === "sent" ? t("users.link.mailSent", { email }) : handout.mail === "off" ? t("users.link.mailOff") : t("users.link.mailFailed");
  return (
    <section aria-labelledby="one-time-link-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="one-time-link">
      <h2 id="one-time-link-title" className="font-semibold">
        {t(handout.purpose === "INVITATION" ? "users.link.titleInvitation" : "users.link.titleReset")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("users.link.once", { date: formatDate(locale, handout.expiresAt, true) })}</p>
      <CopyField id="one-time-link-url" value={url} labels={labels} testId="one-time-link-url" />
      <p className={`text-sm ${handout.mail === "failed" ? "text-red-700" : "text-slate-700"}`} data-testid="one-time-link-mail">{mailText}</p>
    </section>
  );
}
