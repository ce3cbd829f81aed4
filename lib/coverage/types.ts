import type { LocalizedText } from "../domain";
import type { Stage } from "../stages";

/** Customer contact levels, top down; same keys as the Prisma `ContactLevel` enum. */
export const CONTACT_LEVELS = ["BOARD", "DIRECTOR", "MANAGER", "SUPERVISOR", "STAFF"] as const;

export type ContactLevel = (typeof CONTACT_LEVELS)[number];

export const CONTACT_LEVEL_LABELS: Record<ContactLevel, LocalizedText> = {
  BOARD: { en: "Board", zh: "董事会" },
  DIRECTOR: { en: "Director", zh: "总监" },
  MANAGER: { en: "Manager", zh: "经理" },
  SUPERVISOR: { en: "Supervisor", zh: "主管" },
  STAFF: { en: "Staff", zh: "职员" },
};

/** The business functions a customer contact works in; same keys as the Prisma `ContactFunction` enum. */
export const CONTACT_FUNCTIONS = [
  "MANAGEMENT",
  "PURCHASING",
  "FINANCE",
  "OPERATIONS",
  "LOGISTICS",
  "IT",
  "RESEARCH_DEVELOPMENT",
  "QUALITY",
  "MARKETING",
  "OTHER",
] as const;

export type ContactFunction = (typeof CONTACT_FUNCTIONS)[number];

/** A customer contact; `function` is compared as given (e.g. a `ContactFunction` key). */
export type CoverageContact = { id: string; level: ContactLevel; function: string };

/** One coverage line: our user `userId` covers the customer contact `contactId`. */
export type CoverageLine = { contactId: string; userId: string };

/** From weakest to strongest; see `analyseCoverage` for the exact definitions. */
export const COVERAGE_PATTERNS = ["NONE", "SINGLE_THREADED", "BOW_TIE", "DIAMOND"] as const;

export type CoveragePattern = (typeof COVERAGE_PATTERNS)[number];

export const COVERAGE_PATTERN_LABELS: Record<CoveragePattern, LocalizedText> = {
  NONE: { en: "No coverage", zh: "无覆盖" },
  SINGLE_THREADED: { en: "Single-threaded", zh: "单线联系" },
  BOW_TIE: { en: "Bow-tie", zh: "领结式" },
  DIAMOND: { en: "Diamond", zh: "钻石式" },
};

export type CoverageWarning = {
  code: "BELOW_DIAMOND";
  stage: Stage;
  pattern: CoveragePattern;
  message: LocalizedText;
};

export type CoverageAnalysis = {
  pattern: CoveragePattern;
  /** Levels with at least one covered contact, top down. */
  levelsCovered: ContactLevel[];
  /** Functions with at least one covered contact, sorted. */
  functionsCovered: string[];
  /** Distinct users of ours on at least one line, sorted. */
  ourPeople: string[];
  /** Distinct (contact, user) lines to known contacts, sorted by contact then user. */
  pairs: CoverageLine[];
  totalContacts: number;
  coveredContacts: number;
  /** coveredContacts / totalContacts, 0 when there are no contacts. */
  coverageRatio: number;
  /** Lines dropped because their contact is not in `contacts`. */
  ignoredLines: number;
  /** Set when the stage is COOPERATIVE or above and the pattern is below DIAMOND, else null. */
  warning: CoverageWarning | null;
};
