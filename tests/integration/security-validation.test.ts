import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { toCsv } from "@/lib/csv/write";
import { runCsvImport } from "@/lib/csv-import/run";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const { createAccountAction } = await import("@/lib/accounts/actions");
const { logActivityAction, logComplaintAction } = await import("@/lib/activities/actions");
const { createContactAction } = await import("@/lib/contacts/actions");
const { createPlanAction, addPlanTaskAction } = await import("@/lib/plans/actions");
const { moveAccountStageAction } = await import("@/lib/board/actions");

/**
 * Values Postgres cannot store (NUL, dates out of its range, numbers wider than the column) and impossible dates
 * that JavaScript rolls over are refused at the edge, as field errors with their own message, and nothing is
 * written — never stored rolled over, never a generic "something went wrong" from the database.
 */
const db = testDb();
let manager: SessionUser;
let account: { id: string; name: string; version: number };

const GENERIC = "Something went wrong and nothing was changed. Please try again.";
const invalid = (fieldErrors: Record<string, string>) => ({ ok: false, code: "INVALID", fieldErrors });

beforeAll(async () => {
  await resetDatabase();
  const user = await createUser(db, { role: "MANAGER" });
  manager = { id: user.id, email: user.email, name: user.name, role: user.role };
  account = await createAccount(db, { ownerId: manager.id, name: "Edge 边界 Account" });
});
beforeEach(() => actAs(manager));

describe("server actions", () => {
  const newAccount = { name: "Edge New", industry: "Steel", region: "North", country: "CN", size: "SMALL", lifecyclePhase: "GROWTH" };

  it("annual revenue of 1e16 (wider than Decimal(18, 2)) and a NUL in the name", async () => {
    const result = await createAccountAction({ ...newAccount, name: "Edge\u0000New", annualRevenue: "10000000000000000" } as never);
    expect(result).toMatchObject(
      invalid({ name: "Remove the control characters (such as NUL or line breaks) from this text.", annualRevenue: "At most 16 digits before the decimal point." }),
    );
    expect(await createAccountAction({ ...newAccount, annualRevenue: 1e16 } as never)).toMatchObject(invalid({ annualRevenue: "At most 16 digits before the decimal point." }));
    expect(await db.account.count({ where: { name: { startsWith: "Edge" }, NOT: { id: account.id } } })).toBe(0);
    // The largest value the column holds is taken, exactly.
    const max = await createAccountAction({ ...newAccount, annualRevenue: "9999999999999999.99" } as never);
    expect(max.ok).toBe(true);
    expect((await db.account.findFirstOrThrow({ where: { name: "Edge New" } })).annualRevenue?.toString()).toBe("9999999999999999.99");
  });

  it("an activity on 2024-02-30 is refused, not stored on 1 March; years 275760 and before 4713 BC too", async () => {
    for (const occurredAt of ["2024-02-30T10:00:00.000Z", "+275760-09-13T00:00:00.000Z", "-004714-01-01T00:00:00.000Z"]) {
      const result = await logActivityAction({ accountId: account.id, type: "CALL", summary: "Call", occurredAt } as never);
      expect([occurredAt, result]).toMatchObject([occurredAt, invalid({ occurredAt: "Enter a valid date." })]);
    }
    const far = await logActivityAction({ accountId: account.id, type: "CALL", summary: "Call", occurredAt: "9999-12-31T10:00:00.000Z" } as never);
    expect(far).toMatchObject(invalid({ occurredAt: "Enter a date between 1900 and 2100." }));
    expect(await db.activity.count({ where: { accountId: account.id } })).toBe(0);
    // Line breaks and tabs stay allowed in a multi-line summary.
    expect((await logActivityAction({ accountId: account.id, type: "CALL", summary: "Agenda:\n\t- prices", occurredAt: "2024-02-29T10:00:00.000Z" } as never)).ok).toBe(true);
  });

  it("a complaint in 9999 and a plan task due in 9999 or on 2023-02-29", async () => {
    expect(await logComplaintAction({ accountId: account.id, severity: "LOW", summary: "Late", openedAt: "9999-12-31T12:00:00Z" } as never)).toMatchObject(
      invalid({ openedAt: "Enter a date between 1900 and 2100." }),
    );
    expect(await db.complaint.count({ where: { accountId: account.id } })).toBe(0);
    const plan = await createPlanAction({ accountId: account.id, title: "Plan", objectives: ["Grow"] });
    if (!plan.ok) throw new Error(plan.error);
    const objective = await db.planObjective.findFirstOrThrow({ where: { planId: plan.data.id } });
    const task = (dueDate: string) => addPlanTaskAction({ accountId: account.id, objectiveId: objective.id, task: { title: "Visit", dueDate } } as never);
    expect(await task("9999-12-31")).toMatchObject(invalid({ "task.dueDate": "Enter a date between 1900 and 2100." }));
    expect(await task("2023-02-29")).toMatchObject(invalid({ "task.dueDate": "Enter a valid date." }));
    expect(await db.planTask.count({ where: { objectiveId: objective.id } })).toBe(0);
  });

  it("NUL bytes in a contact and in a stage note are field errors, not database errors", async () => {
    const contact = await createContactAction({ accountId: account.id, contact: { name: "Li\u0000Wei", function: "PURCHASING", level: "MANAGER" } } as never);
    expect(contact).toMatchObject(invalid({ "contact.name": "Remove the control characters (such as NUL or line breaks) from this text." }));
    expect(contact).not.toMatchObject({ error: GENERIC });
    const move = await moveAccountStageAction({ accountId: account.id, version: account.version, toStage: "BASIC", note: "why\u0000" } as never);
    expect(move).toMatchObject(invalid({ note: "Remove the control characters (such as NUL or line breaks) from this text." }));
    expect(await db.contact.count({ where: { accountId: account.id } })).toBe(0);
    expect(await db.stageTransition.count({ where: { accountId: account.id } })).toBe(0);
  });
});

describe("the CSV import checks every cell the same way", () => {
  it("NUL, impossible dates, far years and over-wide amounts are per-row reasons; the valid row is written", async () => {
    const header = ["account", "orderDate", "amount", "margin", "productCategory", "externalRef"];
    const file = toCsv([
      header,
      [account.name, "2024-02-30", "10", "1", "Valves", "E-1"],
      [account.name, "9999-12-31", "10", "1", "Valves", "E-2"],
      [account.name, "2025-01-01", "10000000000000000", "1", "Valves", "E-3"],
      [account.name, "2025-01-01", "10", "1", "Val\u0000ves", "E-4"],
      [account.name, "2025-01-01", "10", "1", "Valves", "E-5\u0007"],
      [account.name, "2025-01-01", "10", "1", "Valves", "E-6"],
    ]);
    const run = await runCsvImport(db, manager, { kind: "orders", text: file, commit: true, onlyValid: true });
    expect(run.report.invalidRows.map((r) => [r.row, r.reasons.map((x) => [x.column, x.key, x.values])])).toEqual([
      [2, [["orderDate", "validation.date", {}]]],
      [3, [["orderDate", "validation.dateRange", { min: 1900, max: 2100 }]]],
      [4, [["amount", "validation.tooManyDigits", { max: 12 }]]],
      [5, [["productCategory", "validation.controlCharacters", {}]]],
      [6, [["externalRef", "validation.controlCharacters", {}]]],
    ]);
    expect(run.outcome?.created).toBe(1);
    expect(await db.order.findMany({ where: { accountId: account.id }, select: { externalRef: true } })).toEqual([{ externalRef: "E-6" }]);
  });
});
