import { Badge } from "@/components/ui/badge";
import type { ContactDetail } from "@/lib/contacts/queries";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

export async function ContactActivities({ activities }: { activities: ContactDetail["activities"] }) {
  const { t, locale } = await getI18n();
  return (
    <section aria-labelledby="activities-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="activities-title" className="font-semibold">{t("contacts.detail.activitiesTitle")}</h2>
      {activities.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("contacts.detail.noActivities")}</p>
      ) : (
        <ol className="mt-2 divide-y divide-slate-100 text-sm">
          {activities.map((a) => (
            <li key={a.id} className="py-2">
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                <Badge>{t(`domain.activityType.${a.type}`)}</Badge>
                <time dateTime={a.occurredAt.toISOString()}>{formatDate(locale, a.occurredAt)}</time>
                <span>{t("contacts.detail.by", { name: a.user.name })}</span>
              </div>
              <p className="mt-1 whitespace-pre-line">{a.summary}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
