import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { toCsv } from "@/lib/csv/write";
import { runCsvImport } from "@/lib/csv-import/run";
import { findDuplicateCandidates, findDuplicateCandidatesMany } from "@/lib/duplicates/queries";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { actAs } from "../support/action-mocks";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const { createAccountAction } = await import("@/lib/accounts/actions");

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let manager: User, other: User;
let acme: { id: string }, westfield: { id: string }, huaxin: { id: string };

const asSession = (u: User): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });
const form = {
  localName: "", industry: "Logistics", region: "East China", country: "CN", size: "LARGE", annualRevenue: "", creditRating: "",
  lifecyclePhase: "GROWTH", salesScenario: "", parentId: "", strategy: "", products: "", operatingStatus: "", growthBottleneck: "",
};
const create = (input: Record<string, unknown>) => createAccountAction({ ...form, ...input } as Parameters<typeof createAccountAction>[0]);
const namesOf = (candidates: { name: string; match: string }[]) => candidates.map((c) => [c.name, c.match]);

beforeAll(async () => {
  await resetDatabase();
  manager = await createUser(db, { role: "MANAGER", name: "Li Wei" });
  other = await createUser(db, { role: "MANAGER", name: "Zhang Min" });
  acme = await createAccount(db, { ownerId: other.id, name: "ACME Trading Co., Ltd." });
  westfield = await createAccount(db, { ownerId: other.id, name: "Westfield Logistics GmbH" });
  huaxin = await createAccount(db, { ownerId: other.id, name: "Huaxin Electronics", localName: "上海华信电子股份有限公司" });
  await createAccount(db, { ownerId: other.id, name: "Northwind Foods", archived: true });
  await createAccount(db, { ownerId: other.id, name: "Globex Mining" });
});
beforeEach(() => actAs(manager));

