import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import type { NextConfig } from "next";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import type { SessionUser } from "@/lib/auth/roles";
import { config as proxyConfig } from "@/proxy";
import { createAccount } from "../factories/accounts";
import { createActiveMatrixModel } from "../factories/scoring";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

const { quickFind } = await import("@/lib/search/queries");
const { GET } = await import("@/app/(app)/search/route");
const { createAccountAction } = await import("@/lib/accounts/actions");
const { listAccounts } = await import("@/lib/accounts/queries");
const { ZAccountListQuery, ZAccountUpdate } = await import("@/lib/accounts/schemas");
const { getBoard } = await import("@/lib/board/queries");
const { startDraftAction, publishDraftAction, discardDraftAction } = await import("@/lib/scoring-models/actions");
const { localCompanyName } = await import("@/prisma/seed/local-names");
const nextConfig = ((await import("@/next.config.mjs" as string)) as { default: NextConfig }).default;

const db = testDb();
let admin: SessionUser;
let manager: SessionUser;
let other: SessionUser;
let retired: SessionUser;
let shanghai: { id: string };
let westfield: { id: string };
let archivedAccount: { id: string };

const asUser = (u: SessionUser): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });
const names = <T extends { name: string }>(rows: T[]) => rows.map((r) => r.name);

beforeAll(async () => {
  await resetDatabase();
  admin = asUser(await createUser(db, { role: "ADMIN", name: "Ada Admin" }));
  manager = asUser(await createUser(db, { role: "MANAGER", name: "Mia Manager" }));
  other = asUser(await createUser(db, { role: "MANAGER", name: "Oskar Westergaard" }));
  retired = asUser(await createUser(db, { role: "MANAGER", name: "Rita Westfall", active: false }));
  shanghai = await createAccount(db, { ownerId: other.id, name: "Shanghai Huaxin Logistics Co., Ltd.", localName: "上海华信物流有限公司", externalRef: "ERP-10042" });
  await createAccount(db, { ownerId: other.id, name: "Suzhou Tianrui Electronics Co., Ltd.", localName: "苏州天锐电子有限公司" });
  westfield = await createAccount(db, { ownerId: manager.id, name: "Westfield Logistics Ltd" });
  await createAccount(db, { ownerId: manager.id, name: "Nordic Pumps AB" });
  archivedAccount = await createAccount(db, { ownerId: manager.id, name: "Westfield Archive GmbH", archived: true });
  const contact = (accountId: string, name: string, extra: object = {}) =>
    db.contact.create({ data: { accountId, name, function: "PURCHASING", level: "MANAGER", ...extra } });
  await contact(shanghai.id, "Li Wei", { email: "li.wei@huaxin.example", phone: "+86 21 6888 1234" });
  await contact(westfield.id, "Anna Westberg", { email: "anna@westfield.example" });
  await contact(archivedAccount.id, "Gone Westwood");
});

afterAll(() => actAs(null));

