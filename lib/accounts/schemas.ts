import { z } from "zod";
import {
  CompanySize,
  CreditRating,
  LifecyclePhase,
  Quadrant,
  RelationshipStage,
  SalesScenario,
} from "@/lib/generated/prisma/enums";
import { RISK_LEVELS } from "@/lib/churn";
import { STRATEGY_KEYS } from "@/lib/matrix";
import { ABC_CLASSES, RFM_SEGMENT_KEYS } from "@/lib/rfm";
import { blankable, blankToNull, DECIMAL_18_2, decimalText, optionalText, plainText, requiredText, ZId, ZVersion } from "@/lib/validation/fields";
import { HEALTH_FILTERS, P_ALIVE_CUTS } from "./filter-values";
import { enumFilter, flagParam, ownerParam, pageParam, searchParam, sortParams, teamParam, textFilter, urlInt, viewParams } from "@/lib/lists/query";

// ───────────── the list's URL contract (brief: "/accounts list — URL search params") ─────────────

export const ACCOUNT_SORT_KEYS = ["name", "owner", "industry", "region", "revenue12m", "quadrant", "stage", "segment", "abc", "risk", "clv12m", "pAlive", "health"] as const;
export type AccountSortKey = (typeof ACCOUNT_SORT_KEYS)[number];
export { HEALTH_FILTERS, P_ALIVE_CUTS };
export { ABC_CLASSES, RISK_LEVELS, STRATEGY_KEYS };
export const ACCOUNT_PAGE_SIZE = 50;

/**
 * The accounts list's search params (the page, the CSV export and the API). Unknown or invalid values are
 * ignored, so a hand-edited or outdated link still opens the list. `owner` is a user id, `me` or `all`; without
 * it a manager sees his own accounts (`withDefaultOwner` of lib/lists/query). `team` is a sales team's id.
 */
export const ZAccountListQuery = z.object({
  q: searchParam,
  owner: ownerParam,
  team: teamParam,
  key: flagParam,
  quadrant: enumFilter(Quadrant),
  strategy: enumFilter(STRATEGY_KEYS),
  stage: enumFilter(RelationshipStage),
  segment: enumFilter(RFM_SEGMENT_KEYS),
  abc: enumFilter(ABC_CLASSES),
  risk: enumFilter(RISK_LEVELS),
  /** Lifetime value: 12-month CLV at least this (whole money units), P(alive) below this share. */
  minClv: urlInt(0, 999_999_999_999, 12),
  maxPAlive: enumFilter(P_ALIVE_CUTS),
  health: enumFilter(HEALTH_FILTERS),
  industry: textFilter,
  region: textFilter,
  archived: flagParam,
  ...sortParams(ACCOUNT_SORT_KEYS),
  page: pageParam,
  ...viewParams,
});
export type TAccountListQuery = z.infer<typeof ZAccountListQuery>;

// ───────────── the account form (one schema for the client form and the actions) ─────────────

const requiredEnum = <T extends Record<string, string>>(e: T) =>
  z.enum(Object.values(e) as [T[keyof T], ...T[keyof T][]], { error: "validation.required" });
const optionalEnum = <T extends Record<string, string>>(e: T) =>
  z.preprocess(blankToNull, z.enum(Object.values(e) as [T[keyof T], ...T[keyof T][]], { error: "validation.invalid" }).nullable());

/** Up to 16 digits before the point and 2 after, like the Decimal(18, 2) column; exact text, never a float. */
const money = blankable(decimalText(DECIMAL_18_2, { min: 0 }));

export const ZAccountInput = z.object({
  name: requiredText(200),
  /** The name in the customer's own language (e.g. the Chinese legal name); quick-find and the list search it. */
  localName: optionalText(200),
  industry: requiredText(100),
  region: requiredText(100),
  country: requiredText(100),
  size: requiredEnum(CompanySize),
  annualRevenue: money,
  creditRating: optionalEnum(CreditRating),
  lifecyclePhase: requiredEnum(LifecyclePhase),
  salesScenario: optionalEnum(SalesScenario),
  parentId: optionalText(40),
  strategy: optionalText(2000, { multiline: true }),
  products: optionalText(2000, { multiline: true }),
  operatingStatus: optionalText(2000, { multiline: true }),
  growthBottleneck: optionalText(2000, { multiline: true }),
  /** Honoured for directors and admins only; a manager's new account is always his own. */
  ownerId: optionalText(40),
});
export type TAccountInput = z.infer<typeof ZAccountInput>;

const ZRef = { id: ZId.max(40), version: ZVersion };

/** Editing never changes the owner: that is `reassignOwnerAction`, for directors and admins. */
export const ZAccountUpdate = ZAccountInput.omit({ ownerId: true }).extend(ZRef);
export type TAccountUpdate = z.infer<typeof ZAccountUpdate>;

export const ZAccountRef = z.object(ZRef);
export type TAccountRef = z.infer<typeof ZAccountRef>;

export const ZReassignOwner = z.object({ ...ZRef, ownerId: requiredText(40) });
export type TReassignOwner = z.infer<typeof ZReassignOwner>;

export const ZParentSearch = z.object({ q: plainText(200), excludeId: ZId.max(40).optional() });

/**
 * Creating an account: the form's fields and `confirmDuplicates`, the user's "create anyway" after the action
 * answered with existing accounts of the same or a similar name (lib/duplicates).
 */
export const ZAccountCreate = ZAccountInput.extend({ confirmDuplicates: z.boolean().optional() });
export type TAccountCreate = z.infer<typeof ZAccountCreate>;
