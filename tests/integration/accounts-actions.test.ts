import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { actAs } from "../support/action-mocks";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const { archiveAccountAction, createAccountAction, reassignOwnerAction, restoreAccountAction, searchParentAccountsAction, updateAccountAction } =
  await import("@/lib/accounts/actions");

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let alice: User, bob: User, director: User;

/** Form input as the browser sends it: strings, possibly invalid (the actions validate it). */
type RawInput = Parameters<typeof createAccountAction>[0];
const create = (input: Record<string, unknown>) => createAccountAction(input as RawInput);
const update = (input: Record<string, unknown>) => updateAccountAction(input as Parameters<typeof updateAccountAction>[0]);

const validInput = {
  name: "Huaxin Components",
  industry: "Electronics",
  region: "East China",
  country: "CN",
  size: "LARGE",
  annualRevenue: "1250000.50",
  creditRating: "AA",
  lifecyclePhase: "GROWTH",
  salesScenario: "",
  parentId: "",
  strategy: "Expand to EV market",
  products: "",
  operatingStatus: "",
  growthBottleneck: "",
};

const audits = (entityId: string) => db.auditLog.findMany({ where: { entityType: "Account", entityId }, orderBy: { at: "asc" } });
const editInput = (account: { id: string; version: number }, overrides: Record<string, unknown> = {}) => ({ ...validInput, id: account.id, version: account.version, ...overrides });

beforeAll(async () => {
  await resetDatabase();
  alice = await createUser(db, { role: "MANAGER" });
  bob = await createUser(db, { role: "MANAGER" });
  director = await createUser(db, { role: "DIRECTOR" });
});
beforeEach(() => actAs(alice));

