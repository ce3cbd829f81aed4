/** The vocabularies of the stakeholder map, as plain strings: engines import no generated Prisma code. */
export const BUYING_ROLES = ["DECISION_MAKER", "INFLUENCER", "PURCHASER", "USER", "GATEKEEPER"] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

/** Low to high. */
export const INFLUENCES = ["LOW", "MEDIUM", "HIGH", "DECISIVE"] as const;
export type Influence = (typeof INFLUENCES)[number];

/** The ladder from supplier to trusted advisor, lowest first. */
export const RELATIONSHIP_LEVELS = ["VENDOR", "CREDIBLE_SOURCE", "PROBLEM_SOLVER", "TRUSTED_ADVISOR"] as const;
export type RelationshipLevel = (typeof RELATIONSHIP_LEVELS)[number];

export type Attitude = "SUPPORTER" | "NEUTRAL" | "OPPONENT";
export type ContactLevel = "BOARD" | "DIRECTOR" | "MANAGER" | "SUPERVISOR" | "STAFF";

/** A contact as the map needs him; `lastTouchAt` is the latest activity he was the subject of or took part in. */
export type StakeholderContact = {
  id: string;
  name: string;
  reportsToId: string | null;
  level: ContactLevel;
  buyingRole: BuyingRole | null;
  influence: Influence | null;
  attitude: Attitude;
  leftAt: Date | null;
  lastTouchAt: Date | null;
};

/** One of our people covering a contact, with how the contact sees him now and how we want to be seen. */
export type StakeholderCoverage = {
  contactId: string;
  userId: string;
  levelNow: RelationshipLevel | null;
  levelWanted: RelationshipLevel | null;
};

export type StakeholderNode<C extends StakeholderContact = StakeholderContact> = {
  contact: C;
  coverage: StakeholderCoverage[];
  /** Decision maker, board or director level, or high or decisive influence. */
  key: boolean;
  /** A decision maker nobody of ours covers. */
  uncoveredDecisionMaker: boolean;
  /** A key contact with no touch in the last `untouchedDays` days (or never). */
  untouched: boolean;
  /** Whole days since the last touch; null when never touched. */
  daysSinceTouch: number | null;
};

/** Manager → direct report, both live contacts. */
export type StakeholderEdge = { from: string; to: string };

export type StakeholderGaps = {
  /** Buying roles none of the live contacts holds, in BUYING_ROLES order. */
  missingRoles: BuyingRole[];
  uncoveredDecisionMakers: string[];
  untouchedKeyContacts: string[];
};

export type StakeholderMap<C extends StakeholderContact = StakeholderContact> = {
  nodes: StakeholderNode<C>[];
  edges: StakeholderEdge[];
  /** Contacts who left the customer: listed apart, not on the live map. */
  left: C[];
  gaps: StakeholderGaps;
};
