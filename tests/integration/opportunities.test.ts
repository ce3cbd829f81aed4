import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import { createOpportunityAction, deleteOpportunityAction, setOpportunityStageAction, updateOpportunityAction } from "@/lib/opportunities/actions";
import { accountOpportunities, portfolioForecast } from "@/lib/opportunities/queries";
import { scopedKeyAccountIds } from "@/lib/whitespace-map/queries";
import { createAccountFixture } from "../factories/account-contents";
import { createOrders } from "../factories/accounts";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
let f: Awaited<ReturnType<typeof createAccountFixture>>;
let cellId: string;

function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

const base = () => ({ accountId: f.mine.id, name: "Drives for Shanghai", value: "100000", probability: 40, stage: "QUALIFY" as const, expectedClose: "2026-12-15", ownerId: f.owner.id });

beforeAll(async () => {
  await resetDatabase();
  f = await createAccountFixture(db);
  await db.account.updateMany({ where: { id: { in: [f.mine.id, f.theirs.id] } }, data: { isKeyAccount: true } });
  const line = await db.productLine.create({ data: { nameEn: "Hardware", nameZh: "硬件" } });
  const offering = await db.offering.create({ data: { productLineId: line.id, nameEn: "Drives", nameZh: "传动", productCategories: ["Components"] } });
  const centre = await db.buyingCentre.create({ data: { accountId: f.mine.id, name: "Plant" } });
  cellId = (await db.whitespaceCell.create({ data: { accountId: f.mine.id, buyingCentreId: centre.id, offeringId: offering.id, status: "WHITESPACE", totalMarket: 500000 } })).id;
});

beforeEach(() => actAs(f.owner));

describe("opportunities", () => {
  it("creates one from a whitespace cell, which becomes an opportunity, both audited", async () => {
    const { opportunityId } = ok(await createOpportunityAction({ ...base(), whitespaceCellId: cellId }));
    expect((await db.whitespaceCell.findUnique({ where: { id: cellId } }))!.status).toBe("OPPORTUNITY");
    expect(await db.opportunity.findUnique({ where: { id: opportunityId } })).toMatchObject({ whitespaceCellId: cellId, probability: 40, stage: "QUALIFY" });
    expect(await db.auditLog.findMany({ where: { entityType: { in: ["Opportunity", "WhitespaceCell"] } }, select: { entityType: true, action: true } })).toEqual(
      expect.arrayContaining([{ entityType: "WhitespaceCell", action: "update" }, { entityType: "Opportunity", action: "create" }]),
    );
    const data = await accountOpportunities(db, f.mine.id);
    expect(data.pipeline).toEqual({ openCount: 1, openValue: 100000, weighted: 40000, wonValue: 0 });
    expect(data.opportunities[0]).toMatchObject({ name: "Drives for Shanghai", ownerName: "Owner Manager", cell: { buyingCentre: "Plant", offeringEn: "Drives" } });
    expect(data.owners.map((o) => o.name)).toEqual(["Owner Manager", "Team Mate"]);
  });

  it("validates the input and the owner, and refuses other managers' accounts", async () => {
    const count = await db.opportunity.count();
    expect(await createOpportunityAction({ ...base(), name: "", value: "x", probability: 101, expectedClose: "2026-02-30" })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { name: "This field is required.", value: "Enter a number.", probability: "Must be at most 100.", expectedClose: "Enter a valid date." },
    });
    expect(await createOpportunityAction({ ...base(), ownerId: f.other.id })).toMatchObject({ ok: false, code: "INVALID", error: "The owner must be the account's owner or a member of its team." });
    expect(await createOpportunityAction({ ...base(), ownerId: f.teamMate.id })).toMatchObject({ ok: true });
    // A cell of another account cannot be linked.
    const foreignCentre = await db.buyingCentre.create({ data: { accountId: f.theirs.id, name: "Theirs" } });
    const foreignCell = await db.whitespaceCell.create({ data: { accountId: f.theirs.id, buyingCentreId: foreignCentre.id, offeringId: (await db.offering.findFirstOrThrow()).id } });
    expect(await createOpportunityAction({ ...base(), whitespaceCellId: foreignCell.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(f.other);
    expect(await createOpportunityAction({ ...base(), ownerId: f.other.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.opportunity.count()).toBe(count + 1);
  });

  it("edits, wins, loses and deletes; the weighted pipeline follows", async () => {
    const { opportunityId } = ok(await createOpportunityAction({ ...base(), name: "Service deal", value: "20000", probability: 50 }));
    const [teamMates] = (await accountOpportunities(db, f.mine.id)).opportunities.filter((o) => o.ownerId === f.teamMate.id);
    ok(await updateOpportunityAction({ ...base(), opportunityId: teamMates.id, value: "10000", probability: 10, stage: "DEVELOP", ownerId: f.teamMate.id }));
    // Open: 100000 × 40 % + 10000 × 10 % + 20000 × 50 %.
    expect((await accountOpportunities(db, f.mine.id)).pipeline.weighted).toBe(40000 + 1000 + 10000);

    actAs(f.other);
    expect(await setOpportunityStageAction({ accountId: f.mine.id, opportunityId, stage: "WON" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteOpportunityAction({ accountId: f.mine.id, opportunityId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(f.teamMate);
    ok(await setOpportunityStageAction({ accountId: f.mine.id, opportunityId, stage: "WON" }));
    expect(await db.opportunity.findUnique({ where: { id: opportunityId } })).toMatchObject({ stage: "WON", probability: 100 });
    ok(await setOpportunityStageAction({ accountId: f.mine.id, opportunityId: teamMates.id, stage: "LOST" }));
    expect((await accountOpportunities(db, f.mine.id)).pipeline).toEqual({ openCount: 1, openValue: 100000, weighted: 40000, wonValue: 20000 });
    // Through another account's id the opportunity is not found.
    actAs(f.other);
    expect(await deleteOpportunityAction({ accountId: f.theirs.id, opportunityId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(f.owner);
    ok(await deleteOpportunityAction({ accountId: f.mine.id, opportunityId: teamMates.id }));
    expect(await db.opportunity.findUnique({ where: { id: teamMates.id } })).toBeNull();
    const actions = (await db.auditLog.findMany({ where: { entityId: teamMates.id }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["create", "update", "stage", "delete"]);
  });

  it("forecasts the next 12 months of the scope's key accounts beside last year's revenue", async () => {
    await createOrders(db, f.mine.id, [{ date: "2025-12-05", amount: 7000 }, { date: "2025-12-20", amount: 3000 }, { date: "2025-10-31", amount: 999 }]);
    await createOrders(db, f.theirs.id, [{ date: "2025-12-05", amount: 50000 }]);
    const now = new Date("2026-11-30T12:00:00Z");
    const mine = await portfolioForecast(db, await scopedKeyAccountIds(db, { id: f.owner.id, role: "MANAGER" }), now);
    expect(mine.months).toHaveLength(12);
    // December 2026: the open 100000 × 40 % and the won 20000 in full; last year's December 7000 + 3000.
    expect(mine.months.find((m) => m.month === "2026-12")).toEqual({ month: "2026-12", forecast: 60000, won: 20000, lastYear: 10000 });
    expect(mine.months.find((m) => m.month === "2026-11")!.lastYear).toBe(0);
    const all = await portfolioForecast(db, await scopedKeyAccountIds(db, { id: f.director.id, role: "DIRECTOR" }), now);
    expect(all.months.find((m) => m.month === "2026-12")!.lastYear).toBe(60000);
  });
});
