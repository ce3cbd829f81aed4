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
import { blankable, blankToNull, DECIMAL_18_2, decimalText, hasControlCharacters, optionalText, plainText, requiredText, ZId, ZVersion } from "@/lib/validation/fields";
import { HEALTH_FILTERS, P_ALIVE_CUTS } from "./filter-values";
import { enumFilter, flagParam, ownerParam, searchParam, SORT_DIRS, sortParams, teamParam, textFilter, urlInt, viewParams, type SortDir } from "@/lib/lists/query";
import { decodeCursor, encodeCursor, filterFingerprint, MAX_CURSOR_LENGTH } from "@/lib/lists/cursor";

// ───────────── the list's URL contract (brief: "/accounts list — URL search params") ─────────────

export const ACCOUNT_SORT_KEYS = ["name", "owner", "industry", "region", "revenue12m", "quadrant", "stage", "segment", "abc", "risk", "clv12m", "pAlive", "health"] as const;
export type AccountSortKey = (typeof ACCOUNT_SORT_KEYS)[number];
export { HEALTH_FILTERS, P_ALIVE_CUTS };
export { ABC_CLASSES, RISK_LEVELS, STRATEGY_KEYS };
export const ACCOUNT_PAGE_SIZE = 50;
/** Pages reached by number (`page=N`, an OFFSET) go this deep at most; further pages are reached by cursor. */
export const MAX_OFFSET_PAGE = 20;
/** The list's total is counted exactly up to this many rows and shown as "10,000+" beyond. */
export const ACCOUNT_COUNT_CAP = 10_000;

/**
 * What each sort column's value is, for checking a cursor's value and casting it back in SQL, and whether rows
 * may lack it (those go last in both directions).
 */
export const ACCOUNT_SORT_KINDS: Record<AccountSortKey, { kind: "text" | "numeric" | "int" | "float" | "quadrant" | "stage"; nullable: boolean }> = {
  name: { kind: "text", nullable: false },
  owner: { kind: "text", nullable: false },
  industry: { kind: "text", nullable: false },
  region: { kind: "text", nullable: false },
  revenue12m: { kind: "numeric", nullable: true },
  quadrant: { kind: "quadrant", nullable: true },
  stage: { kind: "stage", nullable: false },
  segment: { kind: "text", nullable: true },
  abc: { kind: "text", nullable: true },
  risk: { kind: "int", nullable: true },
  clv12m: { kind: "numeric", nullable: true },
  pAlive: { kind: "float", nullable: true },
  health: { kind: "int", nullable: true },
};

const SORT_VALUE_CHECKS: Record<(typeof ACCOUNT_SORT_KINDS)[AccountSortKey]["kind"], (value: string) => boolean> = {
  text: (value) => value.length <= 200 && !hasControlCharacters(value),
  numeric: (value) => /^-?\d{1,18}(\.\d{1,2})?$/.test(value),
  int: (value) => /^-?\d{1,9}$/.test(value),
  float: (value) => value.length <= 32 && /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(value),
  quadrant: (value) => (Object.values(Quadrant) as string[]).includes(value),
  stage: (value) => (Object.values(RelationshipStage) as string[]).includes(value),
};

/**
 * A position in the list: the row after which (`before` false) or before which the page starts, by its sort value
 * (`key`, as Postgres writes it as text; null for a row without one), name and id. It holds the sort and the
 * filters' fingerprint it was made for, and the number of the page it leads to (for "page N" only).
 */
export type AccountCursor = { before: boolean; sort: AccountSortKey; dir: SortDir; page: number; filters: string; key: string | null; name: string; id: string };

const isText = (value: unknown, max: number): value is string => typeof value === "string" && value.length > 0 && value.length <= max && !hasControlCharacters(value);

/** The cursor a `cursor` param holds, or null when it is not a valid one. */
export function parseAccountCursor(text: string): AccountCursor | null {
  const values = decodeCursor(text);
  if (!values || values.length !== 8) return null;
  const [way, sort, dir, page, filters, key, name, id] = values;
  if ((way !== "a" && way !== "b") || !(ACCOUNT_SORT_KEYS as readonly unknown[]).includes(sort) || !(SORT_DIRS as readonly unknown[]).includes(dir)) return null;
  if (typeof page !== "number" || !Number.isInteger(page) || page < 1 || page > 1_000_000 || !isText(filters, 20) || !isText(name, 200) || !isText(id, 64)) return null;
  const spec = ACCOUNT_SORT_KINDS[sort as AccountSortKey];
  if (key === null ? !spec.nullable : typeof key !== "string" || !SORT_VALUE_CHECKS[spec.kind](key)) return null;
  return { before: way === "b", sort: sort as AccountSortKey, dir: dir as SortDir, page, filters, key: key as string | null, name, id };
}

export function encodeAccountCursor(cursor: AccountCursor): string {
  const { before, sort, dir, page, filters, key, name, id } = cursor;
  return encodeCursor([before ? "b" : "a", sort, dir, page, filters, key, name, id]);
}

/** `cursor`: kept as its text when it is a valid cursor (the query stays a flat record of URL values), else dropped. */
const cursorParam = z
  .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(MAX_CURSOR_LENGTH).optional())
  .refine((text) => text === undefined || parseAccountCursor(text) !== null)
  .catch(undefined);

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
  /** `page=N`: an early page by number (kept for old links); deeper pages come by `cursor`. */
  page: urlInt(1, MAX_OFFSET_PAGE, 2),
  cursor: cursorParam,
  ...viewParams,
});
export type TAccountListQuery = z.infer<typeof ZAccountListQuery>;

/** The params that are not filters: a cursor stays valid while only these change. */
const NOT_FILTERS = new Set(["sort", "dir", "page", "cursor", "view", "cols", "ids"]);

/** The fingerprint of the query's filters (everything but sort, paging and view), as cursors carry it. */
export const accountFiltersFingerprint = (query: TAccountListQuery) =>
  filterFingerprint(Object.fromEntries(Object.entries(query).filter(([key]) => !NOT_FILTERS.has(key))));

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
