import { beforeAll, describe, expect, test } from "vitest";
import { exportAccounts, listAccounts } from "@/lib/accounts/queries";
import { getBoard, getColumnPage } from "@/lib/board/queries";
import { BOARD_PAGE_SIZE, type TBoardFilters } from "@/lib/board/schemas";
import { encodeAccountCursor, parseAccountCursor, ZAccountListQuery, type AccountSortKey, type TAccountListQuery } from "@/lib/accounts/schemas";
import type { SessionUser } from "@/lib/auth/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Quadrant } from "@/lib/generated/prisma/enums";
import { encodeCursor } from "@/lib/lists/cursor";
import type { SortDir } from "@/lib/lists/query";
import { createListedAccount } from "../factories/account-list";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const PAGE = 7;
const REGION = "Keyset";
let director: SessionUser;
let owners: string[];

const asUser = (u: Awaited<ReturnType<typeof createUser>>): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });
const QUADRANTS: (Quadrant | null)[] = [null, "STAR", "CASH_COW", "QUESTION", "DOG"];

/** A deterministic spread of accounts: repeated names (the id breaks the tie), tied revenues, some without metrics or quadrant. */
async function addAccount(i: number) {
  return createListedAccount(
    db,
    { ownerId: owners[i % owners.length], name: `Acct ${String(i % 29).padStart(2, "0")}`, region: REGION, quadrant: QUADRANTS[i % 5] },
    i % 6 === 0 ? null : { revenue12m: (i % 9) * 100, riskScore: i % 4 },
  );
}

