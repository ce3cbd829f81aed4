import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listAccounts } from "@/lib/accounts/queries";
import type { Db } from "@/lib/db/prisma";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ZAccountListQuery, type TAccountListQuery } from "@/lib/accounts/schemas";
import { createListedAccount } from "../factories/account-list";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let alice: User, bob: User, director: User;

const names = async (user: User, query: TAccountListQuery) => (await listAccounts(user, query, db)).rows.map((r) => r.name);

beforeAll(async () => {
  await resetDatabase();
  alice = await createUser(db, { role: "MANAGER", name: "Alice Manager" });
  bob = await createUser(db, { role: "MANAGER", name: "Bob Manager" });
  director = await createUser(db, { role: "DIRECTOR", name: "Dora Director" });
  const metrics = (revenue12m: number, rfmSegment: string, abcClass: string, riskScore: number, riskLevel: string) => ({ revenue12m, rfmSegment, abcClass, riskScore, riskLevel });
  await createListedAccount(db, { ownerId: alice.id, name: "Acme Steel", industry: "Steel", region: "North", quadrant: "STAR", stage: "BASIC", isKeyAccount: true }, metrics(5000, "CHAMPIONS", "A", 10, "LOW"));
  await createListedAccount(db, { ownerId: alice.id, name: "Beta Foods", industry: "Food", region: "South", quadrant: "CASH_COW", stage: "COOPERATIVE" }, metrics(3000, "LOYAL", "A", 40, "MEDIUM"));
  await createListedAccount(db, { ownerId: bob.id, name: "Gamma Chem 50%_off", industry: "Chemicals", region: "North", quadrant: "QUESTION", stage: "EXPLORATORY" }, metrics(1000, "AT_RISK", "B", 80, "HIGH"));
  await createListedAccount(db, { ownerId: bob.id, name: "Delta Steel Works", industry: "Steel", region: "West", quadrant: "DOG", stage: "INTEGRATED" }, metrics(200, "LOST", "C", 90, "HIGH"));
  await createListedAccount(db, { ownerId: alice.id, name: "Epsilon Archive", industry: "Food", region: "North", archived: true }, null);
  await createListedAccount(db, { ownerId: bob.id, name: "Zeta New", industry: "Textiles", region: "East" }, null);
});

describe("listAccounts", () => {
  test("a manager sees his own accounts by default; `all` and directors see every active account", async () => {
    expect(await names(alice, {})).toEqual(["Acme Steel", "Beta Foods"]);
    expect(await names(alice, { owner: "all" })).toHaveLength(5);
    expect(await names(director, {})).toHaveLength(5);
    expect(await names(director, { owner: "me" })).toEqual([]);
    expect(await names(alice, { owner: bob.id })).toEqual(["Delta Steel Works", "Gamma Chem 50%_off", "Zeta New"]);
  });

  test("searches name, industry and region case-insensitively, with LIKE wildcards taken literally", async () => {
    expect(await names(director, { q: "STEEL" })).toEqual(["Acme Steel", "Delta Steel Works"]);
    expect(await names(director, { q: "north" })).toEqual(["Acme Steel", "Gamma Chem 50%_off"]);
    expect(await names(director, { q: "textil" })).toEqual(["Zeta New"]);
    expect(await names(director, { q: "50%_" })).toEqual(["Gamma Chem 50%_off"]);
    expect(await names(director, { q: "%" })).toEqual(["Gamma Chem 50%_off"]);
  });

  test.each([
    [{ key: "1" }, ["Acme Steel"]],
    [{ quadrant: "STAR" }, ["Acme Steel"]],
    [{ strategy: "HARVEST" }, ["Delta Steel Works"]],
    [{ strategy: "MAINTAIN", quadrant: "STAR" }, []],
    [{ stage: "COOPERATIVE" }, ["Beta Foods"]],
    [{ segment: "AT_RISK" }, ["Gamma Chem 50%_off"]],
    [{ abc: "A" }, ["Acme Steel", "Beta Foods"]],
    [{ risk: "HIGH" }, ["Delta Steel Works", "Gamma Chem 50%_off"]],
    [{ industry: "Steel" }, ["Acme Steel", "Delta Steel Works"]],
    [{ region: "West" }, ["Delta Steel Works"]],
    [{ archived: "1" }, ["Epsilon Archive"]],
    [{ industry: "Steel", risk: "LOW" }, ["Acme Steel"]],
  ] as const)("filter %o", async (filter, expected) => {
    expect(await names(director, filter as TAccountListQuery)).toEqual(expected);
  });

  test("sorts on every column in both directions; missing figures go last", async () => {
    expect(await names(director, { sort: "revenue12m", dir: "desc" })).toEqual(["Acme Steel", "Beta Foods", "Gamma Chem 50%_off", "Delta Steel Works", "Zeta New"]);
    expect(await names(director, { sort: "revenue12m", dir: "asc" })).toEqual(["Delta Steel Works", "Gamma Chem 50%_off", "Beta Foods", "Acme Steel", "Zeta New"]);
    expect(await names(director, { sort: "name", dir: "desc" })).toEqual(["Zeta New", "Gamma Chem 50%_off", "Delta Steel Works", "Beta Foods", "Acme Steel"]);
    expect((await names(director, { sort: "owner", dir: "desc" })).slice(0, 3)).toEqual(["Delta Steel Works", "Gamma Chem 50%_off", "Zeta New"]);
    expect(await names(director, { sort: "quadrant" })).toEqual(["Acme Steel", "Beta Foods", "Gamma Chem 50%_off", "Delta Steel Works", "Zeta New"]);
    expect(await names(director, { sort: "stage", dir: "desc" })).toEqual(["Delta Steel Works", "Beta Foods", "Acme Steel", "Gamma Chem 50%_off", "Zeta New"]);
    expect(await names(director, { sort: "risk", dir: "desc" })).toEqual(["Delta Steel Works", "Gamma Chem 50%_off", "Beta Foods", "Acme Steel", "Zeta New"]);
    expect((await names(director, { sort: "abc", dir: "desc" }))[0]).toBe("Delta Steel Works");
    expect((await names(director, { sort: "segment" }))[0]).toBe("Gamma Chem 50%_off");
    for (const sort of ["industry", "region"] as const) {
      for (const dir of ["asc", "desc"] as const) expect(await names(director, { sort, dir })).toHaveLength(5);
    }
  });

  test("returns the owner's name and metrics with each row", async () => {
    const [row] = (await listAccounts(director, { q: "Acme" }, db)).rows;
    expect(row).toMatchObject({ ownerName: "Alice Manager", revenue12m: "5000.00", rfmSegment: "CHAMPIONS", abcClass: "A", riskScore: 10, riskLevel: "LOW", quadrant: "STAR", stage: "BASIC", isKeyAccount: true });
  });
});

