import { beforeAll, describe, expect, it, vi } from "vitest";
import * as accountOne from "@/app/api/v1/accounts/[id]/route";
import * as accounts from "@/app/api/v1/accounts/route";
import * as activityOne from "@/app/api/v1/activities/[id]/route";
import * as activities from "@/app/api/v1/activities/route";
import * as assessmentOne from "@/app/api/v1/assessments/[id]/route";
import * as assessments from "@/app/api/v1/assessments/route";
import * as complaintOne from "@/app/api/v1/complaints/[id]/route";
import * as complaints from "@/app/api/v1/complaints/route";
import * as contactOne from "@/app/api/v1/contacts/[id]/route";
import * as contacts from "@/app/api/v1/contacts/route";
import * as metricsOne from "@/app/api/v1/metrics/[accountId]/route";
import * as metrics from "@/app/api/v1/metrics/route";
import * as orderOne from "@/app/api/v1/orders/[id]/route";
import * as orders from "@/app/api/v1/orders/route";
import * as stages from "@/app/api/v1/stage-transitions/route";
import * as userOne from "@/app/api/v1/users/[id]/route";
import * as users from "@/app/api/v1/users/route";
import { refreshAccountMetrics } from "@/lib/metrics";
import { createAccount, createOrders } from "../factories/accounts";
import { createAssessment, createMatrixModel } from "../factories/assessments";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";
import { call, createKey } from "./api-support";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
type Account = Awaited<ReturnType<typeof createAccount>>;
let managerA: User, managerB: User, director: User;
let accountA: Account, accountB: Account;
let keyA: string, keyB: string, keyDirector: string;

const auditOf = (entityId: string, action: string) => db.auditLog.findFirst({ where: { entityId, action }, orderBy: { at: "desc" } });

beforeAll(async () => {
  await resetDatabase();
  [managerA, managerB] = await Promise.all([createUser(db, { name: "Manager A" }), createUser(db, { name: "Manager B" })]);
  director = await createUser(db, { role: "DIRECTOR" });
  accountA = await createAccount(db, { ownerId: managerA.id, externalRef: "ERP-A" });
  accountB = await createAccount(db, { ownerId: managerB.id, externalRef: "ERP-B" });
  ({ token: keyA } = await createKey(db, managerA.id, { name: "A's key" }));
  ({ token: keyB } = await createKey(db, managerB.id));
  ({ token: keyDirector } = await createKey(db, director.id));
});

