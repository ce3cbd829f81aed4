import type { Stage } from "../stages";
import {
  CONTACT_LEVELS,
  type CoverageAnalysis,
  type CoverageContact,
  type CoverageLine,
  type CoveragePattern,
  type CoverageWarning,
} from "./types";

/**
 * Stages at which anything below a diamond is a single-threaded risk worth a warning: from COOPERATIVE on, the
 * relationship should rest on many people on both sides.
 */
export const DIAMOND_EXPECTED_STAGES: readonly Stage[] = ["COOPERATIVE", "INTERDEPENDENT", "INTEGRATED"];

/**
 * The contact pattern of a set of distinct coverage lines:
 * - NONE: no line.
 * - SINGLE_THREADED: exactly one line, one of ours ↔ one contact.
 * - DIAMOND: at least two of our people AND at least two covered contacts (so no single person on either
 *   side carries every line: losing any one person leaves a line standing), AND the covered contacts span
 *   at least two levels or at least two functions (the links reach more than one part of the customer).
 * - BOW_TIE: every other case with two or more lines: all lines run through one person on either side
 *   (one of ours, or one contact), or all covered contacts sit in one level and one function (the
 *   "KAM ↔ purchasing only" knot).
 */
function patternOf(
  lines: number,
  users: number,
  contacts: number,
  levels: number,
  functions: number,
): CoveragePattern {
  if (lines === 0) return "NONE";
  if (lines === 1) return "SINGLE_THREADED";
  if (users >= 2 && contacts >= 2 && (levels >= 2 || functions >= 2)) return "DIAMOND";
  return "BOW_TIE";
}

function warningFor(stage: Stage | undefined, pattern: CoveragePattern): CoverageWarning | null {
  if (stage === undefined || !DIAMOND_EXPECTED_STAGES.includes(stage) || pattern === "DIAMOND") return null;
  return {
    code: "BELOW_DIAMOND",
    stage,
    pattern,
    message: {
      en: "The relationship rests on too few people for its stage: widen contacts to more levels and functions and bring in more of our team.",
      zh: "就当前关系阶段而言,关系过于依赖少数人员:应扩大与客户各层次、各职能的接触,并让更多团队成员参与。",
    },
  };
}

/**
 * The pattern alone, as `analyseCoverage` finds it, for counting many accounts: the same distinct lines and
 * counts, without the sorted lists and the warning text (at 520 accounts a fifth of the time).
 */
export function coveragePattern(contacts: readonly CoverageContact[], coverages: readonly CoverageLine[]): CoveragePattern {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const usersByContact = new Map<string, Set<string>>();
  for (const { contactId, userId } of coverages) {
    if (!byId.has(contactId)) continue;
    const users = usersByContact.get(contactId) ?? new Set<string>();
    users.add(userId);
    usersByContact.set(contactId, users);
  }
  let lines = 0;
  const users = new Set<string>();
  const levels = new Set<string>();
  const functions = new Set<string>();
  for (const [contactId, covering] of usersByContact) {
    lines += covering.size;
    for (const user of covering) users.add(user);
    const contact = byId.get(contactId)!;
    levels.add(contact.level);
    functions.add(contact.function);
  }
  return patternOf(lines, users.size, usersByContact.size, levels.size, functions.size);
}

/** True when `analyseCoverage` warns at this stage about this pattern (below a diamond from COOPERATIVE on). */
export const belowDiamondFor = (stage: Stage, pattern: CoveragePattern) => warningFor(stage, pattern) !== null;

/**
 * Contact coverage of one account (the single-threaded risk): which customer contacts, at which
 * levels and functions, are covered by which of our people, and the resulting pattern. Lines to contacts
 * not in `contacts` are ignored (counted in `ignoredLines`); repeated lines and contact ids count once. With
 * `options.stage`, a warning is raised at COOPERATIVE or above when the pattern is below DIAMOND.
 */
export function analyseCoverage(
  contacts: readonly CoverageContact[],
  coverages: readonly CoverageLine[],
  options: { stage?: Stage } = {},
): CoverageAnalysis {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const pairs = new Map<string, CoverageLine>();
  let ignoredLines = 0;
  for (const { contactId, userId } of coverages) {
    if (!byId.has(contactId)) ignoredLines += 1;
    else pairs.set(JSON.stringify([contactId, userId]), { contactId, userId });
  }
  const lines = [...pairs.values()].sort(
    (a, b) => compare(a.contactId, b.contactId) || compare(a.userId, b.userId),
  );
  const covered = [...new Set(lines.map((line) => line.contactId))].map((id) => byId.get(id)!);
  const levels = new Set(covered.map((contact) => contact.level));
  const functionsCovered = [...new Set(covered.map((contact) => contact.function))].sort(compare);
  const ourPeople = [...new Set(lines.map((line) => line.userId))].sort(compare);
  const pattern = patternOf(lines.length, ourPeople.length, covered.length, levels.size, functionsCovered.length);
  return {
    pattern,
    levelsCovered: CONTACT_LEVELS.filter((level) => levels.has(level)),
    functionsCovered,
    ourPeople,
    pairs: lines,
    totalContacts: byId.size,
    coveredContacts: covered.length,
    coverageRatio: byId.size === 0 ? 0 : covered.length / byId.size,
    ignoredLines,
    warning: warningFor(options.stage, pattern),
  };
}

/** Plain code-unit order, independent of the runtime locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
