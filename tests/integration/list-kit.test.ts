import { beforeAll, describe, expect, it } from "vitest";
import { listAccounts } from "@/lib/accounts/queries";
import { ZAccountListQuery } from "@/lib/accounts/schemas";
import { listAccountsToAssess } from "@/lib/assessments/queries";
import type { SessionUser } from "@/lib/auth/roles";
import { getBoard } from "@/lib/board/queries";
import { boardFilters, ZBoardQuery } from "@/lib/board/schemas";
import { ZContactListQuery } from "@/lib/contacts/list-query";
import { listContacts } from "@/lib/contacts/queries";
import { dashboardQuery, getFilterOptions, getKpis, parseDashboardFilters } from "@/lib/dashboard";
import { accountFilterOptions, industriesInUse, regionsInUse, salesTeams } from "@/lib/lists/filter-options";
import { searchPeople } from "@/lib/users/choices";
import { withDefaultOwner } from "@/lib/lists/query";
import { ZScoringListQuery } from "@/lib/scoring-models/schemas";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
let mia: SessionUser;
let max: SessionUser;
let dora: SessionUser;

const asUser = (u: Awaited<ReturnType<typeof createUser>>): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });
const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();

beforeAll(async () => {
  await resetDatabase(db);
  mia = asUser(await createUser(db, { role: "MANAGER", name: "Mia" }));
  max = asUser(await createUser(db, { role: "MANAGER", name: "Max" }));
  dora = asUser(await createUser(db, { role: "DIRECTOR", name: "Dora" }));
  const ivan = await createUser(db, { role: "MANAGER", name: "Ivan Inactive", active: false });
  const olga = await createUser(db, { role: "MANAGER", name: "Olga Archived" });
  await createUser(db, { role: "MANAGER", name: "Nora Nothing" });
  const steel = await createAccount(db, { ownerId: mia.id, name: "Mia Steel", industry: "Steel", region: "North" });
  await createAccount(db, { ownerId: mia.id, name: "Mia Foods", industry: "Food", region: "South" });
  await createAccount(db, { ownerId: max.id, name: "Max Chem", industry: "Chemicals", region: "North" });
  await createAccount(db, { ownerId: ivan.id, name: "Ivan Textiles", industry: "Textiles", region: "East" });
  await createAccount(db, { ownerId: olga.id, name: "Olga Old", industry: "Mining", region: "West", archived: true });
  await db.contact.create({ data: { accountId: steel.id, name: "Li Wei", function: "PURCHASING", level: "MANAGER" } });
  const chem = await db.account.findFirstOrThrow({ where: { name: "Max Chem" } });
  await db.contact.create({ data: { accountId: chem.id, name: "Chen Jie", function: "QUALITY", level: "DIRECTOR" } });
});

