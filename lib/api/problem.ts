import type { z } from "zod";
import type { ImportRowIssue } from "@/lib/csv-import/report";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { issueValues } from "@/lib/validation/field-errors";

/**
 * Every failure of the API is an RFC 9457 problem document (`application/problem+json`). `type` is "about:blank"
 * (the status says what happened, `title` is its phrase); `code` tells failures of one status apart for programs
 * and `detail` explains it to people, in the language of Accept-Language (English or Chinese).
 */
export const PROBLEM_CODES = [
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "invalid",
  "unprocessable",
  "too_large",
  "rate_limited",
  "unexpected",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One field's problem: `path` is the field's dotted path in the query or body ("name", "rows.3.amount"). */
export type FieldProblem = { path: string; message: string; key: string };

/** A bulk row that cannot be written, as the CSV import reports one: `row` is its index in `rows` (from 0). */
export type RowProblem = { row: number; reasons: { column?: string; key: string; values?: Record<string, string | number>; message: string }[] };

export type Problem = {
  type: "about:blank";
  title: string;
  status: number;
  code: ProblemCode;
  detail: string;
  errors?: FieldProblem[];
  invalidRows?: RowProblem[];
  invalidCount?: number;
};

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

export function problemResponse(
  status: number,
  code: ProblemCode,
  detail: string,
  extra: Partial<Pick<Problem, "errors" | "invalidRows" | "invalidCount">> = {},
  headers: Record<string, string> = {},
): Response {
  const body: Problem = { type: "about:blank", title: TITLES[status] ?? "Error", status, code, detail, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

/** Our schemas carry message keys ("validation.required"); anything else is a zod default message. */
const isKey = (message: string) => /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(message);

function issueKey(issue: z.core.$ZodIssue): MessageKey {
  if (isKey(issue.message)) return issue.message as MessageKey;
  if (issue.code === "too_big") return issue.origin === "string" ? "validation.tooLong" : "validation.tooBig";
  if (issue.code === "too_small") return issue.origin === "string" ? "validation.required" : "validation.tooSmall";
  if (issue.code === "invalid_type" && issue.input === undefined) return "validation.required";
  return "validation.invalid";
}

/** Every issue of a failed parse (not only the first per field), with its path under `prefix`. */
export function fieldProblems(error: z.ZodError, t: Translate, prefix: (string | number)[] = []): FieldProblem[] {
  return error.issues.map((issue) => {
    const key = issueKey(issue);
    return { path: [...prefix, ...issue.path].map(String).join(".") || "_body", key, message: t(key, issueValues(issue)) };
  });
}

/** The CSV import's row issues with each reason's message in the caller's language. */
export function rowProblems(issues: ImportRowIssue[], t: Translate): RowProblem[] {
  return issues.map(({ row, reasons }) => ({
    row,
    reasons: reasons.map((reason) => ({ ...reason, message: t(reason.key, reason.values) })),
  }));
}
