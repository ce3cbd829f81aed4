import { z } from "zod";
import { QUADRANT_KEYS } from "@/lib/matrix";
import { STAGES, UNCOUPLING_REASONS } from "@/lib/stages";
import { enumFilter, flagParam, ownerParam, searchParam, teamParam, textFilter, withDefaultOwner } from "@/lib/lists/query";
import { hasControlCharacters, plainText, requiredText, ZId, ZVersion } from "@/lib/validation/fields";
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH } from "@/lib/lists/cursor";
import { NOTE_MAX } from "./limits";

/**
 * Cards per column and per "show more" page: several screens of a column, while the six columns' first pages keep
 * the whole-portfolio board under 300 KB of HTML.
 */
export const BOARD_PAGE_SIZE = 24;

export { NOTE_MAX };

/**
 * The board's URL filters (same names as the accounts list): `owner` is `me`, `all` or a user id, `team` a sales
 * team's id, `quadrant`, `key=1` for key accounts only, `industry`, `q` a part of the name or local name (finds a
 * card that sits below the loaded ones of its column). Invalid values are dropped so an outdated link still opens.
 */
export const ZBoardQuery = z.object({
  q: searchParam,
  owner: ownerParam,
  team: teamParam,
  quadrant: enumFilter(QUADRANT_KEYS),
  key: flagParam,
  industry: textFilter,
});
export type TBoardQuery = z.infer<typeof ZBoardQuery>;

/** The filters as the queries use them, after the role's default owner was applied. */
export const ZBoardFilters = z.object({
  q: plainText(200).optional(),
  owner: requiredText(200),
  team: plainText(200).optional(),
  quadrant: z.enum(QUADRANT_KEYS).optional(),
  key: z.literal("1").optional(),
  industry: plainText(200).optional(),
});
export type TBoardFilters = z.infer<typeof ZBoardFilters>;

/** A manager's board starts with his own accounts; directors and admins see the whole portfolio. */
export function boardFilters(query: TBoardQuery, role: string): TBoardFilters {
  return withDefaultOwner(query, role);
}

/**
 * Moving a card. `version` is the account's version the user saw (optimistic locking); uncoupling needs at
 * least one reason and a note, other moves carry neither.
 */
export const ZMoveAccountStage = z
  .object({
    accountId: ZId,
    version: ZVersion,
    toStage: z.enum(STAGES),
    reasons: z.array(z.enum(UNCOUPLING_REASONS)).max(UNCOUPLING_REASONS.length).default([]),
    note: plainText(NOTE_MAX, { multiline: true }).default(""),
  })
  .superRefine((move, ctx) => {
    if (move.toStage !== "DISINTEGRATING") return;
    if (move.reasons.length === 0) ctx.addIssue({ code: "custom", path: ["reasons"], message: "board.uncoupling.reasonRequired" });
    if (move.note === "") ctx.addIssue({ code: "custom", path: ["note"], message: "validation.required" });
  });
export type TMoveAccountStage = z.input<typeof ZMoveAccountStage>;

/**
 * Where a column's next page starts: the last loaded card's 12-month revenue (exact decimal text, 0 without
 * metrics), name and id. Written as one compact cursor text (lib/lists/cursor).
 */
export type BoardCursor = { revenue: string; name: string; id: string };

export const encodeBoardCursor = (cursor: BoardCursor) => encodeCursor([cursor.revenue, cursor.name, cursor.id]);

/** The position a cursor text holds, or null when it is not a valid one. */
export function parseBoardCursor(text: string): BoardCursor | null {
  const values = decodeCursor(text);
  if (!values || values.length !== 3) return null;
  const [revenue, name, id] = values;
  if (typeof revenue !== "string" || !/^-?\d{1,18}(\.\d{1,2})?$/.test(revenue)) return null;
  if (typeof name !== "string" || name.length === 0 || name.length > 200 || hasControlCharacters(name)) return null;
  if (typeof id !== "string" || id.length === 0 || id.length > 64 || hasControlCharacters(id)) return null;
  return { revenue, name, id };
}

/** The next page of one column, for "show more": after the column's cursor. */
export const ZColumnPage = z.object({
  stage: z.enum(STAGES),
  cursor: z.string().max(MAX_CURSOR_LENGTH).refine((text) => parseBoardCursor(text) !== null, "board.column.badCursor"),
  filters: ZBoardFilters,
});
export type TColumnPage = z.infer<typeof ZColumnPage>;
