import { CONTACT_LEVELS } from "@/lib/coverage";
import type { ContactsTabData } from "@/lib/contacts/account-contacts";
import { ContactFunction } from "@/lib/generated/prisma/enums";
import { getI18n } from "@/lib/i18n/server";

const WIDTH = 960;
const LEFT = 110;
const PEOPLE_Y = 36;
const FIRST_ROW_Y = 140;
const ROW_GAP = 84;
const NODE_W = 120;
const NODE_H = 34;
const COLOURS = ["#2563eb", "#16a34a", "#d97706", "#9333ea", "#dc2626", "#0891b2", "#4f46e5", "#65a30d"];
const FUNCTION_ORDER = Object.values(ContactFunction);

const short = (text: string, max = 16) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const spread = (count: number, index: number) => LEFT + ((index + 0.5) * (WIDTH - LEFT)) / count;

/**
 * Our people in a row on top, the customer's contacts in level rows below (board first), a line for each
 * coverage. Drawn on the server from fixed coordinates; the figure is decorative for screen readers, which
 * get the same lines as a list.
 */
export async function RelationshipMap({ data }: { data: ContactsTabData }) {
  const { t } = await getI18n();
  const { contacts, analysis } = data;
  const names = new Map(contacts.flatMap((c) => c.coverages.map((cov) => [cov.user.id, cov.user.name] as const)));
  const people = analysis.ourPeople.map((id, index) => ({ id, name: names.get(id) ?? id, x: spread(analysis.ourPeople.length, index), colour: COLOURS[index % COLOURS.length] }));
  const rows = CONTACT_LEVELS.map((level) => ({
    level,
    contacts: contacts
      .filter((c) => c.level === level)
      .sort((a, b) => FUNCTION_ORDER.indexOf(a.function) - FUNCTION_ORDER.indexOf(b.function) || a.name.localeCompare(b.name)),
  })).filter((row) => row.contacts.length > 0);
  const position = new Map(rows.flatMap((row, r) => row.contacts.map((c, i) => [c.id, { x: spread(row.contacts.length, i), y: FIRST_ROW_Y + r * ROW_GAP }] as const)));
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const height = FIRST_ROW_Y + rows.length * ROW_GAP - 30;
  const descriptionId = "relationship-map-description";

  return (
    <section aria-labelledby="relationship-map-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="relationship-map-title" className="text-base font-semibold">{t("accountPage.map.title")}</h3>
      <p id={descriptionId} className="sr-only">
        {t("accountPage.map.figure", { lines: analysis.pairs.length, people: people.length, contacts: contacts.length })}
      </p>
      {/* Focusable so the map can be scrolled sideways from the keyboard on a narrow screen. */}
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="group" aria-label={t("accountPage.map.title")}>
        <svg viewBox={`0 0 ${WIDTH} ${height}`} className="min-w-[640px]" aria-hidden data-testid="relationship-map">
          <text x={8} y={PEOPLE_Y + 4} className="fill-slate-500 text-[11px] font-medium">{short(t("accountPage.map.ourPeople"), 18)}</text>
          {rows.map((row, r) => (
            <g key={row.level}>
              <line x1={0} x2={WIDTH} y1={FIRST_ROW_Y + r * ROW_GAP - 42} y2={FIRST_ROW_Y + r * ROW_GAP - 42} stroke="#f1f5f9" />
              <text x={8} y={FIRST_ROW_Y + r * ROW_GAP + 4} className="fill-slate-500 text-[11px] font-medium">{t(`domain.level.${row.level}`)}</text>
            </g>
          ))}
          {analysis.pairs.map(({ contactId, userId }) => {
            const from = personById.get(userId);
            const to = position.get(contactId);
            if (!from || !to) return null;
            const midY = (PEOPLE_Y + to.y) / 2;
            return <path key={`${contactId}-${userId}`} d={`M ${from.x} ${PEOPLE_Y + NODE_H / 2} C ${from.x} ${midY}, ${to.x} ${midY}, ${to.x} ${to.y - NODE_H / 2}`} fill="none" stroke={from.colour} strokeWidth={2} strokeOpacity={0.7} />;
          })}
          {people.map((person) => (
            <g key={person.id}>
              <rect x={person.x - NODE_W / 2} y={PEOPLE_Y - NODE_H / 2} width={NODE_W} height={NODE_H} rx={17} fill={person.colour} />
              <text x={person.x} y={PEOPLE_Y + 4} textAnchor="middle" className="fill-white text-[12px] font-medium">{short(person.name)}</text>
            </g>
          ))}
          {contacts.map((contact) => {
            const at = position.get(contact.id);
            if (!at) return null;
            const covered = contact.coverages.length > 0;
            return (
              <g key={contact.id}>
                <rect x={at.x - NODE_W / 2} y={at.y - NODE_H / 2} width={NODE_W} height={NODE_H} rx={6} fill={covered ? "#ffffff" : "#f8fafc"} stroke={covered ? "#475569" : "#cbd5e1"} strokeDasharray={covered ? undefined : "4 3"} />
                <text x={at.x} y={at.y - 2} textAnchor="middle" className="fill-slate-900 text-[12px] font-medium">{short(contact.name)}</text>
                <text x={at.x} y={at.y + 11} textAnchor="middle" className="fill-slate-500 text-[10px]">{short(t(`domain.function.${contact.function}`), 18)}</text>
              </g>
            );
          })}
        </svg>
      </div>
      <h4 className="mt-3 text-sm font-medium text-slate-700">{t("accountPage.map.listTitle")}</h4>
      {analysis.pairs.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">{t("accountPage.map.noLines")}</p>
      ) : (
        <ul className="mt-1 grid gap-x-6 gap-y-0.5 text-sm text-slate-700 sm:grid-cols-2" data-testid="coverage-lines">
          {analysis.pairs.map(({ contactId, userId }) => {
            const contact = contactById.get(contactId)!;
            const person = personById.get(userId);
            return (
              <li key={`${contactId}-${userId}`} className="flex items-center gap-2">
                <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ background: person?.colour }} />
                {t("accountPage.map.line", {
                  user: person?.name ?? userId,
                  contact: contact.name,
                  level: t(`domain.level.${contact.level}`),
                  function: t(`domain.function.${contact.function}`),
                })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
