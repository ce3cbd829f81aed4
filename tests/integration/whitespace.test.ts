import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import {
  createOfferingAction,
  createProductLineAction,
  deleteOfferingAction,
  deleteProductLineAction,
  updateOfferingAction,
  updateProductLineAction,
} from "@/lib/offerings/actions";
import { loadCatalogue, orderCategories } from "@/lib/offerings/queries";
import { addBuyingCentreAction, removeBuyingCentreAction, saveCellAction, updateBuyingCentreAction } from "@/lib/whitespace-map/actions";
import { portfolioFigures, WHITESPACE_SUMMARY_KEY } from "@/lib/whitespace-map/portfolio-figures";
import { accountShareOfWallet, loadWhitespaceMap, portfolioWhitespace } from "@/lib/whitespace-map/queries";
import { createAccountFixture } from "../factories/account-contents";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const now = new Date("2026-11-30T10:00:00Z");
let f: Awaited<ReturnType<typeof createAccountFixture>>;
let admin: Awaited<ReturnType<typeof createUser>>;
let lineId: string;
let drives: string;
let services: string;

function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

async function order(accountId: string, date: string, amount: number, productCategory: string, buyingCentreId: string | null, ref: string) {
  await db.order.create({ data: { accountId, orderDate: new Date(`${date}T00:00:00Z`), amount, margin: amount / 4, productCategory, externalRef: ref, buyingCentreId } });
}

beforeAll(async () => {
  await resetDatabase();
  f = await createAccountFixture(db);
  admin = await createUser(db, { role: "ADMIN", name: "Admin" });
  await db.account.update({ where: { id: f.mine.id }, data: { isKeyAccount: true } });
  await db.account.update({ where: { id: f.theirs.id }, data: { isKeyAccount: true } });
  // Categories the catalogue may map exist on orders (any account's).
  for (const [i, category] of ["Components", "Machinery", "Software & Services", "Packaging"].entries()) await order(f.theirs.id, "2020-01-01", 1, category, null, `CAT-${i}`);
});

beforeEach(() => actAs(f.owner));

