import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import { GET as exportCsv } from "@/app/(app)/admin/audit/export/route";
import { changedFields, changesText } from "@/lib/audit-log/diff";
import { auditFilterOptions, listAudit } from "@/lib/audit-log/queries";
import { ZAuditQuery } from "@/lib/audit-log/schemas";
import { parseCsv } from "@/lib/csv/parse";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let admin: User, manager: User;

const entry = (userId: string | null, at: string, entityType: string, action: string, before: unknown = null, after: unknown = null, entityId = `${entityType.toLowerCase()}-1`) =>
  db.auditLog.create({ data: { userId, at: new Date(at), entityType, entityId, action, before: before ?? undefined, after: after ?? undefined } });

const query = (params: Record<string, string>) => ZAuditQuery.parse(params);
const actions = async (params: Record<string, string>) => (await listAudit(db, query(params))).rows.map((r) => r.action);

beforeAll(async () => {
  await resetDatabase();
  admin = await createUser(db, { role: "ADMIN", name: "Ada" });
  manager = await createUser(db, { role: "MANAGER", name: "Mia" });
  await entry(admin.id, "2025-03-01T23:59:59Z", "User", "role.change", { role: "MANAGER" }, { role: "DIRECTOR" });
  await entry(admin.id, "2025-03-02T00:00:00Z", "SalesTeam", "create", null, { name: "East", leader: null, members: ["Ann", "Ben"] });
  await entry(manager.id, "2025-03-02T12:00:00Z", "Account", "update", { name: "Acme", version: 1, strategy: null }, { name: "=HYPERLINK(\"x\")", version: 2, strategy: null });
  // An id as a spreadsheet would run it: the export must defuse it.
  await entry(manager.id, "2025-03-03T00:00:00Z", "Account", "archive", { archived: false }, { archived: true }, "@SUM(1+1)");
  await entry(null, "2025-03-04T08:00:00Z", "Account", "metrics.refresh");
});

afterAll(() => actAs(null));

describe("the audit log", () => {
  it("lists newest first and filters by user, entity type, action and UTC day range (both days included)", async () => {
    expect(await actions({})).toEqual(["metrics.refresh", "archive", "update", "create", "role.change"]);
    expect(await actions({ user: manager.id })).toEqual(["archive", "update"]);
    expect(await actions({ entity: "Account" })).toEqual(["metrics.refresh", "archive", "update"]);
    expect(await actions({ action: "create" })).toEqual(["create"]);
    expect(await actions({ from: "2025-03-02", to: "2025-03-02" })).toEqual(["update", "create"]);
    expect(await actions({ to: "2025-03-01" })).toEqual(["role.change"]);
    expect(await actions({ from: "2025-03-03" })).toEqual(["metrics.refresh", "archive"]);
    expect(await actions({ user: admin.id, entity: "SalesTeam", from: "2025-03-01", to: "2025-03-31" })).toEqual(["create"]);
    // A malformed or impossible day is ignored, never an error.
    expect(query({ from: "2025-02-30", to: "yesterday" })).toMatchObject({ from: undefined, to: undefined });
    const first = await listAudit(db, query({}));
    expect(first).toMatchObject({ total: 5, page: 1 });
    expect(first.rows[2]).toMatchObject({ userName: "Mia", userEmail: manager.email, entityType: "Account", entityId: "account-1" });
    expect(await listAudit(db, query({ page: "2" }))).toMatchObject({ rows: [], total: 5, page: 2 });
  });

  it("offers the people, entity types and actions that occur", async () => {
    expect(await auditFilterOptions(db)).toEqual({
      users: [{ id: admin.id, name: "Ada" }, { id: manager.id, name: "Mia" }],
      entityTypes: ["Account", "SalesTeam", "User"],
      actions: ["archive", "create", "metrics.refresh", "role.change", "update"],
    });
  });

  it("shows only the fields that changed, old → new", () => {
    expect(changedFields({ name: "Acme", version: 1, strategy: null, tags: ["a"] }, { name: "Acme Ltd", version: 2, strategy: null, tags: ["a"] })).toEqual([
      { field: "name", before: "Acme", after: "Acme Ltd" },
      { field: "version", before: "1", after: "2" },
    ]);
    expect(changedFields(null, { name: "East", members: ["Ann", "Ben"] })).toEqual([
      { field: "name", before: null, after: "East" },
      { field: "members", before: null, after: "Ann, Ben" },
    ]);
    expect(changedFields({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } })).toEqual([]);
    expect(changesText(changedFields({ role: "MANAGER" }, { role: "DIRECTOR" }))).toBe("role: MANAGER → DIRECTOR");
  });

  it("exports the filtered log as CSV for admins, formulas guarded; anyone else gets 403", async () => {
    const request = (qs: string) => new Request(`http://kam.test/admin/audit/export?${qs}`, { headers: { host: "kam.test" } });
    actAs(manager);
    expect((await exportCsv(request(""))).status).toBe(403);
    actAs(admin);
    const response = await exportCsv(request(`user=${manager.id}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The byte order mark lets Excel read the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows[0]).toEqual(["at", "userEmail", "userName", "entityType", "entityId", "action", "changes", "before", "after"]);
    expect(rows.slice(1).map((r) => [r[0], r[5]])).toEqual([
      ["2025-03-03T00:00:00.000Z", "archive"],
      ["2025-03-02T12:00:00.000Z", "update"],
    ]);
    const update = rows[2];
    expect(update[6]).toBe("name: Acme → =HYPERLINK(\"x\"); version: 1 → 2");
    expect(JSON.parse(update[8])).toMatchObject({ name: "=HYPERLINK(\"x\")" });
    expect(rows[1][4]).toBe("'@SUM(1+1)");
    expect(rows.every((row) => row.every((cell) => !/^[=+@]/.test(cell)))).toBe(true);
  });
});
