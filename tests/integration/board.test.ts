import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import { loadColumnPageAction, moveAccountStageAction } from "@/lib/board/actions";
import { BOARD_PAGE_SIZE } from "@/lib/board/schemas";
import { getBoard } from "@/lib/board/queries";
import { encodeCursor } from "@/lib/lists/cursor";
import type { Stage } from "@/lib/stages";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";
import { createBoardAccount } from "../factories/board";
import { createUser } from "../factories/users";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let manager: User;
let otherManager: User;
let director: User;

beforeAll(async () => {
  await resetDatabase(db);
  manager = await createUser(db, { role: "MANAGER" });
  otherManager = await createUser(db, { role: "MANAGER" });
  director = await createUser(db, { role: "DIRECTOR" });
});

beforeEach(() => actAs(manager));

const accountAt = (stage: Stage, ownerId = manager.id) => createBoardAccount(db, { ownerId, stage });

async function snapshot(accountId: string) {
  const account = await db.account.findUniqueOrThrow({ where: { id: accountId }, select: { stage: true, version: true, stageChangedAt: true } });
  const transitions = await db.stageTransition.count({ where: { accountId } });
  const audits = await db.auditLog.count({ where: { entityId: accountId } });
  return { ...account, transitions, audits };
}

describe("moveAccountStageAction: allowed moves", () => {
  it("moves one step forward, increments the version and writes the transition and audit rows", async () => {
    const account = await accountAt("EXPLORATORY");
    const result = await moveAccountStageAction({ accountId: account.id, version: 1, toStage: "BASIC" });
    expect(result).toEqual({ ok: true, data: { stage: "BASIC", version: 2 } });
    const after = await db.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(after.stage).toBe("BASIC");
    expect(after.version).toBe(2);
    expect(after.stageChangedAt.getTime()).toBeGreaterThan(account.stageChangedAt.getTime());
    const [transition] = await db.stageTransition.findMany({ where: { accountId: account.id } });
    expect(transition).toMatchObject({ fromStage: "EXPLORATORY", toStage: "BASIC", reasons: [], note: null, userId: manager.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: account.id } });
    expect(audit).toMatchObject({ userId: manager.id, entityType: "Account", action: "stage.move" });
    expect(audit.after).toMatchObject({ stage: "BASIC", version: 2 });
  });

  it("skips stages along the ladder, forward and back", async () => {
    const account = await accountAt("BASIC");
    expect((await moveAccountStageAction({ accountId: account.id, version: 1, toStage: "INTEGRATED" })).ok).toBe(true);
    expect((await moveAccountStageAction({ accountId: account.id, version: 2, toStage: "EXPLORATORY" })).ok).toBe(true);
    expect(await snapshot(account.id)).toMatchObject({ stage: "EXPLORATORY", version: 3, transitions: 2 });
  });

  it("uncouples with reasons and a note, stored on the transition row; restarts only at exploratory", async () => {
    const account = await accountAt("COOPERATIVE");
    const result = await moveAccountStageAction({
      accountId: account.id,
      version: 1,
      toStage: "DISINTEGRATING",
      reasons: ["LACK_OF_TRUST", "FINANCIAL_PROBLEMS", "LACK_OF_TRUST"],
      note: "  Orders moved to a competitor  ",
    });
    expect(result).toEqual({ ok: true, data: { stage: "DISINTEGRATING", version: 2 } });
    const transition = await db.stageTransition.findFirstOrThrow({ where: { accountId: account.id } });
    expect(transition).toMatchObject({
      fromStage: "COOPERATIVE",
      toStage: "DISINTEGRATING",
      reasons: ["LACK_OF_TRUST", "FINANCIAL_PROBLEMS"],
      note: "Orders moved to a competitor",
    });

    const skip = await moveAccountStageAction({ accountId: account.id, version: 2, toStage: "BASIC" });
    expect(skip).toMatchObject({ ok: false, code: "INVALID", error: "After uncoupling a relationship can only restart at the exploratory stage." });
    expect(await snapshot(account.id)).toMatchObject({ stage: "DISINTEGRATING", version: 2, transitions: 1 });

    expect((await moveAccountStageAction({ accountId: account.id, version: 2, toStage: "EXPLORATORY" })).ok).toBe(true);
    expect(await snapshot(account.id)).toMatchObject({ stage: "EXPLORATORY", version: 3, transitions: 2 });
  });

  it("lets a team member and a director move the account", async () => {
    const account = await accountAt("BASIC", otherManager.id);
    await db.accountTeamMember.create({ data: { accountId: account.id, userId: manager.id, teamRole: "FINANCE" } });
    expect((await moveAccountStageAction({ accountId: account.id, version: 1, toStage: "COOPERATIVE" })).ok).toBe(true);
    actAs(director);
    expect((await moveAccountStageAction({ accountId: account.id, version: 2, toStage: "INTERDEPENDENT" })).ok).toBe(true);
    const last = await db.stageTransition.findFirstOrThrow({ where: { accountId: account.id }, orderBy: { createdAt: "desc" } });
    expect(last.userId).toBe(director.id);
  });
});