describe("pagination and query count", () => {
  let counting: PrismaClient<"query">;
  const statements: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 55; i += 1) await createListedAccount(db, { ownerId: bob.id, region: "Paged", name: `Paged ${String(i).padStart(2, "0")}` }, { revenue12m: i });
    counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] as const });
    counting.$on("query", (event) => statements.push(event.query));
  });
  afterAll(() => counting.$disconnect());

  async function countedList(query: TAccountListQuery) {
    statements.length = 0;
    const page = await listAccounts(director, query, counting as unknown as Db);
    return { page, statements: statements.length };
  }

  test("50 rows per page; the page and total follow the URL", async () => {
    const first = await countedList({ region: "Paged" });
    expect(first.page.rows).toHaveLength(50);
    expect(first.page.total).toBe(55);
    const second = await countedList({ region: "Paged", page: 2 });
    expect(second.page.rows.map((r) => r.name)).toEqual(["Paged 50", "Paged 51", "Paged 52", "Paged 53", "Paged 54"]);
    expect(second.page.total).toBe(55);
  });

  test("a fixed number of SQL statements per page whatever the number of rows: the rows and the capped count", async () => {
    expect((await countedList({ region: "Paged" })).statements).toBe(2);
    expect((await countedList({ region: "Paged", page: 2 })).statements).toBe(2);
    const first = await countedList({ owner: "all", sort: "revenue12m", dir: "desc" });
    expect(first.statements).toBe(2);
    // A later page by cursor costs the same; the rows without revenue (a second segment) add one statement at most.
    const next = await countedList({ owner: "all", sort: "revenue12m", dir: "desc", cursor: first.page.nextCursor! });
    expect(next.page.rows.map((r) => r.name)).toEqual([...Array.from({ length: 9 }, (_, i) => `Paged 0${8 - i}`), "Zeta New"]);
    expect(next.statements).toBe(3);
    const beyond = await countedList({ region: "Paged", page: 9 });
    expect(beyond.page.rows).toEqual([]);
    expect(beyond.page.total).toBe(55);
    expect(beyond.statements).toBe(2);
  });
});

describe("ZAccountListQuery", () => {
  test("keeps valid params and ignores unknown or invalid ones", () => {
    const parsed = ZAccountListQuery.parse({ q: "  steel ", quadrant: "NOPE", page: "-3", sort: "drop table", dir: "up", key: "yes", stage: ["BASIC", "DOG"], risk: "HIGH", archived: "1", extra: "x" });
    expect(parsed).toEqual({ q: "steel", stage: "BASIC", risk: "HIGH", archived: "1" });
    expect(ZAccountListQuery.parse({ page: "3", sort: "revenue12m", dir: "desc", owner: "me" })).toEqual({ page: 3, sort: "revenue12m", dir: "desc", owner: "me" });
    expect(ZAccountListQuery.parse({})).toEqual({});
    // Pages by number go to MAX_OFFSET_PAGE (20) only; deeper pages come by cursor.
    expect(ZAccountListQuery.parse({ page: "21" }).page).toBeUndefined();
  });
});
