/**
 * Deterministic demo data (same `asOf` → same rows): users, 2,100 accounts, ~165k orders, key accounts
 * with contacts, teams, activities, complaints, stages, assessments and plans.
 *
 * CLI: `npx tsx prisma/seed.ts [--force] [--scale N]` seeds the app database when it has no users; `--force` empties
 * every table first; `--scale N` seeds N × the demo portfolio. `KAM_SEED_AS_OF=YYYY-MM-DD` fixes the reference date
 * (default: today, UTC midnight).
 */
import { refreshAccountMetrics } from "@/lib/metrics";
import { refreshLifetimeValues } from "@/lib/lifetime-value/refresh";
import { refreshHealth } from "@/lib/account-health";
import { storeRanking } from "@/lib/key-accounts/ranking";
import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { assertLocalDatabase, openDatabase } from "@/lib/platform/postgres";
import { accountRows, buildAccounts } from "./seed/accounts";
import { buildActivities, buildComplaints, buildParticipants } from "./seed/activities";
import { buildAssessments } from "./seed/assessments";
import { buildPeople } from "./seed/contacts";
import { seedHealthHistory } from "./seed/health";
import { DEMO_COUNTS } from "./seed/counts";
import { insertChunked, insertUnnest, tableCounts, topFifthRevenueShare, truncateAll } from "./seed/database";
import { buildOrders } from "./seed/orders";
import { buildPlans } from "./seed/plans";
import { buildPlanTemplates } from "./seed/plan-templates";
import { buildWhitespace } from "./seed/whitespace";
import { scalePortfolio } from "./seed/scale";
import { scoringModelRows } from "./seed/scoring";
import { assignStages } from "./seed/stages";
import { DEMO_PASSWORD, DEMO_USERS, userRows } from "./seed/users";

export { DEMO_COUNTS, DEMO_PASSWORD, truncateAll };

/** The sign-ins to show people (the start script prints them too). */
export const DEMO_LOGINS = DEMO_USERS.map(({ email, name, role, locale }) => ({ email, name, role, locale }));

/**
 * Every row of the demo, generated in memory: pure and deterministic (same `asOf` → same rows; no clock, no
 * Math.random). `seedDemoData` writes these rows as they are.
 */
export async function buildDemoData(asOf: Date) {
  const accounts = buildAccounts(asOf);
  const transitions = assignStages(accounts, asOf);
  const { assessments, scores } = buildAssessments(accounts, asOf);
  const orders = buildOrders(accounts, asOf);
  const people = buildPeople(accounts, asOf);
  const activities = buildActivities(accounts, people, asOf);
  const participants = buildParticipants(activities, people);
  const complaints = buildComplaints(accounts, asOf);
  const { plans, objectives, tasks, risks, reviews, reviewUsers, reviewContacts } = buildPlans(accounts, people, asOf, orders);
  const planTemplates = buildPlanTemplates(asOf);
  const { models, factors } = scoringModelRows(asOf);
  const users = await userRows(asOf);
  // Sets the buying centre on part of `orders` in place: `whitespace.orders` are those same rows.
  const whitespace = buildWhitespace(accounts, orders, asOf);
  return {
    users, accounts, transitions, assessments, scores, people, activities, participants, complaints,
    plans, objectives, tasks, risks, reviews, reviewUsers, reviewContacts, planTemplates, models, factors, whitespace,
  };
}

/**
 * Generates everything in memory first (cheap, deterministic), then writes it in one transaction. `scale` N > 1
 * adds N − 1 copies of the portfolio with their own managers (prisma/seed/scale.ts). `derived: false` leaves out
 * the figures computed from those rows afterwards (metrics, lifetime values, health, ranking), for callers that
 * compute them themselves.
 */
