import type {
  StakeholderContact, StakeholderCoverage, StakeholderEdge, StakeholderMap, StakeholderNode,
} from "./types";
import { BUYING_ROLES } from "./types";

const DAY_MS = 86_400_000;
export const DEFAULT_UNTOUCHED_DAYS = 90;

/** Decision makers, board and director level, and contacts of high or decisive influence. */
export function isKeyContact(contact: Pick<StakeholderContact, "buyingRole" | "level" | "influence">): boolean {
  return (
    contact.buyingRole === "DECISION_MAKER" ||
    contact.level === "BOARD" ||
    contact.level === "DIRECTOR" ||
    contact.influence === "HIGH" ||
    contact.influence === "DECISIVE"
  );
}

/**
 * The stakeholder map of one account: live contacts (no `leftAt`) as nodes with their coverage lines, reports-to
 * edges between live contacts (a contact whose manager left or belongs elsewhere becomes a root), and the gaps:
 * buying roles nobody holds, decision makers without coverage, key contacts not touched for `untouchedDays`.
 */
export function buildStakeholderMap<C extends StakeholderContact>(
  contacts: readonly C[],
  coverage: readonly StakeholderCoverage[],
  options: { now: Date; untouchedDays?: number },
): StakeholderMap<C> {
  const untouchedDays = options.untouchedDays ?? DEFAULT_UNTOUCHED_DAYS;
  const live = contacts.filter((contact) => contact.leftAt === null);
  const liveIds = new Set(live.map((contact) => contact.id));
  const byContact = new Map<string, StakeholderCoverage[]>();
  for (const line of coverage) {
    if (!liveIds.has(line.contactId)) continue;
    const lines = byContact.get(line.contactId) ?? [];
    lines.push(line);
    byContact.set(line.contactId, lines);
  }
  const nodes: StakeholderNode<C>[] = live.map((contact) => {
    const lines = byContact.get(contact.id) ?? [];
    const key = isKeyContact(contact);
    const daysSinceTouch = contact.lastTouchAt === null
      ? null
      : Math.max(0, Math.floor((options.now.getTime() - contact.lastTouchAt.getTime()) / DAY_MS));
    return {
      contact,
      coverage: lines,
      key,
      uncoveredDecisionMaker: contact.buyingRole === "DECISION_MAKER" && lines.length === 0,
      untouched: key && (daysSinceTouch === null || daysSinceTouch >= untouchedDays),
      daysSinceTouch,
    };
  });
  const edges: StakeholderEdge[] = live
    .filter((contact) => contact.reportsToId !== null && contact.reportsToId !== contact.id && liveIds.has(contact.reportsToId))
    .map((contact) => ({ from: contact.reportsToId!, to: contact.id }));
  const held = new Set(live.map((contact) => contact.buyingRole));
  return {
    nodes,
    edges,
    left: contacts.filter((contact) => contact.leftAt !== null),
    gaps: {
      missingRoles: BUYING_ROLES.filter((role) => !held.has(role)),
      uncoveredDecisionMakers: nodes.filter((node) => node.uncoveredDecisionMaker).map((node) => node.contact.id),
      untouchedKeyContacts: nodes.filter((node) => node.untouched).map((node) => node.contact.id),
    },
  };
}
