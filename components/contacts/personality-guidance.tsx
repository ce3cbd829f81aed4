import { PERSONALITY_GUIDANCE } from "@/lib/personality";
import type { PersonalityType } from "@/lib/generated/prisma/enums";
import { getI18n } from "@/lib/i18n/server";

/** How to communicate with this contact, from the personality type. */
export async function PersonalityGuidance({ type }: { type: PersonalityType | null }) {
  const { t, locale } = await getI18n();
  const guidance = type ? PERSONALITY_GUIDANCE[type] : null;
  return (
    <section aria-labelledby="guidance-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="guidance-title" className="font-semibold">{t("contacts.detail.guidanceTitle")}</h2>
      {!guidance ? (
        <p className="mt-2 text-sm text-slate-600">{t("contacts.detail.noPersonality")}</p>
      ) : (
        <div className="mt-2 space-y-3 text-sm" data-testid="personality-guidance">
          <p className="text-slate-700">{guidance.trait[locale]}</p>
          <div>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-green-800">{t("contacts.detail.guidanceDo")}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {guidance.dos.map((item) => <li key={item.en}>{item[locale]}</li>)}
            </ul>
          </div>
          <div>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-red-800">{t("contacts.detail.guidanceAvoid")}</h3>
            <p className="mt-1">{guidance.avoid[locale]}</p>
          </div>
        </div>
      )}
    </section>
  );
}
