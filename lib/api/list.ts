import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/validation/field-errors";
import { isoDateTime } from "@/lib/validation/fields";

/**
 * Lists are pages in a fixed order, (updatedAt, id) ascending for most resources, and the cursor names the last
 * row of the page before: the next page is everything after it in that order (keyset pagination on the
 * (updatedAt, id) indexes). A row inserted or changed while a client pages gets a newer updatedAt and shows up on
 * a later page; no row that existed when the client started is skipped or repeated. The cursor is opaque to
 * clients (base64url of the position) so the order can change without breaking them.
 */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export type Position = { at: Date; id: string };

export const encodeCursor = ({ at, id }: Position) => Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");

export function decodeCursor(cursor: string): Position {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const date = new Date(String(at));
    if (typeof at === "string" && typeof id === "string" && id !== "" && !Number.isNaN(date.getTime())) return { at: date, id };
  } catch {
    // not a cursor of ours
  }
  throw new AppError("api.problems.invalidQuery", "INVALID", undefined, fieldIssue("cursor", "api.problems.badCursor"));
}

const flag = z.enum(["true", "false"], "validation.invalid").transform((value) => value === "true");

/** Query pieces every list takes; a resource's own filters are added to them. */
export const listQuery = {
  limit: z.coerce
    .number("validation.notANumber")
    .int("validation.invalid")
    .min(1, "validation.tooSmall")
    .max(MAX_LIMIT, "validation.tooBig")
    .default(DEFAULT_LIMIT)
    .meta({ description: `Rows per page (1–${MAX_LIMIT}, default ${DEFAULT_LIMIT}).` }),
  cursor: z.string().max(500).optional().meta({ description: "The `nextCursor` of the page before; omit for the first page." }),
  updatedSince: isoDateTime()
    .optional()
    .meta({ type: "string", format: "date-time", description: "Only rows changed at or after this instant (ISO 8601)." }),
};

export const boolFilter = (description: string) => flag.optional().meta({ type: "string", enum: ["true", "false"], description });

/** The Prisma filter of the rows after the cursor, for an order by (`field`, id) ascending. */
export function afterCursor<F extends string>(field: F, cursor: string | undefined, idField = "id") {
  if (!cursor) return {};
  const { at, id } = decodeCursor(cursor);
  return { OR: [{ [field]: { gt: at } }, { [field]: at, [idField]: { gt: id } }] };
}

/** A page of `limit` rows from `limit + 1` fetched ones: the extra row only tells that there is a next page. */
export function pageOf<T>(rows: T[], limit: number, position: (row: T) => Position) {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(position(last)) : null };
}

export const ZPageMeta = { nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }) };

// ───────────── JSON shapes of stored values ─────────────

export const iso = (date: Date) => date.toISOString();
export const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);
/** A `date` column (a calendar day, stored at UTC midnight) as YYYY-MM-DD. */
export const day = (date: Date) => date.toISOString().slice(0, 10);
export const dayOrNull = (date: Date | null) => (date ? day(date) : null);
/** Decimals travel as exact text ("1234.50" → "1234.5"), never as floats. */
export const decimal = (value: { toString(): string }) => value.toString();
export const decimalOrNull = (value: { toString(): string } | null) => (value === null ? null : value.toString());

/** Output field schemas for the OpenAPI document. */
export const out = {
  id: () => z.string().meta({ description: "Record id" }),
  dateTime: () => z.iso.datetime(),
  day: () => z.iso.date(),
  decimal: () => z.string().regex(/^-?\d+(\.\d+)?$/).meta({ description: "Exact decimal as text", example: "1234.5" }),
};
