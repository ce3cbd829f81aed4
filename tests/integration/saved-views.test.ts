import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { cleanViewQuery, parseColumns, viewHref, visibleColumns } from "@/lib/saved-views/lists";
import { listSavedViews } from "@/lib/saved-views/queries";
import { actAs } from "../support/action-mocks";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const { deleteViewAction, renameViewAction, saveViewAction, updateViewAction } = await import("@/lib/saved-views/actions");

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let alice: User, bob: User, admin: User;
const session = (u: User): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });
const save = (input: Partial<Parameters<typeof saveViewAction>[0]> & { name: string }) =>
  saveViewAction({ list: "accounts", query: "", columns: [], shared: false, ...input });
const idOf = async (result: Awaited<ReturnType<typeof saveViewAction>>) => {
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
};

beforeAll(async () => {
  await resetDatabase();
  alice = await createUser(db, { role: "MANAGER", name: "Alice" });
  bob = await createUser(db, { role: "MANAGER", name: "Bob" });
  admin = await createUser(db, { role: "ADMIN", name: "Admin" });
});
beforeEach(() => actAs(alice));

describe("what a view stores and how it opens", () => {
  it("keeps only what the list's schema accepts, without page, view or columns", () => {
    expect(cleanViewQuery("accounts", "?q=steel&quadrant=NOPE&stage=BASIC&sort=risk&dir=desc&page=4&view=x&cols=owner&evil=1")).toBe("q=steel&stage=BASIC&sort=risk&dir=desc");
    expect(cleanViewQuery("contacts", "level=BOARD&sort=drop%20table&attitude=SUPPORTER")).toBe("level=BOARD&attitude=SUPPORTER");
    expect(cleanViewQuery("accounts", "%%%&&&=")).toBe("");
  });

  it("columns: known keys in table order, the name always; nothing usable means all", () => {
    expect(parseColumns("accounts", "risk,owner,bogus")).toEqual(["name", "owner", "risk"]);
    expect(parseColumns("accounts", "bogus,name")).toBeNull();
    expect(visibleColumns("contacts", undefined)).toContain("coverage");
    expect(visibleColumns("contacts", "level")).toEqual(["name", "level"]);
  });

  it("a view opens as a link with its query, its columns and its id", () => {
    expect(viewHref("accounts", { id: "v1", query: "stage=BASIC&page=2", columns: ["owner"] })).toBe("/accounts?stage=BASIC&cols=name%2Cowner&view=v1");
    expect(viewHref("contacts", { id: "v2", query: "", columns: [] })).toBe("/contacts?view=v2");
  });
});

describe("saved view actions", () => {
  it("saves the cleaned query and columns with an audit row; the name is unique per user and list", async () => {
    const id = await idOf(await save({ name: "Risky basics", query: "stage=BASIC&risk=HIGH&page=3&risk=LOW", columns: ["risk", "owner", "nope"], shared: true }));
    expect(await db.savedView.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ownerId: alice.id, list: "accounts", name: "Risky basics", query: "stage=BASIC&risk=HIGH", columns: ["name", "owner", "risk"], shared: true,
    });
    expect(await db.auditLog.findFirst({ where: { entityType: "SavedView", entityId: id } })).toMatchObject({ action: "create", userId: alice.id });
    expect(await save({ name: "risky BASICS" })).toMatchObject({ ok: false, code: "CONFLICT", error: "You already have a view named “risky BASICS” on this list." });
    // Another list, or another user, may use the name.
    expect((await save({ name: "Risky basics", list: "contacts" })).ok).toBe(true);
    actAs(bob);
    expect((await save({ name: "Risky basics" })).ok).toBe(true);
  });

  it("rejects an unknown list and a blank name", async () => {
    expect(await saveViewAction({ list: "orders" as never, name: "x", query: "", columns: [], shared: false })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await save({ name: "  " })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: "This field is required." } });
  });

  it("lists one's own views and the shared ones of others, never others' private views", async () => {
    const mine = await idOf(await save({ name: "Alice private" }));
    actAs(bob);
    const bobsPrivate = await idOf(await save({ name: "Bob private" }));
    const bobsShared = await idOf(await save({ name: "Bob shared", shared: true, query: "key=1" }));
    const seen = await listSavedViews(db, session(alice), "accounts");
    const ids = seen.map((v) => v.id);
    expect(ids).toContain(mine);
    expect(ids).toContain(bobsShared);
    expect(ids).not.toContain(bobsPrivate);
    expect(seen.find((v) => v.id === bobsShared)).toMatchObject({ mine: false, canDelete: false, ownerName: "Bob", query: "key=1" });
    // Own views first.
    expect(seen.findIndex((v) => !v.mine)).toBeGreaterThan(seen.findLastIndex((v) => v.mine));
  });

  it("a view broken in the database still lists cleanly", async () => {
    const broken = await db.savedView.create({ data: { ownerId: alice.id, list: "accounts", name: "Broken", query: "stage=NOPE&sort=%00&q=ok", columns: ["ghost"] } });
    const [view] = (await listSavedViews(db, session(alice), "accounts")).filter((v) => v.id === broken.id);
    expect(view).toMatchObject({ query: "q=ok", columns: [] });
  });

  it("saving changes, renaming and sharing are for the owner only", async () => {
    const id = await idOf(await save({ name: "Mine to edit", query: "stage=BASIC" }));
    expect((await updateViewAction({ id, query: "stage=COOPERATIVE&page=9", columns: ["owner"] })).ok).toBe(true);
    expect(await db.savedView.findUniqueOrThrow({ where: { id } })).toMatchObject({ query: "stage=COOPERATIVE", columns: ["name", "owner"] });
    expect((await renameViewAction({ id, name: "Renamed", shared: true })).ok).toBe(true);
    expect(await db.savedView.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Renamed", shared: true });

    actAs(bob);
    expect(await renameViewAction({ id, name: "Hijacked", shared: false })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateViewAction({ id, query: "", columns: [] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(admin);
    expect(await renameViewAction({ id, name: "Admin rename", shared: false })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.savedView.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Renamed", shared: true });
  });

  it("deleting: the owner; an admin a shared view; nobody else, and a private view of others is not even found", async () => {
    const shared = await idOf(await save({ name: "Shared to delete", shared: true }));
    const privateOne = await idOf(await save({ name: "Private to keep" }));
    actAs(bob);
    expect(await deleteViewAction({ id: shared })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteViewAction({ id: privateOne })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(admin);
    expect(await deleteViewAction({ id: privateOne })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteViewAction({ id: shared })).toMatchObject({ ok: true, data: { list: "accounts" } });
    actAs(alice);
    expect((await deleteViewAction({ id: privateOne })).ok).toBe(true);
    expect(await db.savedView.count({ where: { id: { in: [shared, privateOne] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityType: "SavedView", entityId: { in: [shared, privateOne] }, action: "delete" } })).toBe(2);
  });
});
