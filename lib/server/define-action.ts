import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { lockEditableAccount, lockEditableAccounts, type GuardedAccount } from "@/lib/auth/account-access";
import { canManagePortfolio, type Role, type SessionUser } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { AppError, forbidden, unauthenticated } from "@/lib/errors/app-error";
import { enqueueAccountRefresh } from "@/lib/jobs/queue";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { fieldErrors } from "@/lib/validation/field-errors";
import type { ActionResult } from "./result";


type Base = { user: SessionUser; t: Translate; locale: Locale };
/** Reads only: account-owned tables cannot be written through `db`. */
export type ReadContext = Base & { db: ReadDb };
/** Writes to one account, whose permission was checked inside `tx` with the account row locked. */
export type AccountContext = Base & { tx: Tx; account: GuardedAccount };
/** Writes to several accounts at once (a merge): all locked in id order and checked, in one transaction. */
export type AccountsContext = Base & { tx: Tx; accounts: GuardedAccount[] };
/** What a per-account bulk action returns: the accounts it changed and those it refused, each with the reason. */
export type BulkOutcome<R> = {
  done: { id: string; data: R }[];
  refused: { id: string; name: string | null; code: AppError["code"]; error: string }[];
};
/** Writes that no single account guards (creating an account, portfolio-wide changes, the user's own rows), in one transaction. */
export type WriteContext = Base & { tx: Tx };
/** Actions open to visitors without a session (the invitation link, the language): `user` only when signed in. */
export type PublicContext = { user: SessionUser | null; t: Translate; locale: Locale; tx: Tx };

type Revalidate<I> = (input: I) => readonly (string | readonly [string, "layout" | "page"])[];

type Common<S extends z.ZodType> = {
  schema: S;
  roles?: readonly Role[];
  revalidate?: Revalidate<z.infer<S>>;
  /** The write transaction's time limit (Prisma's default is 5 s), for the few actions that do a job's work. */
  timeoutMs?: number;
};

/**
 * The one path every server action takes: session → role → (transaction → account locked → permission) → zod →
 * handler → typed result, then the pages named in `revalidate` are marked stale once the transaction committed.
 *
 * - `accounts: (input) => [idA, idB]`: like `account` for several accounts at once, all or nothing: every row is
 *   locked in id order (no deadlock between two such writes), the user must be allowed to edit each of them, and
 *   the handler gets `{ tx, accounts }` in the order given.
 * - `eachAccount: (input) => ids`: a bulk action, row by row: the handler runs once per account, each in its own
 *   transaction with that account locked and checked as with `account`; an account the user may not change (or
 *   whose handler throws an AppError) is refused with its reason and the others go through. Returns a BulkOutcome.
 * - `account: (input) => accountId`: the handler gets `{ tx, account }`; the account is locked (FOR NO KEY UPDATE)
 *   and checked against the edit rule in the same transaction as the write, so a concurrent change of owner or
 *   team cannot let a write through.
 * - `creates: "account"`: the handler creates a new account (no existing one to guard) in `tx`.
 * - `portfolio: true`: a portfolio-wide write; only allowed with roles that manage the whole portfolio.
 * - `self: true`: a write to the signed-in user's own rows (profile, password, preferences, sessions), any role.
 * - `public: true`: no session needed (the secret of an invitation link is the permission); `user` when signed in.
 * - none: a read; the handler gets `db`, on which account-owned tables are read-only.
 *
 * After a committed `account` write, a refresh of that account's cached metrics is queued (debounced per account),
 * so lists, board and dashboard catch up with the account page within seconds whichever feature wrote.
 *
 * Expected failures (AppError) come back as translated messages; anything else is logged and reported generically.
 */
