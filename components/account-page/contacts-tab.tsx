import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { CONTACT_LEVELS } from "@/lib/coverage";
import { loadContactsTab, type ContactRow } from "@/lib/contacts/account-contacts";
import { getDb } from "@/lib/db/prisma";
import { ContactFunction } from "@/lib/generated/prisma/enums";
import { getI18n } from "@/lib/i18n/server";
import type { ContactCardData } from "./contact-card";
import { AddContact, ContactCard, LeftContacts } from "./contacts-tab-lazy";
import { CoverageSummary } from "./coverage-summary";
import { RelationshipMap } from "./relationship-map";
import { ContactsViewToggle } from "./contacts-view-toggle";
import { StakeholderMapView } from "./stakeholder-map-view";
import type { ContactView } from "@/lib/stakeholder-map/schemas";
import { ClientMessages } from "@/lib/i18n/client-messages";

const FUNCTION_ORDER = Object.values(ContactFunction);

const toCard = (contact: ContactRow): ContactCardData => ({
  id: contact.id,
  name: contact.name,
  title: contact.title,
  department: contact.department,
  function: contact.function,
  level: contact.level,
  buyingRole: contact.buyingRole,
  personalityType: contact.personalityType,
  attitude: contact.attitude,
  relationshipStrength: contact.relationshipStrength,
  email: contact.email,
  phone: contact.phone,
  explicitNeeds: contact.explicitNeeds,
  implicitNeeds: contact.implicitNeeds,
  coveredBy: contact.coverages.map((coverage) => coverage.user),
});

/**
 * Contacts as a list (coverage pattern, relationship map, contacts by level and function) or as the stakeholder
 * map (`view=map`); those who left the customer are listed apart in both.
 */
export async function ContactsTab({ accountId, canEdit, view = "list" }: { accountId: string; canEdit: boolean; view?: ContactView }) {
  const { t } = await getI18n();
  if (view === "map") {
    return (
      <ClientMessages scopes={["accountPage.common", "accountPage.contacts", "accountPage.header", "contacts.detail", "domain", "stakeholders"]}>
        <div className="space-y-4" data-testid="contacts-tab">
          <ContactsViewToggle accountId={accountId} view={view} />
          <StakeholderMapView accountId={accountId} canEdit={canEdit} />
        </div>
      </ClientMessages>
    );
  }
  const data = await loadContactsTab(getDb(), accountId);
  if (!data) return <Notice title={t("common.notFoundTitle")} body={t("common.notFoundBody")} />;
  const { contacts, left, analysis } = data;

  return (
    <ClientMessages scopes={["accountPage.common", "accountPage.contacts", "accountPage.header", "contacts.detail", "domain", "stakeholders"]}>
      <div className="space-y-4" data-testid="contacts-tab">
        <ContactsViewToggle accountId={accountId} view={view} />
        <CoverageSummary analysis={analysis} />
        <div className="flex flex-wrap items-start gap-2">
          {canEdit && <AddContact accountId={accountId} />}
          {contacts.length > 0 && (
            <a href={`/accounts/${accountId}/export/contacts`} className={buttonClass("secondary", "sm")}>{t("csvImport.export.contacts")}</a>
          )}
        </div>
        {contacts.length === 0 && left.length === 0 ? (
          <Notice title={t("accountPage.contacts.emptyTitle")} body={t("accountPage.contacts.emptyBody")} />
        ) : (
          <>
            <RelationshipMap data={data} />
            <section aria-labelledby="contacts-by-level" className="space-y-3">
              <h3 id="contacts-by-level" className="text-base font-semibold">{t("accountPage.contacts.title")}</h3>
              {CONTACT_LEVELS.map((level) => {
                const atLevel = contacts.filter((contact) => contact.level === level);
                const functions = FUNCTION_ORDER.filter((fn) => atLevel.some((contact) => contact.function === fn));
                return (
                  <section key={level} aria-labelledby={`level-${level}`} className="rounded-lg bg-slate-50 p-3">
                    <h4 id={`level-${level}`} className="text-sm font-semibold text-slate-700">{t(`domain.level.${level}`)}</h4>
                    {atLevel.length === 0 ? (
                      <p className="mt-1 text-xs text-slate-500">{t("accountPage.contacts.levelEmpty")}</p>
                    ) : (
                      <div className="mt-2 flex flex-wrap gap-4">
                        {functions.map((fn) => (
                          // Cards at least 16rem wide, as many per row as fit: their coverage picker needs the room.
                          <div key={fn} className="min-w-0 flex-[1_1_18rem]">
                            <h5 className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">{t(`domain.function.${fn}`)}</h5>
                            <ul className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,16rem),1fr))] gap-2">
                              {atLevel
                                .filter((contact) => contact.function === fn)
                                .map((contact) => (
                                  <ContactCard key={contact.id} accountId={accountId} contact={toCard(contact)} canEdit={canEdit} />
                                ))}
                            </ul>
                          </div>
                        ))}
                      </div>
                    )}
                  </section>
                );
              })}
            </section>
            <LeftContacts accountId={accountId} canEdit={canEdit} contacts={left.map((c) => ({ id: c.id, name: c.name, title: c.title, leftAt: c.leftAt!.toISOString().slice(0, 10), newEmployer: c.newEmployer }))} />
          </>
        )}
      </div>
    </ClientMessages>
  );
}