/** The list's order as one plain SQL statement (the rule: sort value NULLS LAST, then name, then id). */
const SORT_SQL: Partial<Record<AccountSortKey, Prisma.Sql>> = {
  name: Prisma.sql`a.name`,
  owner: Prisma.sql`u.name`,
  revenue12m: Prisma.sql`m."revenue12m"`,
  quadrant: Prisma.sql`a.quadrant`,
  industry: Prisma.sql`a.industry`,
  stage: Prisma.sql`a.stage`,
  risk: Prisma.sql`m."riskScore"`,
};
async function expectedOrder(sort: AccountSortKey, dir: SortDir, region = REGION): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Account" a JOIN "User" u ON u.id = a."ownerId" LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
    WHERE NOT a.archived AND a.region = ${region}
    ORDER BY ${SORT_SQL[sort]!} ${Prisma.raw(dir === "desc" ? "DESC" : "ASC")} NULLS LAST, a.name, a.id`;
  return rows.map((r) => r.id);
}

const base = (sort: AccountSortKey, dir: SortDir, region = REGION): TAccountListQuery => ({ owner: "all", region, sort, dir });

/** Every page from the first by "next", calling `between` after each page read; the ids in the order seen. */
async function walkForward(query: TAccountListQuery, between?: () => Promise<void>) {
  const seen: string[] = [];
  let page = await listAccounts(director, query, db, { pageSize: PAGE });
  for (let n = 1; ; n++) {
    expect(page.page).toBe(n);
    seen.push(...page.rows.map((r) => r.id));
    if (!page.nextCursor) return seen;
    await between?.();
    page = await listAccounts(director, { ...query, cursor: page.nextCursor }, db, { pageSize: PAGE });
  }
}

/** From the last page back to the first by "previous" (page 2 leads to the first page, without a cursor). */
async function walkBackward(query: TAccountListQuery, lastCursor: string) {
  const pages: string[][] = [];
  let page = await listAccounts(director, { ...query, cursor: lastCursor }, db, { pageSize: PAGE });
  for (;;) {
    pages.unshift(page.rows.map((r) => r.id));
    if (page.page === 1) return pages.flat();
    const cursor = page.previousCursor;
    page = await listAccounts(director, cursor ? { ...query, cursor } : query, db, { pageSize: PAGE });
  }
}

/** The cursor of the last page: followed forward from the first. */
async function lastPageCursor(query: TAccountListQuery) {
  let page = await listAccounts(director, query, db, { pageSize: PAGE });
  let cursor: string | null = null;
  while (page.nextCursor) {
    cursor = page.nextCursor;
    page = await listAccounts(director, { ...query, cursor }, db, { pageSize: PAGE });
  }
  return cursor!;
}

beforeAll(async () => {
  await resetDatabase(db);
  director = asUser(await createUser(db, { role: "DIRECTOR", name: "Dora Director" }));
  owners = [];
  for (const name of ["Olga", "Anton", "Mei"]) owners.push((await createUser(db, { role: "MANAGER", name })).id);
  for (let i = 0; i < 90; i++) await addAccount(i);
  await createListedAccount(db, { ownerId: owners[0], name: "Acct 00", region: REGION, archived: true }, { revenue12m: 100 });
});

const SORTS: [AccountSortKey, SortDir][] = [
  ["name", "asc"],
  ["name", "desc"],
  ["revenue12m", "desc"],
  ["revenue12m", "asc"],
  ["quadrant", "asc"],
  ["quadrant", "desc"],
  ["risk", "desc"],
  ["owner", "asc"],
];

describe("accounts list by keyset", () => {
  test.each(SORTS)("sort %s %s: next pages give every row once, in list order; previous pages give them back", async (sort, dir) => {
    const expected = await expectedOrder(sort, dir);
    expect(expected).toHaveLength(90);
    expect(await walkForward(base(sort, dir))).toEqual(expected);
    expect(await walkBackward(base(sort, dir), await lastPageCursor(base(sort, dir)))).toEqual(expected);
  });

  test("pages by number (`page=N`) agree with the pages by cursor, across the rows without a value", async () => {
    const expected = await expectedOrder("revenue12m", "desc");
    const pages: string[] = [];
    for (let n = 1; n <= Math.ceil(90 / PAGE); n++) {
      const page = await listAccounts(director, { ...base("revenue12m", "desc"), page: n }, db, { pageSize: PAGE });
      expect(page.page).toBe(n);
      pages.push(...page.rows.map((r) => r.id));
    }
    expect(pages).toEqual(expected);
  });

  test("the export reads the filtered list in batches by keyset, in list order", async () => {
    for (const [sort, dir] of [["revenue12m", "asc"], ["name", "desc"]] as const) {
      const names: string[] = [];
      for await (const batch of exportAccounts(director, base(sort, dir), db, 8)) names.push(...batch.map((row) => row.name));
      const expected = await db.account.findMany({ where: { id: { in: await expectedOrder(sort, dir) } }, select: { id: true, name: true } });
      const byId = new Map(expected.map((a) => [a.id, a.name]));
      expect(names).toEqual((await expectedOrder(sort, dir)).map((id) => byId.get(id)));
    }
  });

  test("rows inserted while paging: every row that existed at the start is seen exactly once, in list order", async () => {
    for (const [sort, dir] of [["revenue12m", "desc"], ["name", "asc"], ["quadrant", "desc"]] as const) {
      const before = new Set(await expectedOrder(sort, dir));
      let next = 1000 + before.size;
      // Between page reads two accounts arrive: one early in the order and one late, with and without figures.
      const seen = await walkForward(base(sort, dir), async () => {
        await addAccount(next++);
        await addAccount(next++);
      });
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of before) expect(seen).toContain(id);
      // What was seen is in the order of the list as it is now (no row came out of place).
      const now = await expectedOrder(sort, dir);
      const positions = seen.map((id) => now.indexOf(id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});

describe("sorts by a column with few values (read group by group)", () => {
  const GROUPS = "Groups";
  const STAGES = ["EXPLORATORY", "BASIC", "COOPERATIVE", "INTERDEPENDENT", "INTEGRATED", "DISINTEGRATING"] as const;

  beforeAll(async () => {
    // Many small groups: a page of 7 crosses more groups than one read takes one by one, so the rest comes in one query.
    for (let i = 0; i < 45; i++) {
      await createListedAccount(db, { ownerId: owners[i % 3], name: `Grp ${String(i % 13).padStart(2, "0")}`, region: GROUPS, industry: `Ind ${String(i % 40).padStart(2, "0")}`, stage: STAGES[i % 6] }, null);
    }
  });

  test.each([
    ["industry", "asc"],
    ["industry", "desc"],
    ["stage", "desc"],
    ["owner", "desc"],
  ] as const)("sort %s %s: every row once, in list order, both ways", async (sort, dir) => {
    const expected = await expectedOrder(sort, dir, GROUPS);
    expect(expected).toHaveLength(45);
    expect(await walkForward(base(sort, dir, GROUPS))).toEqual(expected);
    expect(await walkBackward(base(sort, dir, GROUPS), await lastPageCursor(base(sort, dir, GROUPS)))).toEqual(expected);
  });
});

describe("capped count", () => {
  test("exact up to the cap, the cap and `totalCapped` beyond it; a small filtered list stays exact", async () => {
    const query = base("name", "asc");
    const all = (await db.account.count({ where: { region: REGION, archived: false } })) as number;
    expect(await listAccounts(director, query, db, { pageSize: PAGE, countCap: 10 })).toMatchObject({ total: 10, totalCapped: true });
    expect(await listAccounts(director, query, db, { pageSize: PAGE, countCap: all })).toMatchObject({ total: all, totalCapped: false });
    expect(await listAccounts(director, query, db, { pageSize: PAGE, countCap: all - 1 })).toMatchObject({ total: all - 1, totalCapped: true });
    const few = await listAccounts(director, { ...query, q: "Acct 03" }, db, { pageSize: PAGE, countCap: 10 });
    expect(few.totalCapped).toBe(false);
    expect(few.total).toBe(await db.account.count({ where: { region: REGION, archived: false, name: "Acct 03" } }));
  });
});

describe("cursor param", () => {
  const cursorOf = (values: unknown[]) => ZAccountListQuery.parse({ cursor: encodeCursor(values) }).cursor;

  test("a valid cursor is kept as its text; anything else is dropped, never an error", () => {
    const good = encodeCursor(["a", "revenue12m", "desc", 3, "abc", "1200.50", "Acme", "c1"]);
    expect(ZAccountListQuery.parse({ cursor: good }).cursor).toBe(good);
    expect(cursorOf(["b", "revenue12m", "asc", 2, "abc", null, "Acme", "c1"])).toBeDefined();
    expect(cursorOf(["a", "quadrant", "asc", 2, "abc", "STAR", "Acme", "c1"])).toBeDefined();
    for (const garbage of ["x", "!!!", "%00", "eyJ", "a".repeat(5000), encodeCursor([]), btoa("not json")]) {
      expect(ZAccountListQuery.parse({ cursor: garbage }).cursor).toBeUndefined();
    }
    expect(cursorOf(["a", "revenue12m", "desc", 3, "abc", "12 OR 1=1", "Acme", "c1"])).toBeUndefined();
    expect(cursorOf(["a", "quadrant", "asc", 2, "abc", "NOPE", "Acme", "c1"])).toBeUndefined();
    expect(cursorOf(["a", "name", "asc", 2, "abc", null, "Acme", "c1"])).toBeUndefined(); // names are never missing
    expect(cursorOf(["a", "pAlive", "asc", 2, "abc", "NaN", "Acme", "c1"])).toBeUndefined();
    expect(cursorOf(["x", "name", "asc", 2, "abc", "Acme", "Acme", "c1"])).toBeUndefined();
    expect(cursorOf(["a", "drop", "asc", 2, "abc", "Acme", "Acme", "c1"])).toBeUndefined();
    expect(cursorOf(["a", "name", "asc", 0, "abc", "Acme", "Acme", "c1"])).toBeUndefined();
    expect(cursorOf(["a", "name", "asc", 2, "abc", "Acme", "", "c1"])).toBeUndefined();
    expect(ZAccountListQuery.parse({ cursor: ["x", good] }).cursor).toBeUndefined();
  });

  test("a cursor of another sort, other filters or an unreadable one opens the first page", async () => {
    const first = await listAccounts(director, base("name", "asc"), db, { pageSize: PAGE });
    const firstIds = first.rows.map((r) => r.id);
    const second = await listAccounts(director, { ...base("name", "asc"), cursor: first.nextCursor! }, db, { pageSize: PAGE });
    expect(second.page).toBe(2);
    expect(second.rows.map((r) => r.id)).not.toEqual(firstIds);
    const ids = async (query: TAccountListQuery) => (await listAccounts(director, query, db, { pageSize: PAGE })).rows.map((r) => r.id);
    expect(await ids({ ...base("name", "desc"), cursor: first.nextCursor! })).toEqual(await ids(base("name", "desc")));
    expect(await ids({ ...base("name", "asc"), key: "1", cursor: first.nextCursor! })).toEqual(await ids({ ...base("name", "asc"), key: "1" }));
    expect(await ids({ ...base("name", "asc"), cursor: "not-a-cursor" })).toEqual(firstIds);
    // Changing only the visible columns keeps the position.
    expect(await ids({ ...base("name", "asc"), cols: "name,owner", cursor: first.nextCursor! })).toEqual(second.rows.map((r) => r.id));
  });

  test("round trip of a cursor with a CJK name", () => {
    const cursor = { before: true, sort: "health", dir: "desc", page: 12, filters: "k1", key: null, name: "杭州钢铁集团有限公司", id: "c1" } as const;
    expect(parseAccountCursor(encodeAccountCursor(cursor))).toEqual(cursor);
  });
});

describe.each([
  ["narrowed to one owner (ranked tops)", "owner"],
  ["of the whole portfolio (keyset tops per column)", "all"],
] as const)("board column by keyset, %s", (_label, scope) => {
  let boardOwner: SessionUser;
  const INDUSTRY = `Boards ${scope}`;
  const filters = (): TBoardFilters => (scope === "owner" ? { owner: boardOwner.id } : { owner: "all", industry: INDUSTRY });

  /** Revenue above, at and below zero (credit notes), ties, repeated names and accounts without metrics. */
  async function addCard(i: number) {
    const revenue = [(i % 11) * 250.5, 0, -75, 1_000_000 - i][i % 4];
    return createListedAccount(
      db,
      { ownerId: boardOwner.id, name: `Card ${String(i % 37).padStart(2, "0")}`, stage: "COOPERATIVE", region: "Board", industry: INDUSTRY },
      i % 9 === 0 ? null : { revenue12m: revenue },
    );
  }

  async function columnOrder(): Promise<string[]> {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM "Account" a LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
      WHERE NOT a.archived AND a."ownerId" = ${boardOwner.id} AND a.industry = ${INDUSTRY} AND a.stage = 'COOPERATIVE'
      ORDER BY COALESCE(m."revenue12m", 0) DESC, a.name, a.id`;
    return rows.map((r) => r.id);
  }

  /** The column's first page from the board, then "show more" until the cursor runs out. */
  async function showAll(between?: () => Promise<void>) {
    const board = await getBoard(db, boardOwner, filters());
    const column = board.columns.find((c) => c.stage === "COOPERATIVE")!;
    expect(column.cards).toHaveLength(BOARD_PAGE_SIZE);
    const seen = column.cards.map((card) => card.id);
    for (let cursor = column.cursor; cursor; ) {
      await between?.();
      const page = await getColumnPage(db, boardOwner, filters(), "COOPERATIVE", cursor);
      seen.push(...page.cards.map((card) => card.id));
      cursor = page.cursor;
    }
    return { seen, count: column.count };
  }

  beforeAll(async () => {
    boardOwner = asUser(await createUser(db, { role: "MANAGER", name: `Bea Board ${scope}` }));
    for (let i = 0; i < 100; i++) await addCard(i);
  });

  test("show more gives every card of the column once, in revenue order across zero, missing and negative revenue", async () => {
    const expected = await columnOrder();
    const { seen, count } = await showAll();
    expect(count).toBe(100);
    expect(seen).toEqual(expected);
  });

  test("cards added while showing more: every card there at the start is seen once, in column order", async () => {
    const before = await columnOrder();
    let next = 500;
    const { seen } = await showAll(async () => {
      await addCard(next++);
      await addCard(next++);
      await addCard(next++);
    });
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of before) expect(seen).toContain(id);
    const now = await columnOrder();
    const positions = seen.map((id) => now.indexOf(id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
