"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { ContactForm } from "./contact-form";

/** The "add contact" button that opens the inline form in place. */
export function AddContact({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!open) return <Button onClick={() => setOpen(true)}>{t("accountPage.contacts.add")}</Button>;
  return (
    <section className="w-full rounded-lg border border-brand-200 bg-white p-4 shadow-sm">
      <h3 className="mb-2 text-sm font-semibold">{t("accountPage.contacts.addTitle")}</h3>
      <ContactForm accountId={accountId} onDone={() => setOpen(false)} />
    </section>
  );
}