export function defineAction<S extends z.ZodType, R>(
  options: Common<S> & { account: (input: z.infer<S>) => string },
  handler: (input: z.infer<S>, ctx: AccountContext) => Promise<R>,
): (raw: z.input<S>) => Promise<ActionResult<R>>;
export function defineAction<S extends z.ZodType, R>(
  options: Common<S> & { accounts: (input: z.infer<S>) => readonly string[] },
  handler: (input: z.infer<S>, ctx: AccountsContext) => Promise<R>,
): (raw: z.input<S>) => Promise<ActionResult<R>>;
export function defineAction<S extends z.ZodType, R>(
  options: Common<S> & { eachAccount: (input: z.infer<S>) => readonly string[] },
  handler: (input: z.infer<S>, ctx: AccountContext) => Promise<R>,
): (raw: z.input<S>) => Promise<ActionResult<BulkOutcome<R>>>;
export function defineAction<S extends z.ZodType, R>(
  options: Common<S> & ({ creates: "account" } | { portfolio: true; roles: readonly ("ADMIN" | "DIRECTOR")[] } | { self: true }),
  handler: (input: z.infer<S>, ctx: WriteContext) => Promise<R>,
): (raw: z.input<S>) => Promise<ActionResult<R>>;
export function defineAction<S extends z.ZodType, R>(
  options: Omit<Common<S>, "roles"> & { public: true },
  handler: (input: z.infer<S>, ctx: PublicContext) => Promise<R>,
): (raw: z.input<S>) => Promise<ActionResult<R>>;
export function defineAction<S extends z.ZodType, R>(
  options: Common<S>,
  handler: (input: z.infer<S>, ctx: ReadContext) => Promise<R>,
): (raw: z.input<S>) => Promise<ActionResult<R>>;
export function defineAction<S extends z.ZodType, R>(
  options: Common<S> & {
    account?: (input: z.infer<S>) => string;
    accounts?: (input: z.infer<S>) => readonly string[];
    eachAccount?: (input: z.infer<S>) => readonly string[];
    creates?: "account"; portfolio?: true; self?: true; public?: true },
  handler: (input: z.infer<S>, ctx: never) => Promise<R>,
) {
  if (options.portfolio && !options.roles?.every((role) => canManagePortfolio({ role }))) {
    throw new Error("A portfolio-wide action must be limited to directors and admins.");
  }
  const run = handler as (input: z.infer<S>, ctx: ReadContext | AccountContext | AccountsContext | WriteContext | PublicContext) => Promise<R>;
  const transaction = options.timeoutMs ? { timeout: options.timeoutMs, maxWait: 10_000 } : undefined;
  return async (raw: z.input<S>): Promise<ActionResult<R | BulkOutcome<R>>> => {
    const { t, locale } = await getI18n();
    try {
      const user = await getCurrentUser();
      if (!user && !options.public) throw unauthenticated();
      if (user && options.roles && !options.roles.includes(user.role)) throw forbidden();
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, code: "INVALID", error: t("errors.invalidInput"), fieldErrors: fieldErrors(parsed.error, t) };
      }
      const input = parsed.data;
      const db = getDb();
      let data: R | BulkOutcome<R>;
      let changedAccounts: readonly string[] = [];
      if (!user) {
        data = await db.$transaction((tx) => run(input, { user: null, t, locale, tx }), transaction);
      } else if (options.account) {
        const accountId = options.account(input);
        const base = { user, t, locale };
        data = await db.$transaction(async (tx) => run(input, { ...base, tx, account: await lockEditableAccount(tx, user, accountId) }), transaction);
        changedAccounts = [accountId];
      } else if (options.accounts) {
        const accountIds = options.accounts(input);
        data = await db.$transaction(async (tx) => run(input, { user, t, locale, tx, accounts: await lockEditableAccounts(tx, user, accountIds) }), transaction);
        changedAccounts = [...new Set(accountIds)];
      } else if (options.eachAccount) {
        const outcome: BulkOutcome<R> = { done: [], refused: [] };
        for (const accountId of new Set(options.eachAccount(input))) {
          try {
            const result = await db.$transaction(async (tx) => run(input, { user, t, locale, tx, account: await lockEditableAccount(tx, user, accountId) }), transaction);
            outcome.done.push({ id: accountId, data: result });
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            outcome.refused.push({ id: accountId, name: null, code: error.code, error: t(error.key, error.values) });
          }
        }
        const names = await db.account.findMany({ where: { id: { in: outcome.refused.map((r) => r.id) } }, select: { id: true, name: true } });
        for (const refusal of outcome.refused) refusal.name = names.find((n) => n.id === refusal.id)?.name ?? null;
        data = outcome;
        changedAccounts = outcome.done.map((d) => d.id);
      } else if (options.creates || options.portfolio || options.self || options.public) {
        data = await db.$transaction((tx) => run(input, { user, t, locale, tx }), transaction);
      } else {
        const base = { user, t, locale };
        data = await run(input, { ...base, db });
      }
      for (const entry of options.revalidate?.(input) ?? []) {
        if (typeof entry === "string") revalidatePath(entry);
        else revalidatePath(entry[0], entry[1]);
      }
      for (const accountId of changedAccounts) await enqueueAccountRefresh(accountId);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) {
        const fields = error.issues ? { fieldErrors: fieldErrors(error.issues, t) } : {};
        return { ok: false, code: error.code, error: t(error.key, error.values), ...fields };
      }
      console.error("Server action failed", error);
      return { ok: false, code: "UNEXPECTED", error: t("errors.unexpected") };
    }
  };
}