describe("createAccountAction", () => {
  test("creates the account, owned by the manager whatever owner he names, with an audit row", async () => {
    const result = await create({ ...validInput, ownerId: bob.id });
    if (!result.ok) throw new Error(result.error);
    const account = await db.account.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(account).toMatchObject({ name: "Huaxin Components", ownerId: alice.id, size: "LARGE", creditRating: "AA", salesScenario: null, parentId: null, products: null, version: 1 });
    expect(account.annualRevenue?.toString()).toBe("1250000.5");
    const [audit] = await audits(account.id);
    expect(audit).toMatchObject({ userId: alice.id, action: "create", before: null });
    expect(audit.after).toMatchObject({ name: "Huaxin Components" });
  });

  test("a director may name another active owner", async () => {
    actAs(director);
    const result = await create({ ...validInput, name: "Owned by Bob", ownerId: bob.id });
    if (!result.ok) throw new Error(result.error);
    expect((await db.account.findUniqueOrThrow({ where: { id: result.data.id } })).ownerId).toBe(bob.id);
    const unknown = await create({ ...validInput, name: "Nobody's", ownerId: "no-such-user" });
    expect(unknown).toMatchObject({ ok: false, code: "INVALID", error: "The owner must be an active user." });
  });

  test("reports every invalid field and writes nothing", async () => {
    const before = await db.account.count();
    const result = await create({ ...validInput, name: "  ", size: "HUGE", annualRevenue: "-5", lifecyclePhase: "", creditRating: "ZZZ", strategy: "x".repeat(2001) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("INVALID");
    expect(result.fieldErrors).toEqual({
      name: "This field is required.",
      size: "This field is required.",
      annualRevenue: "Must be at least 0.",
      lifecyclePhase: "This field is required.",
      creditRating: "This value is not valid.",
      strategy: "At most 2000 characters.",
    });
    const notANumber = await create({ ...validInput, annualRevenue: "12abc" });
    expect(!notANumber.ok && notANumber.fieldErrors).toEqual({ annualRevenue: "Enter a number." });
    expect(await db.account.count()).toBe(before);
  });

  test("refuses an unknown parent; without a session nothing happens", async () => {
    expect(await create({ ...validInput, parentId: "missing" })).toMatchObject({ ok: false, error: "The parent account does not exist." });
    actAs(null);
    expect(await create(validInput)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("updateAccountAction", () => {
  test("saves the change, bumps the version and audits before and after", async () => {
    const account = await createAccount(db, { ownerId: alice.id, name: "Before" });
    const result = await update(editInput(account, { name: "After", annualRevenue: "" }));
    expect(result).toEqual({ ok: true, data: { id: account.id, version: 2 } });
    const saved = await db.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(saved).toMatchObject({ name: "After", annualRevenue: null, version: 2 });
    const [audit] = await audits(account.id);
    expect(audit).toMatchObject({ action: "update", userId: alice.id });
    expect(audit.before).toMatchObject({ name: "Before", version: 1 });
    expect(audit.after).toMatchObject({ name: "After", version: 2 });
  });

  test("refuses a stale version and changes nothing", async () => {
    const account = await createAccount(db, { ownerId: alice.id, name: "Stale" });
    expect((await update(editInput(account, { name: "First" }))).ok).toBe(true);
    const stale = await update(editInput(account, { name: "Second" }));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).name).toBe("First");
    expect(await audits(account.id)).toHaveLength(1);
  });

  test("a manager cannot change someone else's account, but can as a team member", async () => {
    const account = await createAccount(db, { ownerId: bob.id, name: "Bob's" });
    const denied = await update(editInput(account, { name: "Hijacked" }));
    expect(denied).toMatchObject({ ok: false, code: "FORBIDDEN", error: "You can only change accounts you own or are a team member of." });
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).name).toBe("Bob's");
    expect(await audits(account.id)).toHaveLength(0);
    await db.accountTeamMember.create({ data: { accountId: account.id, userId: alice.id, teamRole: "FINANCE" } });
    expect((await update(editInput(account, { name: "Team edit" }))).ok).toBe(true);
  });

  test("refuses a parent that is the account itself or one of its subsidiaries", async () => {
    const group = await createAccount(db, { ownerId: alice.id, name: "Group" });
    const child = await createAccount(db, { ownerId: alice.id, name: "Child", parentId: group.id });
    const grandchild = await createAccount(db, { ownerId: alice.id, name: "Grandchild", parentId: child.id });
    const cycle = "An account cannot be its own parent or the parent of its own group.";
    expect(await update(editInput(group, { name: "Group", parentId: group.id }))).toMatchObject({ ok: false, error: cycle });
    expect(await update(editInput(group, { name: "Group", parentId: grandchild.id }))).toMatchObject({ ok: false, error: cycle });
    expect((await db.account.findUniqueOrThrow({ where: { id: group.id } })).parentId).toBeNull();
    const other = await createAccount(db, { ownerId: alice.id, name: "Other group" });
    expect((await update(editInput(grandchild, { name: "Grandchild", parentId: other.id }))).ok).toBe(true);
  });

  test("validation errors come back per field", async () => {
    const account = await createAccount(db, { ownerId: alice.id });
    const result = await update(editInput(account, { country: "", annualRevenue: "1.234" }));
    expect(!result.ok && result.fieldErrors).toEqual({ country: "This field is required.", annualRevenue: "At most two decimal places." });
  });
});

describe("archive, restore and reassign", () => {
  test("archive and restore flip the flag, keep the row and audit each step", async () => {
    const account = await createAccount(db, { ownerId: alice.id });
    expect(await archiveAccountAction({ id: account.id, version: 1 })).toEqual({ ok: true, data: { id: account.id, version: 2 } });
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).archived).toBe(true);
    expect(await restoreAccountAction({ id: account.id, version: 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await restoreAccountAction({ id: account.id, version: 2 })).ok).toBe(true);
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).archived).toBe(false);
    expect((await audits(account.id)).map((a) => a.action)).toEqual(["archive", "restore"]);
  });

  test("a manager cannot archive someone else's account", async () => {
    const account = await createAccount(db, { ownerId: bob.id });
    expect(await archiveAccountAction({ id: account.id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).archived).toBe(false);
    expect(await archiveAccountAction({ id: "no-such-account", version: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  test("only directors and admins reassign the owner", async () => {
    const account = await createAccount(db, { ownerId: alice.id });
    expect(await reassignOwnerAction({ id: account.id, version: 1, ownerId: bob.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).ownerId).toBe(alice.id);
    actAs(director);
    expect(await reassignOwnerAction({ id: account.id, version: 1, ownerId: "ghost" })).toMatchObject({ ok: false, error: "The owner must be an active user." });
    expect((await reassignOwnerAction({ id: account.id, version: 1, ownerId: bob.id })).ok).toBe(true);
    const saved = await db.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(saved).toMatchObject({ ownerId: bob.id, version: 2 });
    const [audit] = await audits(account.id);
    expect(audit).toMatchObject({ action: "reassign", userId: director.id, before: { ownerId: alice.id }, after: { ownerId: bob.id } });
  });
});

test("searchParentAccountsAction finds accounts by part of the name, leaving out the account itself", async () => {
  const group = await createAccount(db, { ownerId: bob.id, name: "Searchable Holding" });
  const result = await searchParentAccountsAction({ q: "searchable hold" });
  expect(result.ok && result.data.map((a) => a.id)).toEqual([group.id]);
  expect(await searchParentAccountsAction({ q: "searchable", excludeId: group.id })).toEqual({ ok: true, data: [] });
});
