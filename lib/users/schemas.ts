import { z } from "zod";
import { Locale, PortfolioScope, Role, UserTokenPurpose } from "@/lib/generated/prisma/enums";
import { enumFilter, pageParam, searchParam, sortParams, teamParam } from "@/lib/lists/query";
import { plainText, requiredText, ZId } from "@/lib/validation/fields";

// ───────────── the users list's URL contract (/admin/users) ─────────────

export const USER_SORT_KEYS = ["name", "email", "role", "lastSignIn"] as const;
export type UserSortKey = (typeof USER_SORT_KEYS)[number];
/** Active (has a password), invited (active, no password yet), deactivated. */
export const USER_STATUSES = ["active", "invited", "inactive"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const USER_PAGE_SIZE = 50;

/** `q` searches name and e-mail; `role`, `team` (a sales team's id) and `status` filter. Bad values are dropped. */
export const ZUserListQuery = z.object({
  q: searchParam,
  role: enumFilter(Role),
  team: teamParam,
  status: enumFilter(USER_STATUSES),
  ...sortParams(USER_SORT_KEYS),
  page: pageParam,
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

// ───────────── the password rule (one schema for every form and action that sets a password) ─────────────

export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt reads only the first 72 bytes of a password: a longer one would be silently cut. */
export const PASSWORD_MAX_BYTES = 72;

export type PasswordProblem = "tooShort" | "tooLong" | "needsLetter" | "needsDigitOrSymbol" | "isEmail";

/**
 * The password rule: at least 10 characters, at least one letter and at least one digit or symbol (any character
 * that is neither a letter nor a space), at most 72 bytes, and not the e-mail address or its part before the @
 * (ignoring case). Null when the password passes.
 */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) return "tooLong";
  if (!/\p{L}/u.test(password)) return "needsLetter";
  if (!/[^\p{L}\s]/u.test(password)) return "needsDigitOrSymbol";
  const lowered = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (lowered === address || (address.includes("@") && lowered === address.slice(0, address.indexOf("@")))) return "isEmail";
  return null;
}

/**
 * A new password and its confirmation for the user with `email`: the invitation and reset pages, the profile's
 * password change, on the client before sending and in the action again (with the e-mail from the database).
 */
export const ZPasswordChoice = z
  .object({ email: z.string().max(254), password: z.string().max(500, "users.password.tooLong"), confirm: z.string().max(500) })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: `users.password.${problem}` });
    else if (value.confirm !== value.password) ctx.addIssue({ code: "custom", path: ["confirm"], message: "users.password.mismatch" });
  });
export type TPasswordChoice = z.infer<typeof ZPasswordChoice>;

// ───────────── administration ─────────────

const ZEmail = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .email({ message: "validation.email" });

/** Sales teams chosen for a user (duplicates dropped). */
const ZTeamIds = z
  .array(ZId)
  .max(200, "validation.invalid")
  .default([])
  .transform((ids) => [...new Set(ids)]);

const ZRole = z.enum(Role, { error: "validation.required" });

export const ZCreateUser = z.object({
  name: requiredText(200),
  email: ZEmail,
  role: ZRole,
  locale: z.enum(Locale, { error: "validation.required" }),
  teamIds: ZTeamIds,
});
export type TCreateUser = z.input<typeof ZCreateUser>;

export const ZUserRef = z.object({ userId: ZId });
export const ZChangeRole = z.object({ userId: ZId, role: ZRole });
export const ZDirectorScope = z.object({ userId: ZId, scope: z.enum(PortfolioScope, { error: "validation.required" }) });
export const ZUserTeams = z.object({ userId: ZId, teamIds: ZTeamIds });

// ───────────── one-time links and the profile ─────────────

/** Setting a password through an invitation or reset link; the rule is checked against the link's user. */
export const ZLinkPassword = z.object({
  token: z.string().trim().min(20, "users.link.invalid").max(200, "users.link.invalid"),
  purpose: z.enum(UserTokenPurpose),
  password: z.string().max(500, "users.password.tooLong"),
  confirm: z.string().max(500),
});
export type TLinkPassword = z.input<typeof ZLinkPassword>;

export const ZProfile = z.object({ name: requiredText(200), locale: z.enum(Locale, { error: "validation.required" }) });
export type TProfile = z.input<typeof ZProfile>;

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1, "users.password.currentRequired").max(500),
  password: z.string().max(500, "users.password.tooLong"),
  confirm: z.string().max(500),
});
export type TChangePassword = z.input<typeof ZChangePassword>;

// ───────────── choosing a person in a picker (owner filters, new owner, team member) ─────────────

/**
 * Who a person picker offers: `owners` own an account that is not archived (the board, dashboard and scoring
 * filters), `ownersWithArchived` own any account (the accounts list, which can show archived ones), `active` are
 * the active users an account can be given to.
 */
export const PEOPLE_AMONG = ["owners", "ownersWithArchived", "active"] as const;
export type PeopleAmong = (typeof PEOPLE_AMONG)[number];

/** A picker's search: part of a name or e-mail (blank lists the first people by name). */
export const ZPeopleSearch = z.object({ q: plainText(100), among: z.enum(PEOPLE_AMONG) });
export type TPeopleSearch = z.infer<typeof ZPeopleSearch>;
