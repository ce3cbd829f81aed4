import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { ZContactListQuery } from "@/lib/contacts/list-query";
import { getContactDetail, listContacts } from "@/lib/contacts/queries";
import type { Db } from "@/lib/db/prisma";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
let manager: SessionUser;
let colleague: SessionUser;

const asUser = (u: SessionUser): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });
const list = (user: SessionUser, params: Record<string, string>) => listContacts(db, user, ZContactListQuery.parse(params));
const names = async (user: SessionUser, params: Record<string, string>) => (await list(user, params)).rows.map((r) => r.name);

beforeAll(async () => {
  await resetDatabase();
  manager = asUser(await createUser(db, { name: "Mia Manager" }));
  colleague = asUser(await createUser(db, { name: "Carl Colleague" }));
  const mine = await createAccount(db, { ownerId: manager.id, name: "Shanghai Steel Works" });
  const theirs = await createAccount(db, { ownerId: colleague.id, name: "Nordic Pumps AB" });
  const archived = await createAccount(db, { ownerId: manager.id, name: "Old Co", archived: true });
  const contact = (accountId: string, name: string, extra: object = {}) =>
    db.contact.create({ data: { accountId, name, function: "PURCHASING", level: "MANAGER", ...extra } });
  const anna = await contact(mine.id, "Anna Analyst", { title: "Head of Quality", department: "Quality", function: "QUALITY", personalityType: "ANALYTICAL", level: "DIRECTOR" });
  await contact(mine.id, "Bo Buyer", { buyingRole: "PURCHASER", attitude: "SUPPORTER", level: "STAFF" });
  await contact(theirs.id, "Chen Chairman", { level: "BOARD", function: "MANAGEMENT", buyingRole: "DECISION_MAKER", attitude: "OPPONENT", relationshipStrength: 1 });
  await contact(archived.id, "Gone Person");
  await db.contactCoverage.createMany({ data: [{ contactId: anna.id, userId: manager.id }, { contactId: anna.id, userId: colleague.id }] });
  await db.activity.create({ data: { accountId: mine.id, contactId: anna.id, userId: manager.id, type: "MEETING", occurredAt: new Date("2025-05-01"), summary: "Quality review" } });
});

describe("listContacts", () => {
  it("lists contacts of all non-archived accounts, by name, with account, owner and coverage", async () => {
    const result = await list(manager, {});
    expect(result.total).toBe(3);
    expect(result.rows.map((r) => [r.name, r.accountName, r.ownerName, r.coveredBy])).toEqual([
      ["Anna Analyst", "Shanghai Steel Works", "Mia Manager", ["Carl Colleague", "Mia Manager"]],
      ["Bo Buyer", "Shanghai Steel Works", "Mia Manager", []],
      ["Chen Chairman", "Nordic Pumps AB", "Carl Colleague", []],
    ]);
  });

  it.each([
    [{ q: "quality" }, ["Anna Analyst"]],
    [{ q: "nordic" }, ["Chen Chairman"]],
    [{ q: "100%_" }, []],
    [{ level: "BOARD" }, ["Chen Chairman"]],
    [{ function: "QUALITY" }, ["Anna Analyst"]],
    [{ role: "PURCHASER" }, ["Bo Buyer"]],
    [{ personality: "ANALYTICAL" }, ["Anna Analyst"]],
    [{ attitude: "OPPONENT" }, ["Chen Chairman"]],
    [{ owner: "me" }, ["Anna Analyst", "Bo Buyer"]],
    [{ owner: "me", level: "STAFF" }, ["Bo Buyer"]],
    [{ level: "NOT_A_LEVEL" }, ["Anna Analyst", "Bo Buyer", "Chen Chairman"]],
  ])("filters %j", async (params, expected) => {
    expect(await names(manager, params)).toEqual(expected);
  });

  it("sorts by level (board first), strength and coverage, both directions", async () => {
    expect(await names(manager, { sort: "level" })).toEqual(["Chen Chairman", "Anna Analyst", "Bo Buyer"]);
    expect(await names(manager, { sort: "level", dir: "desc" })).toEqual(["Bo Buyer", "Anna Analyst", "Chen Chairman"]);
    expect((await names(manager, { sort: "strength" }))[0]).toBe("Chen Chairman");
    expect((await names(manager, { sort: "coverage", dir: "desc" }))[0]).toBe("Anna Analyst");
  });

  it("pages through the list and counts all matches", async () => {
    const account = await createAccount(db, { ownerId: colleague.id, name: "Paging Ltd" });
    await db.contact.createMany({ data: Array.from({ length: 60 }, (_, i) => ({ accountId: account.id, name: `Pager ${String(i).padStart(2, "0")}`, function: "IT" as const, level: "STAFF" as const })) });
    const second = await list(manager, { q: "pager", page: "2" });
    expect([second.total, second.rows.length, second.rows[0].name]).toEqual([60, 10, "Pager 50"]);
  });

  it("runs one query for the page and one for the count, whatever the coverage; the unfiltered count is stored", async () => {
    await db.$executeRaw`DELETE FROM "PortfolioSummary"`;
    const queries: string[] = [];
    const counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
    counted.$on("query", (e) => queries.push(e.query));
    try {
      const query = ZContactListQuery.parse({ sort: "coverage" });
      const result = await listContacts(counted as unknown as Db, manager, query);
      expect(result.rows).toHaveLength(50);
      // The page, the look-up of the stored count, and the count it did not find.
      expect(queries).toHaveLength(3);
      queries.length = 0;
      expect((await listContacts(counted as unknown as Db, manager, query)).total).toBe(result.total);
      expect(queries).toHaveLength(2);
      // A new contact makes the stored count stale.
      await db.contact.create({ data: { accountId: result.rows[0].accountId, name: "Counted Later", level: "STAFF", function: "OTHER" } });
      expect((await listContacts(counted as unknown as Db, manager, query)).total).toBe(result.total + 1);
      expect((await listContacts(counted as unknown as Db, manager, ZContactListQuery.parse({ q: "Counted Later" }))).total).toBe(1);
    } finally {
      await counted.$disconnect();
    }
  });
});

describe("getContactDetail", () => {
  it("returns the account, our covering people with team roles and the recent activities", async () => {
    const anna = await db.contact.findFirstOrThrow({ where: { name: "Anna Analyst" } });
    const detail = (await getContactDetail(db, anna.id))!;
    expect(detail.account.name).toBe("Shanghai Steel Works");
    expect(detail.coverages.map((c) => c.user.name).sort()).toEqual(["Carl Colleague", "Mia Manager"]);
    expect(detail.activities.map((a) => a.summary)).toEqual(["Quality review"]);
    expect(await getContactDetail(db, "missing")).toBeNull();
  });
});