describe("the owner scope of the list queries: a manager starts with his own accounts, a director with all", () => {
  const ALL_ACTIVE = ["Ivan Textiles", "Max Chem", "Mia Foods", "Mia Steel"];

  it("accounts list (page and export share the schema)", async () => {
    const list = async (user: SessionUser, params: Record<string, string> = {}) =>
      names((await listAccounts(user, withDefaultOwner(ZAccountListQuery.parse(params), user.role), db)).rows);
    expect(await list(mia)).toEqual(["Mia Foods", "Mia Steel"]);
    expect(await list(mia, { owner: "all" })).toEqual(ALL_ACTIVE);
    expect(await list(mia, { owner: max.id })).toEqual(["Max Chem"]);
    expect(await list(dora)).toEqual(ALL_ACTIVE);
    expect(await list(dora, { owner: "me" })).toEqual([]);
    expect(withDefaultOwner(ZAccountListQuery.parse({}), "ADMIN").owner).toBe("all");
  });

  it("stage board", async () => {
    const cards = async (user: SessionUser, params: Record<string, string> = {}) => {
      const filters = boardFilters(ZBoardQuery.parse(params), user.role);
      return names((await getBoard(db, user, filters)).columns.flatMap((column) => column.cards));
    };
    expect(boardFilters(ZBoardQuery.parse({}), "MANAGER").owner).toBe("me");
    expect(await cards(mia)).toEqual(["Mia Foods", "Mia Steel"]);
    expect(await cards(mia, { owner: "all" })).toEqual(ALL_ACTIVE);
    expect(await cards(dora)).toEqual(ALL_ACTIVE);
  });

  it("scoring list (accounts to assess)", async () => {
    const toAssess = async (user: SessionUser, params: Record<string, string> = {}) =>
      names((await listAccountsToAssess(db, user, withDefaultOwner(ZScoringListQuery.parse(params), user.role), null)).rows);
    expect(await toAssess(mia)).toEqual(["Mia Foods", "Mia Steel"]);
    expect(await toAssess(mia, { owner: "all" })).toEqual(ALL_ACTIVE);
    expect(await toAssess(dora)).toEqual(ALL_ACTIVE);
  });

  it("dashboard (scope `mine` for a manager, `all` for a director)", async () => {
    const accounts = async (user: SessionUser, params: Record<string, string> = {}) => (await getKpis(dashboardQuery(user, parseDashboardFilters(params, user)))).accounts;
    expect(parseDashboardFilters({}, mia).scope).toBe("mine");
    expect(parseDashboardFilters({}, dora).scope).toBe("all");
    expect(await accounts(mia)).toBe(2);
    expect(await accounts(mia, { scope: "all" })).toBe(4);
    expect(await accounts(dora)).toBe(4);
  });

  it("contacts list opens on everyone's contacts for every role; `owner=me` narrows it", async () => {
    const contacts = async (user: SessionUser, params: Record<string, string> = {}) => names((await listContacts(db, user, ZContactListQuery.parse(params))).rows);
    expect(await contacts(mia)).toEqual(["Chen Jie", "Li Wei"]);
    expect(await contacts(mia, { owner: "me" })).toEqual(["Li Wei"]);
    expect(await contacts(dora, { owner: max.id })).toEqual(["Chen Jie"]);
  });
});

describe("filter options", () => {
  it("offers the owners of non-archived accounts (active or not) in the owner pickers, by name", async () => {
    const owners = async (among: "owners" | "ownersWithArchived") => (await searchPeople(db, { q: "", among })).map((o) => o.name);
    expect(await owners("owners")).toEqual(["Ivan Inactive", "Max", "Mia"]);
    expect(await owners("ownersWithArchived")).toEqual(["Ivan Inactive", "Max", "Mia", "Olga Archived"]);
    expect((await searchPeople(db, { q: "mi", among: "owners" })).map((o) => o.id)).toEqual([mia.id]);
  });

  it("offers each industry and region once, A→Z, archived accounts' only on request", async () => {
    expect(await industriesInUse(db)).toEqual(["Chemicals", "Food", "Steel", "Textiles"]);
    expect(await industriesInUse(db, { includeArchived: true })).toEqual(["Chemicals", "Food", "Mining", "Steel", "Textiles"]);
    expect(await regionsInUse(db)).toEqual(["East", "North", "South"]);
    expect(await regionsInUse(db, { includeArchived: true })).toEqual(["East", "North", "South", "West"]);
  });

  it("serves every list from the same functions, on the client or inside a transaction", async () => {
    const options = await accountFilterOptions(db);
    expect(options).toEqual({ industries: await industriesInUse(db), regions: await regionsInUse(db), teams: await salesTeams(db) });
    expect(await getFilterOptions(undefined, db)).toEqual({ ...options, owner: null });
    expect((await getFilterOptions(max.id, db)).owner).toMatchObject({ id: max.id, name: "Max" });
    const board = await getBoard(db, dora, boardFilters(ZBoardQuery.parse({}), dora.role));
    expect(board.industries).toEqual(options.industries);
    expect(await db.$transaction((tx) => accountFilterOptions(tx, { includeArchived: true }))).toEqual(await accountFilterOptions(db, { includeArchived: true }));
  });

  it("is empty on an empty portfolio", async () => {
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Account" SET archived = true`;
      expect(await accountFilterOptions(tx)).toEqual({ industries: [], regions: [], teams: [] });
      expect(await searchPeople(tx, { q: "", among: "owners" })).toEqual([]);
      throw new Rollback();
    }).catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
    expect(await industriesInUse(db)).toHaveLength(4);
  });
});

class Rollback extends Error {}
