import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { personChoice, PERSON_CHOICES_LIMIT, searchPeople } from "@/lib/users/choices";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const { searchPeopleAction } = await import("@/lib/users/choice-actions");

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let chen: User, chen2: User, percent: User, gone: User, idle: User;

beforeAll(async () => {
  await resetDatabase(db);
  chen = await createUser(db, { name: "Chen Jing", email: "chen.jing@north.test" });
  chen2 = await createUser(db, { name: "Chen Jing", email: "jing.chen@south.test" });
  percent = await createUser(db, { name: "Pat 100% Sure", email: "pat@test.kam" });
  gone = await createUser(db, { name: "Gao Left", email: "gao@test.kam", active: false });
  idle = await createUser(db, { name: "Ida Idle", email: "ida@test.kam" });
  await createAccount(db, { ownerId: chen.id, name: "North Steel" });
  await createAccount(db, { ownerId: chen2.id, name: "South Foods", archived: true });
  await createAccount(db, { ownerId: percent.id, name: "Percent Co" });
  await createAccount(db, { ownerId: gone.id, name: "Left Behind" });
});
afterAll(() => actAs(null));

const names = (rows: { name: string; email: string }[]) => rows.map((row) => `${row.name} <${row.email}>`);

describe("searchPeople", () => {
  it("offers each population by name: owners of live accounts, owners of any account, active users", async () => {
    // A deactivated owner comes by name, without his e-mail address.
    expect(names(await searchPeople(db, { q: "", among: "owners" }))).toEqual(["Chen Jing <chen.jing@north.test>", "Gao Left <>", "Pat 100% Sure <pat@test.kam>"]);
    const chens = [chen, chen2].sort((a, b) => (a.id < b.id ? -1 : 1)).map((u) => u.id);
    expect((await searchPeople(db, { q: "", among: "ownersWithArchived" })).map((p) => p.id)).toEqual([...chens, gone.id, percent.id]);
    const active = await searchPeople(db, { q: "", among: "active" });
    expect(active.map((p) => p.id)).not.toContain(gone.id);
    expect(active.map((p) => p.id)).toContain(idle.id);
  });

  it("matches part of the name or of the e-mail, ignoring case; two people of one name come apart by e-mail", async () => {
    expect(names(await searchPeople(db, { q: "CHEN", among: "ownersWithArchived" }))).toEqual(["Chen Jing <chen.jing@north.test>", "Chen Jing <jing.chen@south.test>"]);
    expect((await searchPeople(db, { q: "south.test", among: "active" })).map((p) => p.id)).toEqual([chen2.id]);
    expect(await searchPeople(db, { q: "nobody", among: "active" })).toEqual([]);
    expect((await searchPeople(db, { q: "gao", among: "owners" })).map((p) => p.id)).toEqual([gone.id]);
    expect(await searchPeople(db, { q: "gao@test", among: "owners" })).toEqual([]);
  });

  it("takes % and _ literally", async () => {
    expect((await searchPeople(db, { q: "100%", among: "owners" })).map((p) => p.id)).toEqual([percent.id]);
    expect(await searchPeople(db, { q: "%", among: "active" })).toHaveLength(1);
    expect(await searchPeople(db, { q: "_", among: "active" })).toEqual([]);
  });

  it(`answers ${PERSON_CHOICES_LIMIT} people at most, the first by name`, async () => {
    await db.$transaction(async (tx) => {
      for (let i = 0; i < PERSON_CHOICES_LIMIT + 3; i++) await tx.user.create({ data: { email: `many${i}@test.kam`, name: `Many ${String(i).padStart(2, "0")}`, role: "MANAGER" } });
      const found = await searchPeople(tx, { q: "many", among: "active" });
      expect(found.map((p) => p.name)).toEqual(Array.from({ length: PERSON_CHOICES_LIMIT }, (_, i) => `Many ${String(i).padStart(2, "0")}`));
      throw new Error("rollback");
    }).catch((error: unknown) => {
      if (!(error instanceof Error) || error.message !== "rollback") throw error;
    });
  });
});

describe("personChoice", () => {
  it("names the person a filter holds, and nothing for a fixed choice or an unknown id", async () => {
    expect(await personChoice(db, chen2.id)).toEqual({ id: chen2.id, name: "Chen Jing", email: "jing.chen@south.test" });
    expect(await personChoice(db, "all")).toBeNull();
    expect(await personChoice(db, undefined)).toBeNull();
  });
});

describe("searchPeopleAction", () => {
  it("answers any signed-in user, refuses without a session, and checks its input", async () => {
    actAs({ id: idle.id, email: idle.email, name: idle.name, role: "MANAGER" });
    expect(await searchPeopleAction({ q: "pat", among: "owners" })).toEqual({ ok: true, data: { people: [{ id: percent.id, name: "Pat 100% Sure", email: "pat@test.kam" }], more: false } });
    const bad = await searchPeopleAction({ q: "x".repeat(101), among: "owners" });
    expect(bad.ok).toBe(false);
    const unknown = await searchPeopleAction({ q: "", among: "everyone" as "owners" });
    expect(unknown.ok).toBe(false);
    actAs(null);
    expect(await searchPeopleAction({ q: "pat", among: "owners" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it(`says more match only when more than ${PERSON_CHOICES_LIMIT} do`, async () => {
    actAs({ id: idle.id, email: idle.email, name: idle.name, role: "MANAGER" });
    const add = (i: number) => db.user.create({ data: { email: `tenth${i}@test.kam`, name: `Tenth ${String(i).padStart(2, "0")}`, role: "MANAGER" } });
    for (let i = 0; i < PERSON_CHOICES_LIMIT; i++) await add(i);
    const exactly = await searchPeopleAction({ q: "tenth", among: "active" });
    expect(exactly.ok && [exactly.data.people.length, exactly.data.more]).toEqual([PERSON_CHOICES_LIMIT, false]);
    await add(PERSON_CHOICES_LIMIT);
    const over = await searchPeopleAction({ q: "tenth", among: "active" });
    expect(over.ok && [over.data.people.length, over.data.more]).toEqual([PERSON_CHOICES_LIMIT, true]);
    await db.user.deleteMany({ where: { email: { startsWith: "tenth" } } });
    actAs(null);
  });
});
