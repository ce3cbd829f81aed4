import Link from "next/link";
import { notFound } from "next/navigation";
import { AttitudeBadge } from "@/components/contacts/attitude-badge";
import { ContactActivities } from "@/components/contacts/contact-activities";
import { ContactCoverage } from "@/components/contacts/contact-coverage";
import { ContactNeeds } from "@/components/contacts/contact-needs";
import { PersonalityGuidance } from "@/components/contacts/personality-guidance";
import { StageBadge } from "@/components/domain/stage-badge";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { canEditAccount } from "@/lib/auth/account-access";
import { requireUser } from "@/lib/auth/session";
import { getContactDetail } from "@/lib/contacts/queries";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { t, locale } = await getI18n();
  const contact = await getContactDetail(getDb(), (await params).id);
  if (!contact) notFound();
  const { account } = contact;
  const canEdit = await canEditAccount(getDb(), user, account.id);
  const none = t("contacts.detail.notRecorded");
  // The attitude is the contact's, so it stands with the contact's facts, not next to the account owner's name.
  const facts = [
    { label: t("contacts.column.attitude"), value: <span data-testid="contact-attitude"><AttitudeBadge attitude={contact.attitude} t={t} /></span> },
    { label: t("contacts.detail.department"), value: contact.department || none },
    { label: t("contacts.column.level"), value: t(`domain.level.${contact.level}`) },
    { label: t("contacts.column.function"), value: t(`domain.function.${contact.function}`) },
    { label: t("contacts.column.role"), value: contact.buyingRole ? t(`domain.buyingRole.${contact.buyingRole}`) : none },
    { label: t("contacts.column.personality"), value: contact.personalityType ? t(`domain.personality.${contact.personalityType}`) : none },
    { label: t("contacts.detail.strength"), value: t("contacts.detail.strengthValue", { value: contact.relationshipStrength }) },
    { label: t("contacts.detail.email"), value: contact.email ? <a className="text-brand-700 underline" href={`mailto:${contact.email}`}>{contact.email}</a> : none },
    { label: t("contacts.detail.phone"), value: contact.phone ? <a className="text-brand-700 underline" href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a> : none },
  ];
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/contacts" className="text-brand-600 hover:underline">← {t("contacts.detail.back")}</Link>
      </nav>
      <PageHeader
        title={contact.name}
        intro={contact.title ?? undefined}
        actions={
          <Link href={`/accounts/${account.id}?tab=contacts`} className={buttonClass(canEdit ? "primary" : "secondary")}>
            {canEdit ? t("contacts.detail.editOnAccount") : t("contacts.detail.openAccount")}
          </Link>
        }
      />
      <section aria-label={t("contacts.detail.account")} className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-500">{t("contacts.detail.account")}:</span>
        <Link href={`/accounts/${account.id}`} className="font-medium text-brand-700 hover:underline">{account.name}</Link>
        <StageBadge stage={account.stage} locale={locale} />
        {account.isKeyAccount && <Badge tone="violet">{t("contacts.detail.keyAccount")}</Badge>}
        {account.archived && <Badge tone="amber">{t("contacts.detail.archived")}</Badge>}
        <span className="text-slate-500">{t("contacts.detail.owner", { name: account.owner.name })}</span>
      </section>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
            {facts.map((f) => (
              <div key={f.label}>
                <dt className="text-xs font-medium text-slate-500">{f.label}</dt>
                <dd className="mt-0.5">{f.value}</dd>
              </div>
            ))}
          </dl>
          <ContactNeeds explicitNeeds={contact.explicitNeeds} implicitNeeds={contact.implicitNeeds} />
          <ContactActivities activities={contact.activities} />
        </div>
        <div className="space-y-4">
          <PersonalityGuidance type={contact.personalityType} />
          <ContactCoverage contact={contact} />
        </div>
      </div>
    </>
  );
}