describe("accounts", () => {
  it("lists with filters and reads one; an unknown id is 404 problem+json", async () => {
    const all = await call(accounts.GET, "/accounts", { token: keyB });
    expect(all.status).toBe(200);
    expect(all.json.data.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining([accountA.id, accountB.id]));
    const mine = await call(accounts.GET, "/accounts", { token: keyB, query: { ownerId: managerA.id, externalRef: "ERP-A" } });
    expect(mine.json).toEqual({ data: [expect.objectContaining({ id: accountA.id, externalRef: "ERP-A", version: 1 })], nextCursor: null });
    const one = await call(accountOne.GET, `/accounts/${accountB.id}`, { token: keyA, params: { id: accountB.id } });
    expect(one.json).toMatchObject({ id: accountB.id, ownerId: managerB.id, annualRevenue: null, stage: "EXPLORATORY" });
    const missing = await call(accountOne.GET, "/accounts/nope", { token: keyA, params: { id: "nope" } });
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ code: "not_found" });
    const badQuery = await call(accounts.GET, "/accounts", { token: keyA, query: { limit: "5000", stage: "NOPE", archived: "maybe" } });
    expect(badQuery.status).toBe(400);
    expect(badQuery.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["archived", "limit", "stage"]);
  });

  it("creates with the form's rules: a manager's account is his own; field errors name each field", async () => {
    const created = await call(accounts.POST, "/accounts", {
      token: keyA,
      body: { name: "  Api Works  ", industry: "Chemicals", region: "East China", country: "CN", size: "LARGE", lifecyclePhase: "GROWTH", annualRevenue: "1,234,567.50", ownerId: managerB.id, externalRef: "ERP-NEW" },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: "Api Works", ownerId: managerA.id, annualRevenue: "1234567.5", externalRef: "ERP-NEW" });
    const audit = await auditOf(created.json.id, "create");
    expect(audit).toMatchObject({ userId: managerA.id, apiKeyId: expect.any(String) });

    const invalid = await call(accounts.POST, "/accounts", { token: keyA, body: { name: "", size: "HUGE", annualRevenue: "12.345" } });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
    const paths = invalid.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "industry", "size", "annualRevenue", "lifecyclePhase"]));
    expect(invalid.json.errors.find((e: { path: string }) => e.path === "annualRevenue")).toMatchObject({ key: "validation.twoDecimals", message: "At most two decimal places." });

    const taken = await call(accounts.POST, "/accounts", {
      token: keyA, body: { name: "Dup", industry: "x", region: "x", country: "x", size: "SMALL", lifecyclePhase: "GROWTH", externalRef: "ERP-B" },
    });
    expect(taken.status).toBe(409);
    const notJson = await call(accounts.POST, "/accounts", { token: keyA, rawBody: "{ nope" });
    expect(notJson.status).toBe(400);
    expect(notJson.json.detail).toBe("The request body must be JSON.");

    // A client that hangs up mid-body: a clear 400, nothing logged as a server failure, nothing created.
    const before = await db.account.count();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"name": "Half'));
        controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      },
    });
    const request = new Request("http://localhost/api/v1/accounts", {
      method: "POST", headers: { Authorization: `Bearer ${keyA}`, "Content-Type": "application/json" }, body: broken, duplex: "half",
    } as RequestInit);
    // Restoring the spy clears its calls: keep them first.
    let logs: unknown[][] = [];
    const cut = await accounts.POST(request, { params: Promise.resolve({}) }).finally(() => {
      logs = [...logged.mock.calls];
      logged.mockRestore();
    });
    expect(cut.status).toBe(400);
    expect((await cut.json()).detail).toBe("The request body broke off before its end.");
    expect(logs).toEqual([]);
    expect(await db.account.count()).toBe(before);
  });

  it("a director's key names the owner", async () => {
    const created = await call(accounts.POST, "/accounts", {
      token: keyDirector, body: { name: "For B", industry: "x", region: "x", country: "x", size: "SMALL", lifecyclePhase: "GROWTH", ownerId: managerB.id },
    });
    expect(created.json.ownerId).toBe(managerB.id);
  });

  it("patches only the fields sent, bumps the version, audits with the key; a stale version is 409", async () => {
    const patched = await call(accountOne.PATCH, `/accounts/${accountA.id}`, {
      token: keyA, method: "PATCH", params: { id: accountA.id }, body: { strategy: "Grow in the east", version: 1 },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ strategy: "Grow in the east", name: accountA.name, industry: accountA.industry, version: 2 });
    expect(await auditOf(accountA.id, "update")).toMatchObject({ userId: managerA.id, apiKeyId: expect.any(String) });
    const stale = await call(accountOne.PATCH, `/accounts/${accountA.id}`, { token: keyA, method: "PATCH", params: { id: accountA.id }, body: { strategy: "x", version: 1 } });
    expect(stale.status).toBe(409);
    const invalid = await call(accountOne.PATCH, `/accounts/${accountA.id}`, { token: keyA, method: "PATCH", params: { id: accountA.id }, body: { size: "HUGE" } });
    expect(invalid.status).toBe(400);
    expect(invalid.json.errors).toEqual([expect.objectContaining({ path: "size" })]);
  });

  it("record permission: a manager's key cannot change another manager's account", async () => {
    const refused = await call(accountOne.PATCH, `/accounts/${accountB.id}`, { token: keyA, method: "PATCH", params: { id: accountB.id }, body: { strategy: "mine now" } });
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ code: "forbidden", detail: "You can only change accounts you own or are a team member of." });
    expect(await db.account.findUniqueOrThrow({ where: { id: accountB.id } })).toMatchObject({ strategy: null, version: 1 });
    // The same user in the app's team of the account may: the rule is the app's.
    await db.accountTeamMember.create({ data: { accountId: accountB.id, userId: managerA.id, teamRole: "FINANCE" } });
    const allowed = await call(accountOne.PATCH, `/accounts/${accountB.id}`, { token: keyA, method: "PATCH", params: { id: accountB.id }, body: { products: "Pumps" } });
    expect(allowed.status).toBe(200);
    await db.accountTeamMember.deleteMany({ where: { accountId: accountB.id, userId: managerA.id } });
  });
});

