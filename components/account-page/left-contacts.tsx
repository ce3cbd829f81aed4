"use client";

import { Button } from "@/components/ui/button";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { formatDate } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/client";
import { reinstateContactAction } from "@/lib/stakeholder-map/actions";

export type LeftContactItem = { id: string; name: string; title: string | null; leftAt: string; newEmployer: string | null };

/** Contacts who left the customer: off the live map, kept with their history; "left" can be undone. */
export function LeftContacts({ accountId, canEdit, contacts }: { accountId: string; canEdit: boolean; contacts: LeftContactItem[] }) {
  const { t } = useI18n();
  if (contacts.length === 0) return null;
  return (
    <section aria-labelledby="left-contacts-title" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="left-contacts">
      <h3 id="left-contacts-title" className="text-base font-semibold">{t("stakeholders.left.title", { count: contacts.length })}</h3>
      <ul className="mt-2 divide-y divide-slate-100 text-sm">
        {contacts.map((contact) => (
          <LeftRow key={contact.id} accountId={accountId} canEdit={canEdit} contact={contact} />
        ))}
      </ul>
    </section>
  );
}

function LeftRow({ accountId, canEdit, contact }: { accountId: string; canEdit: boolean; contact: LeftContactItem }) {
  const { t, locale } = useI18n();
  const runner = useActionRunner();
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <div>
        <a href={`/contacts/${contact.id}`} className="font-medium text-slate-900 underline-offset-2 hover:underline">{contact.name}</a>
        {contact.title && <span className="text-slate-600"> · {contact.title}</span>}
        <p className="text-xs text-slate-500">
          {t("stakeholders.left.since", { date: formatDate(locale, contact.leftAt) })}
          {contact.newEmployer && ` · ${t("stakeholders.left.employer", { employer: contact.newEmployer })}`}
        </p>
      </div>
      {canEdit && (
        <div>
          <Button
            size="sm"
            variant="secondary"
            disabled={runner.pending}
            aria-label={t("stakeholders.left.reinstateLabel", { name: contact.name })}
            onClick={() => runner.run(() => reinstateContactAction({ accountId, contactId: contact.id }))}
          >
            {t("stakeholders.left.reinstate")}
          </Button>
          <ActionError message={runner.error} />
        </div>
      )}
    </li>
  );
}