describe("findDuplicateCandidates", () => {
  it("the same name after normalising case, width, punctuation and legal form is an exact match", async () => {
    for (const name of ["Acme Trading Limited", "ＡＣＭＥ　ＴＲＡＤＩＮＧ", "acme-trading inc.", "  Acme   Trading  "]) {
      expect(namesOf(await findDuplicateCandidates(db, { name })), name).toEqual([["ACME Trading Co., Ltd.", "exact"]]);
    }
  });

  it("a similar name is a close match with its score; an unrelated one none", async () => {
    const [close] = await findDuplicateCandidates(db, { name: "Westfeld Logistic" });
    expect(close).toMatchObject({ id: westfield.id, match: "close", ownerName: "Zhang Min", archived: false });
    expect(close.score).toBeGreaterThanOrEqual(0.5);
    expect(close.score).toBeLessThan(1);
    expect(await findDuplicateCandidates(db, { name: "Initech Software" })).toEqual([]);
    // Sharing one word is not enough.
    expect(await findDuplicateCandidates(db, { name: "Acme" })).toEqual([]);
  });

  it("matches Chinese names by their local name or name, legal forms aside", async () => {
    const byLocal = await findDuplicateCandidates(db, { name: "Shanghai Huaxin", localName: "上海华信电子有限公司" });
    expect(byLocal.map((c) => [c.id, c.match])).toEqual([[huaxin.id, "exact"]]);
    // A Chinese name typed as the name is compared with the existing local names too.
    expect((await findDuplicateCandidates(db, { name: "上海华信电子科技" })).map((c) => [c.id, c.match])).toEqual([[huaxin.id, "close"]]);
    expect(await findDuplicateCandidates(db, { name: "北京燕山石化有限公司" })).toEqual([]);
  });

  it("includes archived accounts (they may be restored) and leaves out the account being edited", async () => {
    expect(await findDuplicateCandidates(db, { name: "Northwind Foods Ltd" })).toEqual([expect.objectContaining({ name: "Northwind Foods", archived: true, match: "exact" })]);
    expect(await findDuplicateCandidates(db, { name: "ACME Trading", excludeId: acme.id })).toEqual([]);
  });

  it("answers many names in one call, in order", async () => {
    const many = await findDuplicateCandidatesMany(db, [{ name: "Globex Mining Corp" }, { name: "Nothing Alike" }, { name: "Westfield Logistics" }]);
    expect(many.map(namesOf)).toEqual([[["Globex Mining", "exact"]], [], [["Westfield Logistics GmbH", "exact"]]]);
  });

  it("the create action needs a session", async () => {
    actAs(null);
    expect(await create({ name: "Globex Mining AG" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("creating an account", () => {
  it("answers with the candidates instead of creating, and creates once confirmed", async () => {
    const before = await db.account.count();
    const asked = await create({ name: "Acme Trading" });
    expect(asked.ok).toBe(true);
    if (!asked.ok || !asked.data.duplicates) throw new Error("expected candidates");
    expect(asked.data.id).toBeUndefined();
    expect(asked.data.duplicates.map((c) => [c.id, c.match])).toEqual([[acme.id, "exact"]]);
    expect(await db.account.count()).toBe(before);

    const confirmed = await create({ name: "Acme Trading", confirmDuplicates: true });
    if (!confirmed.ok || !confirmed.data.id) throw new Error("expected the account");
    expect(await db.account.findUniqueOrThrow({ where: { id: confirmed.data.id } })).toMatchObject({ name: "Acme Trading", ownerId: manager.id });
  });

  it("checks the local name too, and creates at once when nothing is close", async () => {
    const asked = await create({ name: "Shanghai Huaxin", localName: "上海华信电子有限公司" });
    expect(asked.ok && asked.data.duplicates?.map((c) => c.id)).toEqual([huaxin.id]);
    const fresh = await create({ name: "Umbrella Pharmaceuticals", localName: "保护伞制药" });
    expect(fresh.ok && fresh.data.id).toEqual(expect.any(String));
  });

  it("still validates the form first", async () => {
    expect(await create({ name: " " })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: "This field is required." } });
  });
});

describe("the CSV import", () => {
  const header = ["name", "industry", "region", "country", "size"];
  const row = (name: string) => [name, "Retail", "North", "China", "SMALL"];

  it("skips an existing name, refuses the same normalised name naming the account, warns about a close one", async () => {
    const text = toCsv([header, row("Globex Mining"), row("GLOBEX MINING CORPORATION"), row("Westfield Logistik"), row("Brand New Company"), row("Brand-New Company Ltd")]);
    const preview = await runCsvImport(db, asSession(manager), { kind: "accounts", text, commit: false });
    expect(preview.report).toMatchObject({ totalRows: 5, unchangedRows: 1, writableRows: 2, invalidCount: 2, warningCount: 1 });
    expect(preview.report.invalidRows.map((r) => [r.row, r.reasons.map((x) => [x.column, x.key, x.values])])).toEqual([
      [3, [["name", "duplicates.import.sameAs", { value: "GLOBEX MINING CORPORATION", existing: "Globex Mining" }]]],
      [6, [["name", "csvImport.reason.duplicateInFile", { value: "Brand-New Company Ltd", row: 5 }]]],
    ]);
    expect(preview.report.warningRows?.map((r) => [r.row, r.reasons.map((x) => [x.key, x.values])])).toEqual([
      [4, [["duplicates.import.closeTo", { value: "Westfield Logistik", existing: "Westfield Logistics GmbH" }]]],
    ]);
    // Both languages name the existing account.
    const reason = preview.report.invalidRows[0].reasons[0];
    expect(createTranslator(MESSAGES.en)(reason.key, reason.values)).toContain("Globex Mining");
    expect(createTranslator(MESSAGES.zh)(reason.key, reason.values)).toContain("Globex Mining");

    const commit = await runCsvImport(db, asSession(manager), { kind: "accounts", text, commit: true, onlyValid: true });
    expect(commit.outcome).toEqual({ created: 2, updated: 0, unchanged: 1 });
    expect(await db.account.count({ where: { name: { in: ["Westfield Logistik", "Brand New Company"] } } })).toBe(2);
    expect(await db.account.count({ where: { name: { in: ["GLOBEX MINING CORPORATION", "Brand-New Company Ltd"] } } })).toBe(0);
  });

  it("a child whose parent row was refused as a duplicate is refused too", async () => {
    const text = toCsv([
      [...header, "parentName"],
      [...row("Globex Mining Limited"), ""],
      [...row("Totally Separate Plant"), "Globex Mining Limited"],
    ]);
    const preview = await runCsvImport(db, asSession(manager), { kind: "accounts", text, commit: false });
    expect(preview.report.invalidRows.map((r) => [r.row, r.reasons.map((x) => x.key)])).toEqual([
      [2, ["duplicates.import.sameAs"]],
      [3, ["csvImport.reason.unknownAccount"]],
    ]);
  });
});