describe("moveAccountStageAction: refused moves change nothing", () => {
  it("refuses uncoupling without a reason or without a note", async () => {
    const account = await accountAt("BASIC");
    const before = await snapshot(account.id);
    const noReason = await moveAccountStageAction({ accountId: account.id, version: 1, toStage: "DISINTEGRATING", note: "Gone" });
    expect(noReason).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { reasons: "Choose at least one reason." } });
    const noNote = await moveAccountStageAction({ accountId: account.id, version: 1, toStage: "DISINTEGRATING", reasons: ["CUSTOMER_ATTITUDE"] });
    expect(noNote).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { note: "This field is required." } });
    const unknown = await moveAccountStageAction({ accountId: account.id, version: 1, toStage: "DISINTEGRATING", reasons: ["PRICE" as never], note: "x" });
    expect(unknown).toMatchObject({ ok: false, code: "INVALID" });
    expect(await snapshot(account.id)).toEqual(before);
  });

  it("refuses a move to the same stage", async () => {
    const account = await accountAt("COOPERATIVE");
    const result = await moveAccountStageAction({ accountId: account.id, version: 1, toStage: "COOPERATIVE" });
    expect(result).toMatchObject({ ok: false, code: "INVALID", error: "The account is already at this stage." });
    expect(await snapshot(account.id)).toMatchObject({ version: 1, transitions: 0, audits: 0 });
  });

  it("refuses a stale version with a conflict and leaves the account as the other user left it", async () => {
    const account = await accountAt("EXPLORATORY");
    expect((await moveAccountStageAction({ accountId: account.id, version: 1, toStage: "BASIC" })).ok).toBe(true);
    const before = await snapshot(account.id);
    const stale = await moveAccountStageAction({ accountId: account.id, version: 1, toStage: "COOPERATIVE" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await snapshot(account.id)).toEqual(before);
  });

  it("lets exactly one of two concurrent moves with the same version win", async () => {
    const account = await accountAt("BASIC");
    const results = await Promise.all([
      moveAccountStageAction({ accountId: account.id, version: 1, toStage: "COOPERATIVE" }),
      moveAccountStageAction({ accountId: account.id, version: 1, toStage: "INTEGRATED" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "CONFLICT" });
    expect(await snapshot(account.id)).toMatchObject({ version: 2, transitions: 1, audits: 1 });
  });

  it("refuses a manager moving someone else's account", async () => {
    const account = await accountAt("BASIC", otherManager.id);
    const before = await snapshot(account.id);
    const result = await moveAccountStageAction({ accountId: account.id, version: 1, toStage: "COOPERATIVE" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot(account.id)).toEqual(before);
  });

  it("refuses without a session and for an unknown account", async () => {
    actAs(null);
    expect(await moveAccountStageAction({ accountId: "nope", version: 1, toStage: "BASIC" })).toMatchObject({ code: "UNAUTHENTICATED" });
    actAs(director);
    expect(await moveAccountStageAction({ accountId: "nope", version: 1, toStage: "BASIC" })).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("loadColumnPageAction", () => {
  it("returns the next page of one column after the column's cursor, ranked by revenue, and the cursor after it", async () => {
    const owner = await createUser(db, { role: "MANAGER" });
    for (let i = 0; i < BOARD_PAGE_SIZE + 3; i++) await createBoardAccount(db, { ownerId: owner.id, stage: "INTEGRATED", revenue12m: 1000 + i });
    actAs(owner);
    const board = await getBoard(db, { id: owner.id, email: owner.email, name: owner.name, role: owner.role }, { owner: "me" });
    const column = board.columns.find((c) => c.stage === "INTEGRATED")!;
    expect(column.cards).toHaveLength(BOARD_PAGE_SIZE);
    const page = await loadColumnPageAction({ stage: "INTEGRATED", cursor: column.cursor!, filters: { owner: "me" } });
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.data.cards.map((card) => card.revenue12m)).toEqual([1002, 1001, 1000]);
    expect(page.data.cards.every((card) => card.stage === "INTEGRATED" && card.canEdit)).toBe(true);
    expect(page.data.cursor).toBeNull();
  });

  it("refuses a cursor that is not one, with a message instead of an error page", async () => {
    for (const cursor of ["garbage", "", encodeCursor(["12 OR 1=1", "A", "b"]), encodeCursor([1, 2, 3])]) {
      const result = await loadColumnPageAction({ stage: "BASIC", cursor, filters: { owner: "me" } });
      expect(result).toMatchObject({ ok: false, code: "INVALID" });
    }
  });
});
