import { Badge } from "@/components/ui/badge";
import type { ContactDetail } from "@/lib/contacts/queries";
import { getI18n } from "@/lib/i18n/server";

/** Our people covering the contact, with their role on the account team; a warning when nobody does. */
export async function ContactCoverage({ contact }: { contact: ContactDetail }) {
  const { t } = await getI18n();
  const teamRole = new Map(contact.account.team.map((m) => [m.userId, m]));
  return (
    <section aria-labelledby="coverage-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="coverage-title" className="font-semibold">{t("contacts.detail.coverageTitle")}</h2>
      {contact.coverages.length === 0 ? (
        <p className="mt-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("contacts.detail.noCoverage")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600">{t("contacts.detail.coverageIntro")}</p>
          <ul className="mt-2 divide-y divide-slate-100 text-sm" data-testid="contact-coverage">
            {contact.coverages.map(({ user }) => {
              const member = teamRole.get(user.id);
              return (
                <li key={user.id} className="flex flex-wrap items-center gap-2 py-2">
                  <span className="font-medium">{user.name}</span>
                  <span className="text-xs text-slate-500">{user.email}</span>
                  {user.id === contact.account.ownerId && <Badge tone="blue">{t("contacts.detail.ownerBadge")}</Badge>}
                  {member && <Badge>{t(`domain.teamRole.${member.teamRole}`)} · {t(`domain.formal.${member.formal}`)}</Badge>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