describe("offerings catalogue", () => {
  it("lets admins only add product lines and offerings, audited", async () => {
    const before = await db.productLine.count();
    for (const user of [f.owner, f.director]) {
      actAs(user);
      expect(await createProductLineAction({ nameEn: "Hardware", nameZh: "硬件", position: 0 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.productLine.count()).toBe(before);

    actAs(admin);
    lineId = ok(await createProductLineAction({ nameEn: "Hardware", nameZh: "硬件", position: 0 })).productLineId;
    expect(await createProductLineAction({ nameEn: "hardware", nameZh: "硬件2" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await createProductLineAction({ nameEn: " ", nameZh: "" })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { nameEn: "This field is required.", nameZh: "This field is required." } });
    drives = ok(await createOfferingAction({ productLineId: lineId, nameEn: "Drives", nameZh: "传动", productCategories: ["Machinery", "Components"], position: 1 })).offeringId;
    services = ok(await createOfferingAction({ productLineId: lineId, nameEn: "Services", nameZh: "服务", productCategories: ["Software & Services"], position: 0 })).offeringId;
    ok(await updateProductLineAction({ productLineId: lineId, nameEn: "Hardware & Services", nameZh: "硬件与服务", position: 2 }));

    const audits = await db.auditLog.findMany({ where: { entityType: { in: ["ProductLine", "Offering"] } }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.entityType, a.action, a.userId])).toEqual([
      ["ProductLine", "create", admin.id], ["Offering", "create", admin.id], ["Offering", "create", admin.id], ["ProductLine", "update", admin.id],
    ]);
    const catalogue = await loadCatalogue(db);
    expect(catalogue[0].offerings.map((o) => [o.nameEn, o.productCategories])).toEqual([["Services", ["Software & Services"]], ["Drives", ["Components", "Machinery"]]]);
    expect(await orderCategories(db)).toEqual(["Components", "Machinery", "Packaging", "Software & Services"]);
  });

  it("refuses a category no order uses, and one that another active offering covers; an inactive offering may share it", async () => {
    actAs(admin);
    expect(await createOfferingAction({ productLineId: lineId, nameEn: "Ghost", nameZh: "幽灵", productCategories: ["Nonexistent"] })).toMatchObject({ ok: false, code: "INVALID", error: "“Nonexistent” is not a product category of any order." });
    expect(await createOfferingAction({ productLineId: lineId, nameEn: "Motors", nameZh: "电机", productCategories: ["Machinery"] })).toMatchObject({
      ok: false, code: "CONFLICT", error: "The category “Machinery” already belongs to the active offering “Drives”.",
    });
    const motors = ok(await createOfferingAction({ productLineId: lineId, nameEn: "Motors", nameZh: "电机", productCategories: ["Machinery"], active: false })).offeringId;
    // Re-activating it while Drives still covers Machinery is the same clash.
    expect(await updateOfferingAction({ offeringId: motors, productLineId: lineId, nameEn: "Motors", nameZh: "电机", productCategories: ["Machinery"], active: true })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await createOfferingAction({ productLineId: lineId, nameEn: "drives", nameZh: "x" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await deleteProductLineAction({ productLineId: lineId })).toMatchObject({ ok: false, code: "CONFLICT" });
    ok(await deleteOfferingAction({ offeringId: motors }));
    expect(await db.offering.findUnique({ where: { id: motors } })).toBeNull();
    expect(await db.auditLog.count({ where: { entityType: "Offering", entityId: motors } })).toBe(2);
  });
});

describe("buying centres and cells", () => {
  let plant: string;
  let office: string;

  it("adds, renames and removes buying centres of the manager's own accounts only", async () => {
    plant = ok(await addBuyingCentreAction({ accountId: f.mine.id, name: "Shanghai Plant", note: "Main plant" })).buyingCentreId;
    office = ok(await addBuyingCentreAction({ accountId: f.mine.id, name: "Head Office" })).buyingCentreId;
    expect(await addBuyingCentreAction({ accountId: f.mine.id, name: "shanghai plant" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await addBuyingCentreAction({ accountId: f.mine.id, name: "" })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: "This field is required." } });
    expect(await addBuyingCentreAction({ accountId: f.theirs.id, name: "Not mine" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.buyingCentre.count({ where: { accountId: f.theirs.id } })).toBe(0);

    actAs(f.teamMate);
    ok(await updateBuyingCentreAction({ accountId: f.mine.id, buyingCentreId: office, name: "Central Purchasing", note: null }));
    actAs(f.other);
    expect(await updateBuyingCentreAction({ accountId: f.mine.id, buyingCentreId: office, name: "Hijack" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // A centre id of another account through one's own account is not found, not changed.
    actAs(f.other);
    const foreign = ok(await addBuyingCentreAction({ accountId: f.theirs.id, name: "Their plant" })).buyingCentreId;
    actAs(f.owner);
    expect(await updateBuyingCentreAction({ accountId: f.mine.id, buyingCentreId: foreign, name: "X" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.buyingCentre.findUnique({ where: { id: office } }))!.name).toBe("Central Purchasing");
  });

  it("saves cells with validation; our revenue comes from the orders where they tell, else as entered", async () => {
    expect(await saveCellAction({ accountId: f.mine.id, buyingCentreId: plant, offeringId: drives, status: "NOPE" as never })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await saveCellAction({ accountId: f.mine.id, buyingCentreId: plant, offeringId: drives, status: "SUPPLIED", totalMarket: "-5" })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { totalMarket: "Must be at least 0." },
    });
    expect(await saveCellAction({ accountId: f.mine.id, buyingCentreId: plant, offeringId: drives, status: "SUPPLIED", totalMarket: "abc" })).toMatchObject({ ok: false, fieldErrors: { totalMarket: "Enter a number." } });

    ok(await saveCellAction({ accountId: f.mine.id, buyingCentreId: plant, offeringId: drives, status: "SUPPLIED", totalMarket: "10000", ourRevenue: "9000", competitor: "ABB" }));
    ok(await saveCellAction({ accountId: f.mine.id, buyingCentreId: plant, offeringId: services, status: "COMPETITOR", totalMarket: "5000", ourRevenue: "6000", competitor: "Siemens" }));
    ok(await saveCellAction({ accountId: f.mine.id, buyingCentreId: office, offeringId: services, status: "WHITESPACE", totalMarket: "8000" }));
    ok(await saveCellAction({ accountId: f.mine.id, buyingCentreId: office, offeringId: drives, status: "NOT_RELEVANT" }));

    let map = await loadWhitespaceMap(db, f.mine.id, now);
    const cell = (centre: string, offering: string) => map.cells.find((c) => c.buyingCentreId === centre && c.offeringId === offering)!;
    expect(cell(plant, drives).figures).toMatchObject({ ourRevenue: 9000, revenueSource: "ENTERED", share: 0.9, whitespace: 0 });
    expect(cell(plant, services).figures).toMatchObject({ ourRevenue: 6000, share: 1.2, shareDisplay: 1, inconsistent: true, whitespace: 0 });
    expect(cell(office, services).figures).toMatchObject({ ourRevenue: null, revenueSource: "NONE", share: 0, whitespace: 8000 });

    // Orders of the last 12 months with the plant and a Drives category replace the entered revenue; older ones,
    // other centres' and orders without a centre do not count.
    await order(f.mine.id, "2026-11-30", 2000, "Machinery", plant, "W-1");
    await order(f.mine.id, "2025-12-01", 500, "Components", plant, "W-2");
    await order(f.mine.id, "2025-11-30", 7000, "Components", plant, "W-3");
    await order(f.mine.id, "2026-06-01", 7000, "Components", null, "W-4");
    await order(f.mine.id, "2026-06-01", 300, "Packaging", plant, "W-5");
    map = await loadWhitespaceMap(db, f.mine.id, now);
    expect(cell(plant, drives).figures).toMatchObject({ ourRevenue: 2500, revenueSource: "ORDERS", share: 0.25 });
    expect(cell(plant, drives).enteredRevenue).toBe(9000);
    expect(map.offerings.map((o) => o.nameEn)).toEqual(["Services", "Drives"]);
    expect(map.centres.map((c) => [c.name, c.cells])).toEqual([["Shanghai Plant", 2], ["Central Purchasing", 2]]);

    expect(await accountShareOfWallet(db, f.mine.id, now)).toEqual({ ourRevenue: 2500 + 6000, totalMarket: 10000 + 5000 + 8000, share: 8500 / 23000 });

    const audits = await db.auditLog.count({ where: { entityType: "WhitespaceCell" } });
    expect(audits).toBe(4);
    // Saving the same values again writes no audit entry; a change does.
    ok(await saveCellAction({ accountId: f.mine.id, buyingCentreId: office, offeringId: drives, status: "NOT_RELEVANT" }));
    expect(await db.auditLog.count({ where: { entityType: "WhitespaceCell" } })).toBe(4);
  });

  it("refuses cells of other managers' accounts and cells of a deactivated offering", async () => {
    actAs(f.other);
    expect(await saveCellAction({ accountId: f.mine.id, buyingCentreId: plant, offeringId: drives, status: "WHITESPACE" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(admin);
    const old = ok(await createOfferingAction({ productLineId: lineId, nameEn: "Legacy", nameZh: "旧", productCategories: [], active: false })).offeringId;
    actAs(f.owner);
    expect(await saveCellAction({ accountId: f.mine.id, buyingCentreId: plant, offeringId: old, status: "WHITESPACE" })).toMatchObject({ ok: false, code: "INVALID", error: "This offering is no longer active." });
  });

  it("totals the portfolio's whitespace by offering from the same per-cell data, within the viewer's scope", async () => {
    actAs(f.other);
    const theirCentre = (await db.buyingCentre.findFirst({ where: { accountId: f.theirs.id } }))!.id;
    ok(await saveCellAction({ accountId: f.theirs.id, buyingCentreId: theirCentre, offeringId: services, status: "OPPORTUNITY", totalMarket: "1000", ourRevenue: "250" }));

    const mine = await portfolioWhitespace(db, { id: f.owner.id, role: "MANAGER" }, now);
    expect(mine.accounts).toBe(1);
    // Services: COMPETITOR 5000 (ours 6000 → 0) + WHITESPACE 8000; Drives: the plant's is SUPPLIED, the office's NOT_RELEVANT.
    expect(mine.rows.map((r) => [r.nameEn, r.whitespace, r.totalMarket, r.ourRevenue, r.openCells, r.accounts])).toEqual([["Services", 8000, 13000, 6000, 2, 1]]);

    const all = await portfolioWhitespace(db, { id: f.director.id, role: "DIRECTOR" }, now);
    expect(all.accounts).toBe(2);
    expect([mine.mappedAccounts, all.mappedAccounts]).toEqual([1, 2]);
    expect(all.rows.map((r) => [r.nameEn, r.whitespace, r.openCells, r.accounts])).toEqual([["Services", 8750, 3, 2]]);
    // Equal to the per-cell data of the two maps.
    const cells = [...(await loadWhitespaceMap(db, f.mine.id, now)).cells, ...(await loadWhitespaceMap(db, f.theirs.id, now)).cells];
    expect(all.totals.whitespace).toBe(cells.reduce((s, c) => s + c.figures.whitespace, 0));

    // A non-key or archived account leaves the portfolio.
    await db.account.update({ where: { id: f.theirs.id }, data: { archived: true } });
    expect((await portfolioWhitespace(db, { id: f.director.id, role: "DIRECTOR" }, now)).accounts).toBe(1);
    await db.account.update({ where: { id: f.theirs.id }, data: { archived: false } });
    const plain = await createAccount(db, { ownerId: f.owner.id });
    expect((await portfolioWhitespace(db, { id: f.owner.id, role: "MANAGER" }, now)).accountIds).not.toContain(plain.id);
  });

  it("keeps the figures of viewers who see every account as one stored summary, computed again after a change", async () => {
    await db.$executeRaw`DELETE FROM "PortfolioSummary"`;
    const stored = async () => (await db.$queryRaw<{ key: string }[]>`SELECT key FROM "PortfolioSummary"`).map((r) => r.key);
    const director = { id: f.director.id, role: "DIRECTOR" as const, directorScope: "ALL" as const };
    const first = await portfolioFigures(db, director, now);
    expect(first.whitespace.totals.whitespace).toBe(8750);
    expect(await stored()).toEqual([WHITESPACE_SUMMARY_KEY]);
    // An admin sees the same portfolio and reads the stored figures, equal to the ones computed afresh.
    expect(await portfolioFigures(db, { id: admin.id, role: "ADMIN", directorScope: "ALL" }, now)).toEqual(first);
    const fresh = await portfolioWhitespace(db, director, now);
    expect(first.whitespace).toEqual({ ...fresh, accountIds: undefined });
    // A manager's own key accounts are computed each time, never stored.
    expect((await portfolioFigures(db, { id: f.owner.id, role: "MANAGER", directorScope: "ALL" }, now)).whitespace.accounts).toBe(1);
    expect(await stored()).toEqual([WHITESPACE_SUMMARY_KEY]);
    // A larger market on their open cell: 8,000 + (2,000 − 250).
    await db.whitespaceCell.updateMany({ where: { accountId: f.theirs.id, offeringId: services }, data: { totalMarket: 2000 } });
    expect((await portfolioFigures(db, director, now)).whitespace.totals.whitespace).toBe(9750);
    await db.whitespaceCell.updateMany({ where: { accountId: f.theirs.id, offeringId: services }, data: { totalMarket: 1000 } });
    expect((await portfolioFigures(db, director, now)).whitespace.totals.whitespace).toBe(8750);
  });

  it("removes a buying centre with its cells; its orders stay without one", async () => {
    actAs(f.other);
    expect(await removeBuyingCentreAction({ accountId: f.mine.id, buyingCentreId: plant })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(f.owner);
    ok(await removeBuyingCentreAction({ accountId: f.mine.id, buyingCentreId: plant }));
    expect(await db.whitespaceCell.count({ where: { buyingCentreId: plant } })).toBe(0);
    expect(await db.order.count({ where: { externalRef: { in: ["W-1", "W-2"] }, buyingCentreId: null } })).toBe(2);
    const [audit] = await db.auditLog.findMany({ where: { entityType: "BuyingCentre", entityId: plant, action: "delete" } });
    expect(audit.before).toMatchObject({ name: "Shanghai Plant", cells: 2 });
  });
});
