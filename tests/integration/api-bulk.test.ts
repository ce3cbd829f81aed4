import { beforeAll, describe, expect, it } from "vitest";
import * as bulkAccounts from "@/app/api/v1/accounts/bulk/route";
import * as bulkOrders from "@/app/api/v1/orders/bulk/route";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";
import { call, createKey } from "./api-support";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let managerA: User, managerB: User, director: User;
let keyA: string, keyDirector: string, keyAId: string;

beforeAll(async () => {
  await resetDatabase();
  [managerA, managerB] = await Promise.all([createUser(db), createUser(db)]);
  director = await createUser(db, { role: "DIRECTOR" });
  const a = await createKey(db, managerA.id);
  keyA = a.token;
  keyAId = a.key.id;
  ({ token: keyDirector } = await createKey(db, director.id));
});

const snapshot = async (table: "Account" | "Order", where: string) =>
  db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}" WHERE ${where} ORDER BY id`);

describe("POST /accounts/bulk", () => {
  const rows = [
    { externalRef: "C-1", name: "Bulk One", industry: "Chemicals", region: "East China", country: "CN", size: "LARGE", annualRevenue: "1000000" },
    { externalRef: "C-2", name: "Bulk Two", industry: "Retail", region: "South China", country: "CN", size: "SMALL", lifecyclePhase: "GROWTH" },
  ];

  it("creates by external reference, and the same batch again changes nothing (no version bump, no audit row)", async () => {
    const first = await call(bulkAccounts.POST, "/accounts/bulk", { token: keyA, body: { rows } });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(first.json.rows.map((r: { externalRef: string; outcome: string }) => [r.externalRef, r.outcome])).toEqual([["C-1", "created"], ["C-2", "created"]]);
    const created = await db.account.findMany({ where: { externalRef: { in: ["C-1", "C-2"] } }, orderBy: { externalRef: "asc" } });
    expect(created.map((a) => [a.ownerId, a.lifecyclePhase, a.version])).toEqual([[managerA.id, "ACQUISITION", 1], [managerA.id, "GROWTH", 1]]);
    expect(created[0].annualRevenue?.toString()).toBe("1000000");
    expect(await db.auditLog.count({ where: { apiKeyId: keyAId, action: "create", entityType: "Account" } })).toBe(2);

    const before = await snapshot("Account", `"externalRef" IN ('C-1', 'C-2')`);
    const audits = await db.auditLog.count();
    const again = await call(bulkAccounts.POST, "/accounts/bulk", { token: keyA, body: { rows } });
    expect(again.json).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await snapshot("Account", `"externalRef" IN ('C-1', 'C-2')`)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("updates only what differs; a field left out keeps its value, null clears it", async () => {
    const account = await db.account.findUniqueOrThrow({ where: { externalRef: "C-1" } });
    await db.account.update({ where: { id: account.id }, data: { strategy: "Keep me" } });
    const answer = await call(bulkAccounts.POST, "/accounts/bulk", {
      token: keyA, body: { rows: [{ externalRef: "C-1", region: "North China", annualRevenue: null }, { externalRef: "C-2", name: "Bulk Two" }] },
    });
    expect(answer.json).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const after = await db.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(after).toMatchObject({ region: "North China", annualRevenue: null, strategy: "Keep me", name: "Bulk One", version: account.version + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: account.id, action: "update" } });
    expect(audit).toMatchObject({ userId: managerA.id, apiKeyId: keyAId, before: expect.objectContaining({ region: "East China" }), after: expect.objectContaining({ region: "North China" }) });
  });

  it("is all or nothing with per-row reasons in the CSV import's shape; another manager's account is refused per row", async () => {
    const foreign = await createAccount(db, { ownerId: managerB.id, externalRef: "C-B" });
    const countBefore = await db.account.count();
    const answer = await call(bulkAccounts.POST, "/accounts/bulk", {
      token: keyA,
      body: {
        rows: [
          { externalRef: "C-3", name: "Fine", industry: "x", region: "x", country: "x", size: "SMALL" },
          { externalRef: "C-B", name: "Taken over" },
          { externalRef: "C-4", name: "No size", industry: "x", region: "x", country: "x" },
          { externalRef: "C-5", name: "Bad", industry: "x", region: "x", country: "x", size: "HUGE", annualRevenue: "1.234" },
          { externalRef: "C-3", name: "Twice", industry: "x", region: "x", country: "x", size: "SMALL" },
        ],
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(answer.json).toMatchObject({ code: "unprocessable", invalidCount: 4 });
    const byRow = Object.fromEntries(answer.json.invalidRows.map((r: { row: number; reasons: { column: string; key: string }[] }) => [r.row, r.reasons.map((x) => `${x.column}:${x.key}`)]));
    expect(byRow).toEqual({
      1: ["externalRef:api.bulk.accountForbidden"],
      2: ["size:validation.required"],
      3: ["size:csvImport.reason.invalidValue", "annualRevenue:validation.twoDecimals"],
      4: ["externalRef:api.bulk.duplicateRow"],
    });
    expect(answer.json.invalidRows[0].reasons[0].message).toContain(foreign.name);
    expect(await db.account.count()).toBe(countBefore);
    expect((await db.account.findUniqueOrThrow({ where: { id: foreign.id } })).name).toBe(foreign.name);
  });

  it("a director's key sets a new account's owner", async () => {
    const answer = await call(bulkAccounts.POST, "/accounts/bulk", {
      token: keyDirector, body: { rows: [{ externalRef: "C-D", name: "Directed", industry: "x", region: "x", country: "x", size: "SMALL", ownerId: managerB.id }] },
    });
    expect(answer.status).toBe(200);
    expect((await db.account.findUniqueOrThrow({ where: { externalRef: "C-D" } })).ownerId).toBe(managerB.id);
  });

  it("refuses more than 10,000 rows with 413 and a malformed envelope with 400", async () => {
    const tooMany = await call(bulkAccounts.POST, "/accounts/bulk", { token: keyA, body: { rows: Array.from({ length: 10_001 }, (_, i) => ({ externalRef: `X-${i}` })) } });
    expect(tooMany.status).toBe(413);
    expect(tooMany.json).toMatchObject({ code: "too_large" });
    const empty = await call(bulkAccounts.POST, "/accounts/bulk", { token: keyA, body: { rows: [] } });
    expect(empty.status).toBe(400);
    expect(empty.json.errors).toEqual([expect.objectContaining({ path: "rows" })]);
    const notRows = await call(bulkAccounts.POST, "/accounts/bulk", { token: keyA, body: { rows: "nope" } });
    expect(notRows.status).toBe(400);
  });
});

describe("POST /orders/bulk", () => {
  it("upserts by (account, externalRef) naming the account by id or external reference; the same batch twice changes nothing", async () => {
    const own = await createAccount(db, { ownerId: managerA.id, externalRef: "O-A" });
    const other = await createAccount(db, { ownerId: managerA.id });
    const rows = [
      ...Array.from({ length: 300 }, (_, i) => ({ accountExternalRef: "O-A", externalRef: `SO-${i}`, orderDate: "2025-05-01", amount: `${100 + i}.5`, margin: "10", productCategory: "Pumps" })),
      { accountId: other.id, externalRef: "SO-0", orderDate: "2025-06-01", amount: 99, margin: -5, productCategory: "Valves" },
    ];
    const first = await call(bulkOrders.POST, "/orders/bulk", { token: keyA, body: { rows } });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ created: 301, updated: 0, unchanged: 0, accounts: 2 });
    expect(await db.order.count({ where: { accountId: own.id } })).toBe(300);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: own.id, action: "api.upsertOrders" } });
    expect(audit).toMatchObject({ userId: managerA.id, apiKeyId: keyAId, after: { created: 300, updated: 0 } });

    const before = await snapshot("Order", `"accountId" IN ('${own.id}', '${other.id}')`);
    const audits = await db.auditLog.count();
    // The same values written differently ("100.50" for 100.5) are the same order.
    const again = await call(bulkOrders.POST, "/orders/bulk", { token: keyA, body: { rows: rows.map((r, i) => (i === 0 ? { ...r, amount: "100.50" } : r)) } });
    expect(again.json).toEqual({ created: 0, updated: 0, unchanged: 301, accounts: 0 });
    expect(await snapshot("Order", `"accountId" IN ('${own.id}', '${other.id}')`)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);

    const changed = await call(bulkOrders.POST, "/orders/bulk", { token: keyA, body: { rows: [{ ...rows[5], amount: "1" }, { ...rows[0], externalRef: "SO-new" }] } });
    expect(changed.json).toEqual({ created: 1, updated: 1, unchanged: 0, accounts: 1 });
    const updated = await db.order.findFirstOrThrow({ where: { accountId: own.id, externalRef: "SO-5" } });
    expect(updated.amount.toString()).toBe("1");
    expect(updated.updatedAt.getTime()).toBeGreaterThan(updated.createdAt.getTime());
  });

  it("rejects the whole batch with per-row reasons: unknown account, another manager's account, invalid fields, duplicates", async () => {
    const own = await createAccount(db, { ownerId: managerA.id, externalRef: "O-OWN" });
    const foreign = await createAccount(db, { ownerId: managerB.id, externalRef: "O-FOREIGN" });
    const good = { accountExternalRef: "O-OWN", orderDate: "2025-01-02", amount: "10", margin: "1", productCategory: "Pumps" };
    const answer = await call(bulkOrders.POST, "/orders/bulk", {
      token: keyA,
      body: {
        rows: [
          { ...good, externalRef: "R-1" },
          { ...good, externalRef: "R-2", accountExternalRef: "O-FOREIGN" },
          { ...good, externalRef: "R-3", accountExternalRef: "NOPE" },
          { ...good, externalRef: "R-4", orderDate: "2025-02-30", amount: "-3" },
          { ...good, externalRef: "R-1" },
          { externalRef: "R-6", orderDate: "2025-01-02", amount: "1", margin: "1", productCategory: "x" },
        ],
      },
    });
    expect(answer.status).toBe(422);
    const byRow = Object.fromEntries(answer.json.invalidRows.map((r: { row: number; reasons: { column: string; key: string }[] }) => [r.row, r.reasons.map((x) => `${x.column}:${x.key}`)]));
    expect(byRow).toEqual({
      1: ["accountExternalRef:api.bulk.accountForbidden"],
      2: ["accountExternalRef:api.bulk.unknownAccount"],
      3: ["orderDate:validation.date", "amount:csvImport.reason.negativeAmount"],
      4: ["externalRef:api.bulk.duplicateRow"],
      5: ["accountExternalRef:validation.required"],
    });
    expect(await db.order.count({ where: { accountId: { in: [own.id, foreign.id] } } })).toBe(0);

    // The director may write to both.
    const director = await call(bulkOrders.POST, "/orders/bulk", { token: keyDirector, body: { rows: [{ ...good, externalRef: "R-1" }, { ...good, externalRef: "R-2", accountExternalRef: "O-FOREIGN" }] } });
    expect(director.json).toMatchObject({ created: 2, accounts: 2 });
  });

  it("needs the orders:write scope", async () => {
    const { token } = await createKey(db, managerA.id, { scopes: ["orders:read"] });
    expect((await call(bulkOrders.POST, "/orders/bulk", { token, body: { rows: [{}] } })).status).toBe(403);
  });
});
