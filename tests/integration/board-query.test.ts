import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { BOARD_SUMMARY_KEY, getBoard } from "@/lib/board/queries";
import type { Db } from "@/lib/db/prisma";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Stage } from "@/lib/stages";
import type { TBoardFilters } from "@/lib/board/schemas";
import { resetDatabase, testDb } from "../support/db";
import { createBoardAccount, createCoverage } from "../factories/board";
import { createUser } from "../factories/users";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let alice: User;
let bob: User;
let director: User;
const now = new Date("2026-06-30T12:00:00Z");
const ids: Record<string, string> = {};

const asSession = (user: User) => ({ id: user.id, email: user.email, name: user.name, role: user.role });
const board = (user: User, filters: Partial<TBoardFilters> = {}, client: Db = db) =>
  getBoard(client, asSession(user), { owner: "all", ...filters }, now);
const column = (result: Awaited<ReturnType<typeof board>>, stage: Stage) => result.columns.find((c) => c.stage === stage)!;
const summary = (result: Awaited<ReturnType<typeof board>>) =>
  Object.fromEntries(result.columns.map((c) => [c.stage, [c.count, c.revenue12m]]));

beforeAll(async () => {
  await resetDatabase(db);
  alice = await createUser(db, { role: "MANAGER", name: "Alice" });
  bob = await createUser(db, { role: "MANAGER", name: "Bob" });
  director = await createUser(db, { role: "DIRECTOR", name: "Dora" });
  const a = { ownerId: alice.id };
  ids.explore = (await createBoardAccount(db, { ...a, stage: "EXPLORATORY", revenue12m: 100, industry: "Energy", quadrant: "QUESTION", stageChangedAt: new Date("2026-06-20T00:00:00Z") })).id;
  ids.basic = (await createBoardAccount(db, { ...a, stage: "BASIC", revenue12m: 200.5, industry: "Retail", quadrant: "STAR", isKeyAccount: true, rfmSegment: "CHAMPIONS" })).id;
  ids.coop = (await createBoardAccount(db, { ...a, stage: "COOPERATIVE", revenue12m: 300, industry: "Energy", isKeyAccount: true })).id;
  ids.inter = (await createBoardAccount(db, { ...a, stage: "INTERDEPENDENT", revenue12m: 400, industry: "Energy", quadrant: "DOG" })).id;
  ids.bobExplore = (await createBoardAccount(db, { ownerId: bob.id, stage: "EXPLORATORY", revenue12m: 50, industry: "Retail" })).id;
  ids.bobGone = (await createBoardAccount(db, { ownerId: bob.id, stage: "DISINTEGRATING", revenue12m: 10, industry: "Retail" })).id;
  ids.noMetrics = (await import("../factories/accounts").then((f) => f.createAccount(db, { ownerId: bob.id, stage: "EXPLORATORY", industry: "Retail" }))).id;
  await createBoardAccount(db, { ...a, stage: "EXPLORATORY", revenue12m: 9999, archived: true });
  // A bow-tie (two of our people on one purchasing contact) at COOPERATIVE.
  await createCoverage(db, ids.coop, [{ level: "MANAGER", function: "PURCHASING", coveredBy: [alice.id, bob.id] }]);
  await createCoverage(db, ids.inter, [
    { level: "DIRECTOR", function: "MANAGEMENT", coveredBy: [alice.id] },
    { level: "MANAGER", function: "PURCHASING", coveredBy: [bob.id] },
  ]);
});