describe("contacts, activities and complaints", () => {
  it("contacts: create on an own account, refuse another's, patch, read, list by account", async () => {
    const body = { accountId: accountA.id, name: "Li Wei", function: "PURCHASING", level: "MANAGER", email: "li@example.com" };
    const created = await call(contacts.POST, "/contacts", { token: keyA, body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: "Li Wei", attitude: "NEUTRAL", relationshipStrength: 3, accountId: accountA.id });
    expect(await auditOf(created.json.id, "create")).toMatchObject({ apiKeyId: expect.any(String), userId: managerA.id });
    expect((await call(contacts.POST, "/contacts", { token: keyA, body: { ...body, accountId: accountB.id } })).status).toBe(403);
    expect((await call(contacts.POST, "/contacts", { token: keyA, body: { ...body, accountId: "nope" } })).status).toBe(404);
    const invalid = await call(contacts.POST, "/contacts", { token: keyA, body: { ...body, email: "not-mail", relationshipStrength: 9 } });
    expect(invalid.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["email", "relationshipStrength"]);

    const params = { id: created.json.id };
    const patched = await call(contactOne.PATCH, "", { token: keyA, method: "PATCH", params, body: { attitude: "SUPPORTER" } });
    expect(patched.json).toMatchObject({ attitude: "SUPPORTER", email: "li@example.com", name: "Li Wei" });
    expect((await call(contactOne.PATCH, "", { token: keyB, method: "PATCH", params, body: { attitude: "OPPONENT" } })).status).toBe(403);
    expect((await call(contactOne.GET, "", { token: keyB, params })).json.attitude).toBe("SUPPORTER");
    const listed = await call(contacts.GET, "/contacts", { token: keyB, query: { accountId: accountA.id } });
    expect(listed.json.data.map((c: { id: string }) => c.id)).toEqual([created.json.id]);
  });

  it("activities: logged as the key's user; an unknown contact is refused", async () => {
    const created = await call(activities.POST, "/activities", {
      token: keyA, body: { accountId: accountA.id, type: "CALL", summary: "Quarterly call", occurredAt: "2026-01-05T09:30:00Z", participants: "Anna, Li" },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ userId: managerA.id, participants: ["Anna", "Li"], occurredAt: "2026-01-05T09:30:00.000Z" });
    expect((await call(activityOne.GET, "", { token: keyB, params: { id: created.json.id } })).json.summary).toBe("Quarterly call");
    const badContact = await call(activities.POST, "/activities", { token: keyA, body: { accountId: accountA.id, type: "CALL", summary: "x", contactId: "nope" } });
    expect(badContact.status).toBe(400);
    expect((await call(activities.POST, "/activities", { token: keyA, body: { accountId: accountB.id, type: "CALL", summary: "x" } })).status).toBe(403);
    const listed = await call(activities.GET, "/activities", { token: keyA, query: { userId: managerA.id, type: "CALL" } });
    expect(listed.json.data).toHaveLength(1);
  });

  it("complaints: log, close once, list open ones", async () => {
    const created = await call(complaints.POST, "/complaints", { token: keyA, body: { accountId: accountA.id, severity: "HIGH", summary: "Late delivery" } });
    expect(created.status).toBe(201);
    expect(created.json.closedAt).toBeNull();
    expect((await call(complaints.GET, "/complaints", { token: keyA, query: { open: "true" } })).json.data).toHaveLength(1);
    const params = { id: created.json.id };
    expect((await call(complaintOne.PATCH, "", { token: keyB, method: "PATCH", params, body: { closed: true } })).status).toBe(403);
    const closed = await call(complaintOne.PATCH, "", { token: keyA, method: "PATCH", params, body: { closed: true } });
    expect(closed.json.closedAt).toEqual(expect.any(String));
    expect((await call(complaintOne.PATCH, "", { token: keyA, method: "PATCH", params, body: { closed: true } })).status).toBe(409);
    expect((await call(complaintOne.PATCH, "", { token: keyA, method: "PATCH", params, body: { closed: false } })).status).toBe(400);
    expect((await call(complaintOne.GET, "", { token: keyA, params })).json.closedAt).toBe(closed.json.closedAt);
    expect((await call(complaints.GET, "/complaints", { token: keyA, query: { open: "true" } })).json.data).toHaveLength(0);
  });
});