export async function seedDemoData(db: Db, { asOf, scale = 1, derived = true }: { asOf: Date; scale?: number; derived?: boolean }) {
  const {
    users, accounts, transitions, assessments, scores, people, activities, participants, complaints,
    plans, objectives, tasks, risks, reviews, reviewUsers, reviewContacts, planTemplates, models, factors, whitespace,
  } = await buildDemoData(asOf);

  await db.$transaction(
    async (tx) => {
      await tx.user.createMany({ data: users });
      await insertChunked(accountRows(accounts), (data) => tx.account.createMany({ data }));
      await tx.scoringModel.createMany({ data: models });
      await tx.scoringFactor.createMany({ data: factors });
      await insertChunked(transitions, (data) => tx.stageTransition.createMany({ data }));
      await insertChunked(people.contacts, (data) => tx.contact.createMany({ data }));
      await insertChunked(people.coverage, (data) => tx.contactCoverage.createMany({ data }));
      await insertChunked(people.team, (data) => tx.accountTeamMember.createMany({ data }));
      await insertChunked(activities, (data) => tx.activity.createMany({ data }));
      await insertChunked(participants, (data) => tx.activityParticipant.createMany({ data }));
      await insertChunked(complaints, (data) => tx.complaint.createMany({ data }));
      await tx.planTemplate.createMany({ data: planTemplates });
      await tx.accountPlan.createMany({ data: plans });
      await tx.planObjective.createMany({ data: objectives });
      await tx.businessReview.createMany({ data: reviews });
      await tx.businessReviewUser.createMany({ data: reviewUsers });
      await tx.businessReviewContact.createMany({ data: reviewContacts });
      await tx.planTask.createMany({ data: tasks });
      await tx.planRisk.createMany({ data: risks });
      await insertChunked(assessments, (data) => tx.assessment.createMany({ data }));
      await insertUnnest(tx, "AssessmentScore", [
        ["id", "text"], ["assessmentId", "text"], ["factorId", "text"], ["score", "numeric"],
      ], scores);
      await tx.buyingCentre.createMany({ data: whitespace.centres });
      await insertUnnest(tx, "Order", [
        ["id", "text"], ["accountId", "text"], ["orderDate", "date"], ["amount", "numeric"], ["margin", "numeric"],
        ["productCategory", "text"], ["externalRef", "text"], ["createdAt", "timestamp"], ["buyingCentreId", "text"],
      ], whitespace.orders);
      await tx.productLine.createMany({ data: whitespace.productLines });
      await tx.offering.createMany({ data: whitespace.offerings });
      await tx.whitespaceCell.createMany({ data: whitespace.cells });
      await tx.opportunity.createMany({ data: whitespace.opportunities });
      await scalePortfolio(tx, scale);
    },
    // 150k orders take seconds, far beyond Prisma's 5 s default for interactive transactions.
    { timeout: 600_000, maxWait: 30_000 },
  );
  // Fresh planner statistics: right after a bulk load, before autovacuum runs, Postgres would otherwise plan
  // the analytics queries as if the tables were empty.
  await db.$executeRawUnsafe("ANALYZE");
  const seeded = { accounts: accounts.length * scale, orders: whitespace.orders.length * scale };
  if (!derived) return seeded;
  // Lists, the board and the dashboard read RFM, ABC and risk from the metrics cache.
  await refreshAccountMetrics(db, { asOf });
  // The account page, lists and dashboard show lifetime values from the first start on.
  await refreshLifetimeValues(db, { asOf });
  // The key accounts' last month of health, for the trend, then today's (on the fresh churn risk): today's
  // snapshots store their change against that history, which the dashboard's movers read.
  await seedHealthHistory(db, { asOf });
  await refreshHealth(db, { now: asOf });
  // The identification page reads the stored ranking from the first start on.
  await storeRanking(db, { now: new Date() });
  return seeded;
}

function asOfFromEnv(): Date {
  const value = process.env.KAM_SEED_AS_OF;
  if (value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`KAM_SEED_AS_OF must be YYYY-MM-DD, got "${value}"`);
    return new Date(`${value}T00:00:00Z`);
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

async function main() {
  const force = process.argv.includes("--force");
  const at = process.argv.indexOf("--scale");
  const scale = at < 0 ? 1 : Number(process.argv[at + 1]);
  if (!Number.isInteger(scale) || scale < 1 || scale > 100) throw new Error("--scale needs a whole number from 1 to 100");
  const database = await openDatabase("app");
  const db = createPrismaClient(database.url);
  try {
    assertLocalDatabase(database.url);
    if (force) await truncateAll(db);
    else if ((await db.user.count()) > 0) {
      console.log("The database already has users; nothing seeded. Use --force to empty it and seed again.");
      return;
    }
    const asOf = asOfFromEnv();
    const started = performance.now();
    await seedDemoData(db, { asOf, scale });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Seeded demo data as of ${asOf.toISOString().slice(0, 10)} in ${seconds} s:`);
    console.table(await tableCounts(db));
    const share = await topFifthRevenueShare(db);
    console.log(`Top 20 % of accounts bring ${(share * 100).toFixed(1)} % of order revenue.`);
    console.log(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const u of DEMO_LOGINS) console.log(`  ${u.email.padEnd(22)} ${u.role.padEnd(8)} ${u.locale}  ${u.name}`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

// Only as a script: tests import seedDemoData without seeding the app database.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