describe("quickFind", () => {
  it("finds an account by its Chinese local name, also by a part of it and by its characters in order", async () => {
    expect(names((await quickFind(db, manager, "上海")).accounts)).toEqual(["Shanghai Huaxin Logistics Co., Ltd."]);
    expect(names((await quickFind(db, manager, "华信物流")).accounts)).toEqual(["Shanghai Huaxin Logistics Co., Ltd."]);
    expect(names((await quickFind(db, manager, "上海物流")).accounts)).toEqual(["Shanghai Huaxin Logistics Co., Ltd."]);
    // One Chinese character is a word: searchable; one Latin letter is not.
    expect(names((await quickFind(db, manager, "苏")).accounts)).toEqual(["Suzhou Tianrui Electronics Co., Ltd."]);
    expect(await quickFind(db, manager, "w")).toMatchObject({ accounts: [], contacts: [], users: [] });
  });

  it("is fuzzy: a misspelt word finds the name (trigram word similarity), exact and prefix matches first", async () => {
    expect(names((await quickFind(db, manager, "westfeld")).accounts)[0]).toBe("Westfield Logistics Ltd");
    expect(names((await quickFind(db, manager, "Logistcs")).accounts)).toContain("Westfield Logistics Ltd");
    const hits = (await quickFind(db, manager, "Westfield")).accounts;
    // Both Westfields, the archived one last and marked.
    expect(hits.map((h) => [h.name, h.archived])).toEqual([["Westfield Logistics Ltd", false], ["Westfield Archive GmbH", true]]);
  });

  it("finds by external reference, contact e-mail and phone (digits in any format)", async () => {
    expect(names((await quickFind(db, manager, "ERP-10042")).accounts)).toEqual(["Shanghai Huaxin Logistics Co., Ltd."]);
    expect((await quickFind(db, manager, "li.wei@huaxin")).contacts).toMatchObject([{ name: "Li Wei", accountName: "Shanghai Huaxin Logistics Co., Ltd." }]);
    expect(names((await quickFind(db, manager, "6888-1234")).contacts)).toEqual(["Li Wei"]);
    expect(names((await quickFind(db, manager, "(21) 6888 1234")).contacts)).toEqual(["Li Wei"]);
  });

  it("respects what each role may see: contacts of archived accounts never, inactive users for admins only", async () => {
    const forManager = await quickFind(db, manager, "west");
    expect(names(forManager.contacts)).toEqual(["Anna Westberg"]);
    expect(forManager.users.map((u) => [u.name, u.href])).toEqual([["Oskar Westergaard", `/accounts?owner=${other.id}`]]);
    const forAdmin = await quickFind(db, admin, "west");
    expect(names(forAdmin.contacts)).toEqual(["Anna Westberg"]);
    expect(forAdmin.users.map((u) => [u.name, u.active, u.href])).toEqual([
      ["Oskar Westergaard", true, `/admin/users/${other.id}`],
      ["Rita Westfall", false, `/admin/users/${retired.id}`],
    ]);
    // Every user reads every account (lib/auth/account-access): a manager finds accounts he does not own.
    expect(names(forManager.accounts)).toContain("Westfield Logistics Ltd");
    expect(names((await quickFind(db, manager, "上海")).accounts)).toEqual(["Shanghai Huaxin Logistics Co., Ltd."]);
  });

  it("uses the trigram indexes for name and local name", async () => {
    await db.$executeRawUnsafe("SET enable_seqscan = off");
    try {
      const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT id FROM "Account" a WHERE a.name % 'westfeld' OR 'westfeld' <% a.name OR a."localName" ILIKE '%上海%'`,
      );
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).toContain("Account_name_trgm_idx");
      expect(text).toContain("Account_localName_trgm_idx");
    } finally {
      await db.$executeRawUnsafe("SET enable_seqscan = on");
    }
  });
});

describe("GET /search", () => {
  it("answers the signed-in user's matches as JSON and 401 without a session", async () => {
    actAs(manager);
    const response = await GET(new Request("http://localhost/search?q=%E4%B8%8A%E6%B5%B7"));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ query: "上海", accounts: [{ id: shanghai.id, localName: "上海华信物流有限公司" }] });
    actAs(null);
    expect((await GET(new Request("http://localhost/search?q=west"))).status).toBe(401);
  });
});

describe("the local-language name", () => {
  it("is saved by the account form's actions and searched by the accounts list and the board", async () => {
    actAs(manager);
    const input = { name: "Hangzhou Ruixin Foods Co., Ltd.", localName: "杭州瑞信食品有限公司", industry: "Food & Beverage", region: "East China", country: "China", size: "MEDIUM", lifecyclePhase: "GROWTH" };
    const created = await createAccountAction({ ...input, confirmDuplicates: true } as Parameters<typeof createAccountAction>[0]);
    if (!created.ok || !created.data.id) throw new Error(JSON.stringify(created));
    const row = await db.account.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(row.localName).toBe("杭州瑞信食品有限公司");
    // Editing goes through the same fields (lib/accounts/actions fieldsData) and schema (ZAccountUpdate = the form's).
    expect(ZAccountUpdate.parse({ ...input, localName: "  杭州瑞信食品股份有限公司 ", id: row.id, version: row.version }).localName).toBe("杭州瑞信食品股份有限公司");
    await db.account.update({ where: { id: row.id }, data: { localName: "杭州瑞信食品股份有限公司" } });
    const list = await listAccounts(manager, ZAccountListQuery.parse({ q: "杭州", owner: "all" }), db);
    expect(list.rows.map((r) => [r.name, r.localName])).toEqual([["Hangzhou Ruixin Foods Co., Ltd.", "杭州瑞信食品股份有限公司"]]);
    const board = await getBoard(db, manager, { owner: "all", q: "华信" });
    expect(board.columns.flatMap((c) => c.cards.map((card) => card.name))).toEqual(["Shanghai Huaxin Logistics Co., Ltd."]);
    actAs(null);
  });

  it("the demo seed gives companies in China their Chinese legal name", () => {
    const place = { region: "East China", country: "China", city: "Shanghai", suffix: "Co., Ltd." };
    expect(localCompanyName(place, { brand: "Huaxin", word: "Electronics" })).toBe("上海华信电子有限公司");
    expect(localCompanyName({ ...place, city: "Suzhou" }, { brand: "Tianrui", word: "Supply Chain" }, true)).toBe("天锐供应链（苏州）有限公司");
    expect(localCompanyName({ region: "Europe", country: "Germany", suffix: "GmbH" }, { brand: "Nordic", word: "Machinery" })).toBeNull();
  });
});

describe("publishing a scoring model", () => {
  it("refuses a draft identical to the active version, with a clear message", async () => {
    await createActiveMatrixModel(db);
    actAs(admin);
    const started = await startDraftAction({ purpose: "MATRIX" });
    if (!started.ok) throw new Error(started.error);
    expect(await publishDraftAction({ modelId: started.data.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "This draft is identical to the active version: change a weight, factor or setting before publishing.",
    });
    expect(await db.scoringModel.findUniqueOrThrow({ where: { id: started.data.id } })).toMatchObject({ status: "DRAFT" });
    await discardDraftAction({ modelId: started.data.id });
    actAs(null);
  });
});

describe("the proxy", () => {
  it("lets the icons and the install manifest through without a session, and still guards the search", () => {
    const matches = (url: string) => unstable_doesMiddlewareMatch({ config: proxyConfig, nextConfig, url });
    for (const url of ["/icon.svg", "/apple-icon", "/pwa-icon/192", "/pwa-icon/maskable-512", "/manifest.webmanifest"]) expect([url, matches(url)]).toEqual([url, false]);
    for (const url of ["/search", "/search?q=x", "/dashboard", "/accounts/abc"]) expect([url, matches(url)]).toEqual([url, true]);
  });
});