describe("stage transitions", () => {
  it("apply exactly the board's rules: version check, stage engine, uncoupling reasons", async () => {
    const account = await createAccount(db, { ownerId: managerA.id });
    const moved = await call(stages.POST, "/stage-transitions", { token: keyA, body: { accountId: account.id, version: 1, toStage: "BASIC" } });
    expect(moved.status).toBe(201);
    expect(moved.json).toMatchObject({ stage: "BASIC", version: 2, transition: { fromStage: "EXPLORATORY", toStage: "BASIC", userId: managerA.id } });
    expect(await auditOf(account.id, "stage.move")).toMatchObject({ apiKeyId: expect.any(String) });

    const stale = await call(stages.POST, "/stage-transitions", { token: keyA, body: { accountId: account.id, version: 1, toStage: "COOPERATIVE" } });
    expect(stale.status).toBe(409);
    const same = await call(stages.POST, "/stage-transitions", { token: keyA, body: { accountId: account.id, version: 2, toStage: "BASIC" } });
    expect(same.status).toBe(400);
    expect(same.json).toMatchObject({ code: "invalid", detail: expect.stringMatching(/\S/) });
    const uncouple = await call(stages.POST, "/stage-transitions", { token: keyA, body: { accountId: account.id, version: 2, toStage: "DISINTEGRATING" } });
    expect(uncouple.status).toBe(400);
    expect(uncouple.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["note", "reasons"]);
    const other = await call(stages.POST, "/stage-transitions", { token: keyA, body: { accountId: accountB.id, version: 1, toStage: "BASIC" } });
    expect(other.status).toBe(403);
    expect(await db.account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ stage: "BASIC", version: 2 });

    const listed = await call(stages.GET, "/stage-transitions", { token: keyB, query: { accountId: account.id } });
    expect(listed.json.data).toEqual([moved.json.transition]);
  });
});

