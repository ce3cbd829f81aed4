"use client";

import { useState } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ContactSummary } from "@/lib/contacts/types";
import type { Attitude } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { ContactForm } from "./contact-form";
import { AssignCoverage, RemoveCoverage } from "./coverage-controls";

export type ContactCardData = ContactSummary & {
  email: string | null;
  phone: string | null;
  explicitNeeds: string | null;
  implicitNeeds: string | null;
  coveredBy: { id: string; name: string }[];
};

const ATTITUDE_TONE: Record<Attitude, BadgeTone> = { SUPPORTER: "green", NEUTRAL: "neutral", OPPONENT: "red" };

/** One contact: who they are, how they buy and think, how they feel about us, and who of ours covers them. */
export function ContactCard({ accountId, contact, canEdit }: { accountId: string; contact: ContactCardData; canEdit: boolean }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);

  if (editing) {
    return (
      <li className="col-span-full rounded-lg border border-brand-200 bg-white p-4 shadow-sm">
        <h4 className="mb-2 text-sm font-semibold">{t("accountPage.contacts.editTitle", { name: contact.name })}</h4>
        <ContactForm accountId={accountId} contactId={contact.id} initial={contact} onDone={() => setEditing(false)} />
      </li>
    );
  }

  const strength = t("accountPage.contacts.strength", { value: contact.relationshipStrength });
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm" data-testid="contact-card">
      <div className="flex items-start justify-between gap-2">
        <div>
          <h4 className="font-semibold text-slate-900">{contact.name}</h4>
          <p className="text-xs text-slate-600">{[contact.title, contact.department].filter(Boolean).join(" · ") || t("accountPage.common.none")}</p>
        </div>
        {canEdit && (
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)} aria-label={t("accountPage.contacts.editLabel", { name: contact.name })}>
            {t("accountPage.common.edit")}
          </Button>
        )}
      </div>
      {(contact.email || contact.phone) && (
        <p className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs" data-testid="contact-reach">
          {contact.email && (
            <a href={`mailto:${contact.email}`} className="break-all text-brand-700 underline" aria-label={`${t("contacts.detail.email")}: ${contact.email}`}>
              {contact.email}
            </a>
          )}
          {contact.phone && (
            <a href={`tel:${contact.phone.replace(/\s/g, "")}`} className="text-brand-700 underline" aria-label={`${t("contacts.detail.phone")}: ${contact.phone}`}>
              {contact.phone}
            </a>
          )}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-1">
        {contact.buyingRole && <Badge tone="blue">{t(`domain.buyingRole.${contact.buyingRole}`)}</Badge>}
        {contact.personalityType && <Badge tone="violet">{t(`domain.personality.${contact.personalityType}`)}</Badge>}
        <Badge tone={ATTITUDE_TONE[contact.attitude]}>{t(`domain.attitude.${contact.attitude}`)}</Badge>
      </div>
      <p className="mt-2 flex items-center gap-1 text-xs text-slate-600" title={strength}>
        <span aria-hidden className="tracking-tight text-brand-600">
          {"●".repeat(contact.relationshipStrength)}
          <span className="text-slate-300">{"●".repeat(5 - contact.relationshipStrength)}</span>
        </span>
        <span className="sr-only">{strength}</span>
      </p>
      <div className="mt-2 border-t border-slate-100 pt-2">
        <p className="text-xs font-medium text-slate-500">{t("accountPage.contacts.coveredBy")}</p>
        {contact.coveredBy.length === 0 ? (
          <p className="text-xs text-amber-700">{t("accountPage.contacts.notCovered")}</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-1">
            {contact.coveredBy.map((user) => (
              <li key={user.id} className="inline-flex items-center rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                {user.name}
                {canEdit && <RemoveCoverage accountId={accountId} contact={contact} user={user} />}
              </li>
            ))}
          </ul>
        )}
        {canEdit && <AssignCoverage accountId={accountId} contact={contact} coveredBy={contact.coveredBy.map((u) => u.id)} />}
      </div>
    </li>
  );
}
