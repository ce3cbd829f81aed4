import "server-only";
import { accountEditRule } from "@/lib/auth/account-access";
import type { SessionUser } from "@/lib/auth/roles";
import { startOfUtcDay } from "@/lib/dates";
import { summarized } from "@/lib/db/portfolio-summary";
import type { Db } from "@/lib/db/prisma";
import { portfolioForecast } from "@/lib/opportunities/queries";
import { portfolioWhitespace, scopedKeyAccountIds } from "./queries";

/** Bump when PortfolioFigures changes shape: summaries stored by the code before are then never read. */
export const WHITESPACE_SUMMARY_VERSION = 1;
export const WHITESPACE_SUMMARY_KEY = `whitespace:v${WHITESPACE_SUMMARY_VERSION}`;

export type PortfolioFigures = {
  whitespace: Omit<Awaited<ReturnType<typeof portfolioWhitespace>>, "accountIds">;
  forecast: Awaited<ReturnType<typeof portfolioForecast>>;
};

async function computeFigures(db: Db, user: Pick<SessionUser, "id" | "role" | "directorScope">, now: Date): Promise<PortfolioFigures> {
  const accountIds = await scopedKeyAccountIds(db, user);
  // The whitespace and the forecast cover the same key accounts and read independently: both at once.
  const [whitespace, forecast] = await Promise.all([portfolioWhitespace(db, user, now, accountIds), portfolioForecast(db, accountIds, now)]);
  // The page shows counts and totals; the ids would only make the stored summary grow with the portfolio.
  const { accounts, mappedAccounts, rows, totals } = whitespace;
  return { whitespace: { accounts, mappedAccounts, rows, totals }, forecast };
}

/**
 * /whitespace's figures over the key accounts in the viewer's scope. A viewer who sees every account (an admin, a
 * director over the whole portfolio) gets the same figures as every other such viewer: they are stored after the
 * first request of the day computes them and read back until something they read changes
 * (lib/db/portfolio-summary.ts). Both figures count days and months from `now`'s UTC day.
 */
export async function portfolioFigures(db: Db, user: Pick<SessionUser, "id" | "role" | "directorScope">, now: Date): Promise<PortfolioFigures> {
  if (accountEditRule(user).kind !== "everyAccount") return computeFigures(db, user, now);
  return summarized(db, WHITESPACE_SUMMARY_KEY, startOfUtcDay(now), () => computeFigures(db, user, now));
}