describe("read-only resources", () => {
  it("orders, metrics with CLV, assessments and users", async () => {
    await createOrders(db, accountA.id, [
      { date: "2025-06-01", amount: "1000.50", externalRef: "SO-1" },
      { date: "2025-09-01", amount: "2000", externalRef: "SO-2" },
    ]);
    const listed = await call(orders.GET, "/orders", { token: keyB, query: { accountId: accountA.id, orderDateFrom: "2025-07-01" } });
    expect(listed.json.data).toEqual([expect.objectContaining({ externalRef: "SO-2", orderDate: "2025-09-01", amount: "2000", margin: "500" })]);
    const one = await call(orderOne.GET, "", { token: keyB, params: { id: listed.json.data[0].id } });
    expect(one.json.externalRef).toBe("SO-2");

    await refreshAccountMetrics(db, { asOf: new Date("2026-01-01T00:00:00Z") });
    const fit = await db.clvFit.create({
      data: { asOf: new Date("2026-01-01"), unit: "week", basis: "revenue", customers: 2, repeatCustomers: 1, r: 1, alpha: 1, a: 1, b: 1, bgLogLikelihood: -1, bgConverged: true, durationMs: 5 },
    });
    await db.accountClv.create({
      data: { accountId: accountA.id, fitId: fit.id, frequency: 1, recency: 13, T: 30, monetaryValue: "1500", pAlive: 0.8, expectedPurchases12m: 1.5, expectedAverageValue: "1400.25", clv12m: "2100.38", clv36m: "5000" },
    });
    const m = await call(metricsOne.GET, "", { token: keyB, params: { accountId: accountA.id } });
    expect(m.json).toMatchObject({
      accountId: accountA.id, orderCount: 2, revenue12m: "3000.5", lastOrderAt: "2025-09-01",
      risk: { level: expect.any(String) }, clv: { clv12m: "2100.38", pAlive: 0.8, fitId: fit.id },
    });
    const allMetrics = await call(metrics.GET, "/metrics", { token: keyB, query: { limit: "1000" } });
    expect(allMetrics.json.data.find((r: { accountId: string }) => r.accountId === accountB.id)).toMatchObject({ orderCount: 0, clv: null });
    expect((await call(metricsOne.GET, "", { token: keyB, params: { accountId: "nope" } })).status).toBe(404);

    const model = await createMatrixModel(db);
    const assessment = await createAssessment(db, { accountId: accountA.id, modelId: model.id, assessorId: managerA.id, assessedAt: new Date("2025-12-01"), attractiveness: 7.5, strength: 4, quadrant: "QUESTION" });
    const a = await call(assessments.GET, "/assessments", { token: keyB, query: { accountId: accountA.id } });
    expect(a.json.data).toEqual([expect.objectContaining({ id: assessment.id, attractiveness: "7.5", quadrant: "QUESTION", model: expect.objectContaining({ purpose: "MATRIX" }), scores: [] })]);
    expect((await call(assessmentOne.GET, "", { token: keyB, params: { id: assessment.id } })).json.strength).toBe("4");

    const u = await call(users.GET, "/users", { token: keyB, query: { role: "DIRECTOR" } });
    expect(u.json.data).toEqual([expect.objectContaining({ id: director.id, role: "DIRECTOR", active: true })]);
    expect(JSON.stringify(u.json)).not.toMatch(/passwordHash/);
    expect((await call(userOne.GET, "", { token: keyB, params: { id: managerA.id } })).json.name).toBe("Manager A");
  });
});

describe("cursor pagination", () => {
  it("walks every row once in (updatedAt, id) order while other rows are inserted concurrently", async () => {
    const owner = await createUser(db);
    for (let i = 0; i < 23; i++) await createAccount(db, { ownerId: owner.id, industry: "Paging" });
    const before = await db.account.findMany({ where: { industry: "Paging" }, select: { id: true } });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      // Each page races the insert of a new account.
      const [page] = await Promise.all([
        call(accounts.GET, "/accounts", { token: keyB, query: { industry: "Paging", limit: "5", ...(cursor ? { cursor } : {}) } }),
        createAccount(db, { ownerId: owner.id, industry: "Paging" }),
      ]);
      expect(page.status).toBe(200);
      seen.push(...page.json.data.map((a: { id: string }) => a.id));
      cursor = page.json.nextCursor ?? undefined;
      pages++;
      expect(pages).toBeLessThan(50);
    } while (cursor);
    // No row that existed at the start is skipped, and nothing is listed twice.
    expect(new Set(seen).size).toBe(seen.length);
    for (const { id } of before) expect(seen).toContain(id);

    const bad = await call(accounts.GET, "/accounts", { token: keyB, query: { cursor: "garbage" } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual([expect.objectContaining({ path: "cursor" })]);
  });

  it("updatedSince returns what changed since then", async () => {
    const since = new Date();
    const account = await createAccount(db, { ownerId: managerA.id });
    const changed = await call(accounts.GET, "/accounts", { token: keyA, query: { updatedSince: since.toISOString() } });
    expect(changed.json.data.map((a: { id: string }) => a.id)).toEqual([account.id]);
  });
});
