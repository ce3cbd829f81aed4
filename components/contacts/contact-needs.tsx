import { getI18n } from "@/lib/i18n/server";

/** Explicit needs (显性需求) are what the customer states; implicit ones (隐性需求) are found by asking and observing. */
export async function ContactNeeds({ explicitNeeds, implicitNeeds }: { explicitNeeds: string | null; implicitNeeds: string | null }) {
  const { t } = await getI18n();
  const items = [
    { label: t("contacts.detail.explicitNeeds"), text: explicitNeeds },
    { label: t("contacts.detail.implicitNeeds"), text: implicitNeeds },
  ];
  return (
    <section aria-labelledby="needs-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="needs-title" className="font-semibold">{t("contacts.detail.needsTitle")}</h2>
      {!explicitNeeds && !implicitNeeds ? (
        <p className="mt-2 text-sm text-slate-600">{t("contacts.detail.noNeeds")}</p>
      ) : (
        <dl className="mt-2 space-y-3 text-sm">
          {items.map((item) => (
            <div key={item.label}>
              <dt className="text-xs font-medium text-slate-500">{item.label}</dt>
              <dd className="mt-0.5 whitespace-pre-line">{item.text || t("contacts.detail.notRecorded")}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