describe("getBoard", () => {
  it("counts accounts and sums 12-month revenue per column in stage order, without archived accounts", async () => {
    const result = await board(director);
    expect(result.columns.map((c) => c.stage)).toEqual(["EXPLORATORY", "BASIC", "COOPERATIVE", "INTERDEPENDENT", "INTEGRATED", "DISINTEGRATING"]);
    expect(summary(result)).toEqual({
      EXPLORATORY: [3, 150],
      BASIC: [1, 200.5],
      COOPERATIVE: [1, 300],
      INTERDEPENDENT: [1, 400],
      INTEGRATED: [0, 0],
      DISINTEGRATING: [1, 10],
    });
    expect(column(result, "EXPLORATORY").cards.map((c) => c.id)).toEqual([ids.explore, ids.bobExplore, ids.noMetrics]);
    expect(result.industries).toEqual(["Energy", "Retail"]);
  });

  it("fills the cards: owner, quadrant, segment, days in stage, coverage pattern, edit right", async () => {
    const result = await board(alice);
    const explore = column(result, "EXPLORATORY").cards.find((c) => c.id === ids.explore)!;
    expect(explore).toMatchObject({ ownerName: "Alice", quadrant: "QUESTION", daysInStage: 10, version: 1, canEdit: true, coveragePattern: "NONE" });
    expect(column(result, "BASIC").cards[0]).toMatchObject({ isKeyAccount: true, rfmSegment: "CHAMPIONS", quadrant: "STAR" });
    expect(column(result, "COOPERATIVE").cards[0].coveragePattern).toBe("BOW_TIE");
    expect(column(result, "INTERDEPENDENT").cards[0].coveragePattern).toBe("DIAMOND");
    expect(column(result, "DISINTEGRATING").cards[0]).toMatchObject({ ownerName: "Bob", canEdit: false });
  });

  it("applies the owner, quadrant, key-account and industry filters to counts and cards", async () => {
    expect(summary(await board(alice, { owner: "me" }))).toMatchObject({ EXPLORATORY: [1, 100], DISINTEGRATING: [0, 0] });
    expect(summary(await board(director, { owner: bob.id }))).toMatchObject({ EXPLORATORY: [2, 50], BASIC: [0, 0], DISINTEGRATING: [1, 10] });
    const stars = await board(director, { quadrant: "STAR" });
    expect(stars.columns.flatMap((c) => c.cards.map((card) => card.id))).toEqual([ids.basic]);
    const key = await board(director, { key: "1" });
    expect(key.columns.reduce((n, c) => n + c.count, 0)).toBe(2);
    const energy = await board(director, { industry: "Energy", owner: alice.id });
    expect(summary(energy)).toMatchObject({ EXPLORATORY: [1, 100], BASIC: [0, 0], COOPERATIVE: [1, 300], INTERDEPENDENT: [1, 400] });
  });

  it("shows the first page of cards per column, by revenue, with a bounded number of queries", async () => {
    const owner = await createUser(db, { role: "MANAGER" });
    await createBoardAccount(db, { ownerId: owner.id, stage: "BASIC", revenue12m: 1 });
    const countQueries = async () => {
      const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
      let queries = 0;
      client.$on("query", () => (queries += 1));
      const result = await board(owner, { owner: "me" }, client as unknown as Db);
      await client.$disconnect();
      return { queries, result };
    };
    const small = await countQueries();
    for (let i = 0; i < 40; i++) {
      const account = await createBoardAccount(db, { ownerId: owner.id, stage: i % 2 ? "INTEGRATED" : "COOPERATIVE", revenue12m: i });
      await createCoverage(db, account.id, [{ level: "STAFF", function: "OTHER", coveredBy: [owner.id] }]);
    }
    const large = await countQueries();
    // A board narrowed to one owner: totals, the tops of all columns ranked in one statement, the coverage and
    // the industry choices — the same four whatever the number of accounts.
    expect(small.queries).toBe(4);
    expect(large.queries).toBe(4);
    // The whole portfolio: one keyset read per column (six) instead of the ranked statement; a column whose first
    // segment (revenue above zero) does not hold all its cards reads the next one (COOPERATIVE has a revenue of 0).
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
    let portfolioQueries = 0;
    client.$on("query", () => (portfolioQueries += 1));
    await board(owner, { owner: "all", industry: "Manufacturing" }, client as unknown as Db);
    await client.$disconnect();
    expect(portfolioQueries).toBeLessThanOrEqual(3 + 6 * 3);
    const integrated = column(large.result, "INTEGRATED");
    expect(integrated.count).toBe(20);
    const coop = column(large.result, "COOPERATIVE");
    expect(coop.cards).toHaveLength(20);
    expect(coop.cards[0].revenue12m).toBe(38);
    expect(coop.cards.every((card) => card.coveragePattern === "SINGLE_THREADED")).toBe(true);
  });
  it("keeps the whole portfolio's column totals as a stored summary until an account or its metrics change", async () => {
    await db.$executeRaw`DELETE FROM "PortfolioSummary"`;
    const stored = async () => (await db.$queryRaw<{ key: string }[]>`SELECT key FROM "PortfolioSummary"`).map((r) => r.key);
    const first = await board(director);
    expect(await stored()).toEqual([BOARD_SUMMARY_KEY]);
    const again = await board(alice);
    expect([summary(again), again.industries]).toEqual([summary(first), first.industries]);
    // A filtered board is counted on each request.
    await board(director, { key: "1" });
    expect(await stored()).toEqual([BOARD_SUMMARY_KEY]);

    // The COOPERATIVE account with 300 of revenue moves on, then its revenue grows by 50.
    const [coop, integrated] = [column(first, "COOPERATIVE"), column(first, "INTEGRATED")];
    await db.account.update({ where: { id: ids.coop }, data: { stage: "INTEGRATED" } });
    expect(summary(await board(director))).toMatchObject({
      COOPERATIVE: [coop.count - 1, coop.revenue12m - 300],
      INTEGRATED: [integrated.count + 1, integrated.revenue12m + 300],
    });
    await db.accountMetrics.update({ where: { accountId: ids.coop }, data: { revenue12m: 350 } });
    expect(summary(await board(director))).toMatchObject({ INTEGRATED: [integrated.count + 1, integrated.revenue12m + 350] });
    await db.account.update({ where: { id: ids.coop }, data: { stage: "COOPERATIVE" } });
    await db.accountMetrics.update({ where: { accountId: ids.coop }, data: { revenue12m: 300 } });
    expect(summary(await board(director))).toEqual(summary(first));
  });
});
