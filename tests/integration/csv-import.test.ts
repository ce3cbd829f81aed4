import { DAY_MS } from "@/lib/dates";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { parseCsv } from "@/lib/csv/parse";
import { toCsv } from "@/lib/csv/write";
import { exportAccountContacts, exportAccountOrders } from "@/lib/csv-import/export";
import { runCsvImport, type ImportRequest } from "@/lib/csv-import/run";
import { GET as exportOrdersRoute } from "@/app/(app)/accounts/[id]/export/orders/route";
import { POST as uploadRoute } from "@/app/(app)/accounts/import/upload/route";
import type { ImportEvent, ImportReport } from "@/lib/csv-import/report";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { createAccount, createOrders } from "../factories/accounts";
import { actAs } from "../support/action-mocks";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const db = testDb();
type Account = Awaited<ReturnType<typeof createAccount>>;
let director: SessionUser;
let manager: SessionUser;
let mine: Account;
let other: Account;

const asUser = (u: { id: string; email: string; name: string; role: SessionUser["role"] }): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });
const run = (user: SessionUser, request: Omit<ImportRequest, "commit"> & { commit?: boolean }) => runCsvImport(db, user, { commit: false, ...request });
const ordersOf = (accountId: string) => db.order.count({ where: { accountId } });
const MINE = "Huadong Precision 华东精密";
const header = ["account", "orderDate", "amount", "margin", "productCategory", "externalRef"];

beforeAll(async () => {
  await resetDatabase();
  director = asUser(await createUser(db, { role: "DIRECTOR" }));
  manager = asUser(await createUser(db, { role: "MANAGER" }));
  mine = await createAccount(db, { ownerId: manager.id, name: MINE });
  other = await createAccount(db, { ownerId: director.id, name: "Nordic Pumps AB" });
});

describe("orders import", () => {
  const badFile = toCsv([
    header,
    [MINE, "2025-01-15", "1200.50", "300", "Valves", "BAD-1"],
    ["No Such Account", "2025-01-16", "100", "20", "Valves", "BAD-2"],
    [MINE, "15/01/2025", "100", "20", "Valves", "BAD-3"],
    [MINE, "2025-01-17", "-5", "20", "Valves", "BAD-4"],
    [MINE, "2025-01-18", "100", "20", "Valves", "BAD-1"],
    [MINE, "2025-01-19", "100", "20", "Valves", ""],
  ]);

  it("reports every bad row with its number and reason, and a commit writes nothing", async () => {
    const preview = await run(manager, { kind: "orders", text: badFile });
    expect(preview.report.totalRows).toBe(6);
    expect(preview.report.writableRows).toBe(1);
    expect(preview.report.invalidRows.map((r) => [r.row, r.reasons.map((x) => x.key)])).toEqual([
      [3, ["csvImport.reason.unknownAccount"]],
      [4, ["validation.date"]],
      [5, ["csvImport.reason.negativeAmount"]],
      [6, ["csvImport.reason.duplicateInFile"]],
      [7, ["validation.required"]],
    ]);
    expect(preview.report.invalidRows[0].reasons[0]).toMatchObject({ column: "account", values: { value: "No Such Account" } });

    const commit = await run(manager, { kind: "orders", text: badFile, commit: true });
    expect(commit.committed).toBe(false);
    expect(await ordersOf(mine.id)).toBe(0);
  });

  it("imports only the valid rows when asked to", async () => {
    const commit = await run(manager, { kind: "orders", text: badFile, commit: true, onlyValid: true });
    expect(commit).toMatchObject({ committed: true, outcome: { created: 1, updated: 0 } });
    const orders = await db.order.findMany({ where: { accountId: mine.id } });
    expect(orders.map((o) => [o.externalRef, o.amount.toString(), o.orderDate.toISOString().slice(0, 10)])).toEqual([["BAD-1", "1200.5", "2025-01-15"]]);
    expect(await db.accountMetrics.findUnique({ where: { accountId: mine.id } })).not.toBeNull();
  });

  it("is idempotent: re-importing the same file skips the orders already there", async () => {
    const file = toCsv([header, ...Array.from({ length: 20 }, (_, i) => [mine.name, "2025-02-01", String(100 + i), "10", "Pumps", `RE-${i}`])]);
    expect((await run(manager, { kind: "orders", text: file, commit: true })).outcome?.created).toBe(20);
    const before = await ordersOf(mine.id);
    const again = await run(manager, { kind: "orders", text: file, commit: true });
    expect(again.report).toMatchObject({ invalidCount: 0, unchangedRows: 20, writableRows: 0 });
    expect(again.outcome).toEqual({ created: 0, updated: 0, unchanged: 20 });
    expect(await ordersOf(mine.id)).toBe(before);
  });

  it("rejects a reference that exists with different values", async () => {
    const file = toCsv([header, [mine.name, "2025-02-01", "999", "10", "Pumps", "RE-0"]]);
    const preview = await run(manager, { kind: "orders", text: file });
    expect(preview.report.invalidRows).toEqual([{ row: 2, reasons: [expect.objectContaining({ key: "csvImport.reason.refTaken" })] }]);
  });

  it("rejects a manager's rows for someone else's account and accepts them from a director", async () => {
    const file = toCsv([header, [other.name, "2025-03-01", "50", "5", "Pumps", "X-1"]]);
    const denied = await run(manager, { kind: "orders", text: file, commit: true });
    expect(denied.committed).toBe(false);
    expect(denied.report.invalidRows[0].reasons[0].key).toBe("csvImport.reason.accountForbidden");
    expect(await ordersOf(other.id)).toBe(0);
    expect((await run(director, { kind: "orders", text: file, commit: true })).outcome?.created).toBe(1);
  });

  it("reads Excel's semicolon files with decimal commas, a BOM, CRLF and Chinese headers", async () => {
    const text = `\uFEFF客户;订单日期;金额;毛利;产品类别;订单号\r\n${mine.name};2025/3/5;1.234,56;-12,5;阀门;ZH-1\r\n`;
    const result = await run(manager, { kind: "orders", text, commit: true });
    expect(result.report.mapped.map((m) => m.key)).toEqual(["account", "orderDate", "amount", "margin", "productCategory", "externalRef"]);
    expect(result.outcome?.created).toBe(1);
    const order = await db.order.findFirstOrThrow({ where: { accountId: mine.id, externalRef: "ZH-1" } });
    expect([order.amount.toString(), order.margin.toString(), order.orderDate.toISOString().slice(0, 10)]).toEqual(["1234.56", "-12.5", "2025-03-05"]);
  });

  it("refuses a file without a required column", async () => {
    const result = await run(manager, { kind: "orders", text: "account,amount\nx,1\n" });
    expect(result.report.fileError).toMatchObject({ key: "csvImport.fileError.missingColumns" });
    expect(result.report.missing).toEqual(["orderDate", "margin", "productCategory", "externalRef"]);
  });

  it("round-trips: an account's exported orders import back unchanged, and into an empty account in full", async () => {
    const source = await createAccount(db, { ownerId: manager.id });
    await createOrders(db, source.id, [
      { date: "2024-12-31", amount: "10.10", margin: "-1.05", externalRef: "=SUM(A1)" },
      { date: "2025-01-01", amount: 2500, externalRef: "ERP 7, \"quoted\"" },
    ]);
    const exported = (await exportAccountOrders(db, source.id))!;
    expect(exported.csv.startsWith("\uFEFFaccountId,account,orderDate,amount,margin,productCategory,externalRef\r\n")).toBe(true);
    const same = await run(manager, { kind: "orders", text: exported.csv, commit: true });
    expect(same.report).toMatchObject({ invalidCount: 0, unchangedRows: 2, writableRows: 0 });

    await db.order.deleteMany({ where: { accountId: source.id } });
    const back = await run(manager, { kind: "orders", text: exported.csv, commit: true });
    expect(back.outcome?.created).toBe(2);
    expect((await exportAccountOrders(db, source.id))!.csv).toBe(exported.csv);
    expect(await db.order.findFirst({ where: { accountId: source.id, externalRef: "=SUM(A1)" } })).not.toBeNull();
  });
});

describe("contacts import", () => {
  const contactHeader = ["account", "name", "title", "function", "level", "buyingRole", "personalityType", "attitude", "email"];

  it("reports bad rows (unknown enum, missing name, foreign account) and writes nothing", async () => {
    const file = toCsv([
      contactHeader,
      [mine.name, "Li Wei", "Purchasing Manager", "PURCHASING", "MANAGER", "PURCHASER", "ANALYTICAL", "SUPPORTER", "li.wei@example.cn"],
      [mine.name, "", "CFO", "FINANCE", "DIRECTOR", "", "", "", ""],
      [mine.name, "Anna", "Buyer", "PURCHASING", "Boss", "", "", "", ""],
      [other.name, "Erik", "CEO", "MANAGEMENT", "BOARD", "", "", "", ""],
    ]);
    const result = await run(manager, { kind: "contacts", text: file, commit: true });
    expect(result.committed).toBe(false);
    expect(result.report.invalidRows.map((r) => [r.row, r.reasons.map((x) => x.key)])).toEqual([
      [3, ["validation.required"]],
      [4, ["csvImport.reason.invalidValue"]],
      [5, ["csvImport.reason.accountForbidden"]],
    ]);
    expect(await db.contact.count({ where: { accountId: mine.id } })).toBe(0);
  });

  it("accepts English and Chinese labels for the enumerations", async () => {
    const file = toCsv([contactHeader, [mine.name, "王芳", "财务总监", "财务", "总监", "Influencer", "稳健型", "中立", ""]]);
    const result = await run(manager, { kind: "contacts", text: file, commit: true });
    expect(result.outcome?.created).toBe(1);
    const contact = await db.contact.findFirstOrThrow({ where: { accountId: mine.id, name: "王芳" } });
    expect([contact.function, contact.level, contact.buyingRole, contact.personalityType, contact.attitude]).toEqual(["FINANCE", "DIRECTOR", "INFLUENCER", "STEADY", "NEUTRAL"]);
  });

  it("round-trips: the export imports back without duplicates, and an edited export updates the contact", async () => {
    await db.contact.create({
      data: { accountId: mine.id, name: "Zhang Min", title: "Plant Manager", function: "OPERATIONS", level: "MANAGER", explicitNeeds: "Shorter lead times,\n\"on time\"", email: "zhang@example.cn" },
    });
    const exported = (await exportAccountContacts(db, mine.id))!;
    const same = await run(manager, { kind: "contacts", text: exported.csv, commit: true });
    expect(same.report).toMatchObject({ invalidCount: 0, writableRows: 0, unchangedRows: 2 });

    const rows = parseCsv(exported.csv);
    const titleCol = rows[0].indexOf("title");
    const edited = rows.map((r, i) => (i > 0 && r[rows[0].indexOf("name")] === "Zhang Min" ? r.map((v, j) => (j === titleCol ? "Plant Director" : v)) : r));
    const update = await run(manager, { kind: "contacts", text: toCsv(edited), commit: true });
    expect(update.outcome).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect((await db.contact.findFirstOrThrow({ where: { accountId: mine.id, name: "Zhang Min" } })).title).toBe("Plant Director");

    const empty = await createAccount(db, { ownerId: manager.id });
    const moved = toCsv(edited.map((r, i) => (i === 0 ? r : r.map((v, j) => (j === 0 ? "" : j === 1 ? empty.id : v)))));
    const copy = await run(manager, { kind: "contacts", text: moved, commit: true });
    expect(copy.outcome?.created).toBe(2);
    const copied = await db.contact.findFirstOrThrow({ where: { accountId: empty.id, name: "Zhang Min" } });
    expect(copied.explicitNeeds).toBe("Shorter lead times,\n\"on time\"");
  });
});

describe("accounts import", () => {
  const accountHeader = ["name", "industry", "region", "country", "size", "annualRevenue", "ownerEmail", "parentName", "isKeyAccount", "stage"];
  const reasonsOf = (report: ImportReport) => report.invalidRows.map((r) => [r.row, r.reasons.map((x) => [x.column, x.key])]);
  /** Each reason as the preview shows it, in both languages: never the bare key. */
  const shown = (report: ImportReport) =>
    (["en", "zh"] as const).map((locale) => report.invalidRows.flatMap((r) => r.reasons.map((x) => createTranslator(MESSAGES[locale])(x.key, x.values))));

  it("a manager's new accounts are his; existing names are skipped; parents may be in the same file", async () => {
    const file = toCsv([
      accountHeader,
      ["Group HQ 集团", "Chemicals", "East China", "China", "LARGE", "1,000,000", manager.email.toUpperCase(), "", "false", "COOPERATIVE"],
      ["Group Plant", "Chemicals", "East China", "China", "MEDIUM", "", "", "Group HQ 集团", "否", ""],
      [mine.name, "Chemicals", "East China", "China", "LARGE", "", director.email, "", "true", "INTEGRATED"],
    ]);
    const result = await run(manager, { kind: "accounts", text: file, commit: true });
    expect(result.outcome).toEqual({ created: 2, updated: 0, unchanged: 1 });
    const hq = await db.account.findFirstOrThrow({ where: { name: "Group HQ 集团" } });
    const plant = await db.account.findFirstOrThrow({ where: { name: "Group Plant" } });
    expect([hq.ownerId, hq.isKeyAccount, hq.stage, hq.annualRevenue?.toString()]).toEqual([manager.id, false, "COOPERATIVE", "1000000"]);
    expect([plant.parentId, plant.isKeyAccount, plant.stage]).toEqual([hq.id, false, "EXPLORATORY"]);
  });

  it("refuses per row what the manager's role cannot set in the UI: key accounts and another owner", async () => {
    const file = toCsv([
      accountHeader,
      ["Mgr Key", "Retail", "North", "China", "SMALL", "", "", "", "true", ""],
      ["Mgr Foreign Owner", "Retail", "North", "China", "SMALL", "", director.email, "", "", ""],
      ["Mgr Fine", "Retail", "North", "China", "SMALL", "", "", "", "false", "BASIC"],
    ]);
    const preview = await run(manager, { kind: "accounts", text: file });
    expect(reasonsOf(preview.report)).toEqual([
      [2, [["isKeyAccount", "csvImport.reason.keyAccountRole"]]],
      [3, [["ownerEmail", "csvImport.reason.ownOwnerOnly"]]],
    ]);
    const [en, zh] = shown(preview.report);
    expect(en).toEqual([expect.stringContaining("Only directors and administrators"), expect.stringContaining(director.email)]);
    expect(zh).toEqual([expect.stringContaining("只有总监和管理员"), expect.stringContaining(director.email)]);

    const commit = await run(manager, { kind: "accounts", text: file, commit: true, onlyValid: true });
    expect(commit.outcome?.created).toBe(1);
    expect(await db.account.count({ where: { name: { in: ["Mgr Key", "Mgr Foreign Owner"] } } })).toBe(0);
    expect(await db.account.findFirstOrThrow({ where: { name: "Mgr Fine" } })).toMatchObject({ isKeyAccount: false, stage: "BASIC", ownerId: manager.id });
  });

  it("a stage is a board move: engine rules, reasons and a note for uncoupling, a StageTransition and audit rows", async () => {
    const header = [...accountHeader, "uncouplingReasons", "stageNote"];
    const file = toCsv([
      header,
      ["Stage Key Coop", "Retail", "North", "China", "SMALL", "", "", "", "true", "Cooperative", "", "Met the board"],
      ["Stage Split Bad", "Retail", "North", "China", "SMALL", "", "", "", "", "DISINTEGRATING", "", ""],
      ["Stage Split Typo", "Retail", "North", "China", "SMALL", "", "", "", "", "DISINTEGRATING", "Bad luck", "Gone"],
      ["Stage Split", "Retail", "North", "China", "SMALL", "", "", "", "", "间断阶段", "LACK_OF_TRUST; 质量问题", "Lost the tender\nafter the recall"],
      ["Stage Start", "Retail", "North", "China", "SMALL", "", "", "", "", "", "", ""],
    ]);
    const preview = await run(director, { kind: "accounts", text: file });
    expect(reasonsOf(preview.report)).toEqual([
      [3, [["uncouplingReasons", "board.refusal.REASON_REQUIRED"], ["stageNote", "csvImport.reason.uncouplingNote"]]],
      [4, [["uncouplingReasons", "csvImport.reason.invalidValue"]]],
    ]);
    const [en, zh] = shown(preview.report);
    expect(en.slice(0, 2)).toEqual(["Record at least one reason for uncoupling.", "Moving an account to uncoupling needs a note, as on the board."]);
    expect(zh.slice(0, 2)).toEqual(["请至少记录一项关系间断的原因。", "将客户移至关系间断阶段需要填写说明，与看板上相同。"]);

    const commit = await run(director, { kind: "accounts", text: file, commit: true, onlyValid: true });
    expect(commit.outcome?.created).toBe(3);
    const coop = await db.account.findFirstOrThrow({ where: { name: "Stage Key Coop" }, include: { stageTransitions: true } });
    expect(coop).toMatchObject({ isKeyAccount: true, stage: "COOPERATIVE", version: 3 });
    expect(coop.stageTransitions).toEqual([expect.objectContaining({ fromStage: "EXPLORATORY", toStage: "COOPERATIVE", reasons: [], note: "Met the board", userId: director.id })]);
    const coopAudit = await db.auditLog.findMany({ where: { entityType: "Account", entityId: coop.id }, orderBy: { at: "asc" } });
    expect(coopAudit.map((a) => a.action)).toEqual(["import", "keyAccount.confirm", "stage.move"]);
    expect(coopAudit[2].after).toMatchObject({ stage: "COOPERATIVE", transitionId: coop.stageTransitions[0].id });

    const split = await db.account.findFirstOrThrow({ where: { name: "Stage Split" }, include: { stageTransitions: true } });
    expect(split).toMatchObject({ stage: "DISINTEGRATING", isKeyAccount: false, version: 2 });
    expect(split.stageTransitions).toEqual([
      expect.objectContaining({ toStage: "DISINTEGRATING", reasons: ["LACK_OF_TRUST", "QUALITY_PROBLEMS"], note: "Lost the tender\nafter the recall" }),
    ]);
    const start = await db.account.findFirstOrThrow({ where: { name: "Stage Start" }, include: { stageTransitions: true } });
    expect([start.stage, start.version, start.stageTransitions]).toEqual(["EXPLORATORY", 1, []]);
    expect(await db.account.count({ where: { name: { in: ["Stage Split Bad", "Stage Split Typo"] } } })).toBe(0);
  });

  it("directors set the owner by e-mail; an unknown e-mail or size is an invalid row", async () => {
    const file = toCsv([
      accountHeader,
      ["Owned By Manager", "Retail", "North", "China", "SMALL", "", manager.email, "", "", ""],
      ["Bad Owner", "Retail", "North", "China", "SMALL", "", "nobody@nowhere.kam", "", "", ""],
      ["Bad Size", "Retail", "North", "China", "HUGE", "", "", "", "", ""],
    ]);
    const preview = await run(director, { kind: "accounts", text: file });
    expect(preview.report.invalidRows.map((r) => [r.row, r.reasons.map((x) => x.key)])).toEqual([
      [3, ["csvImport.reason.unknownUser"]],
      [4, ["csvImport.reason.invalidValue"]],
    ]);
    await run(director, { kind: "accounts", text: file, commit: true, onlyValid: true });
    expect((await db.account.findFirstOrThrow({ where: { name: "Owned By Manager" } })).ownerId).toBe(manager.id);
    expect(await db.account.count({ where: { name: { in: ["Bad Owner", "Bad Size"] } } })).toBe(0);
  });
});

describe("the route handlers", () => {
  const upload = (query: string, body: string | Uint8Array<ArrayBuffer>, origin?: string) =>
    uploadRoute(new Request(`http://localhost/accounts/import/upload?${query}`, { method: "POST", body, headers: { host: "localhost", ...(origin ? { origin } : {}) } }));
  const events = async (response: Response) => (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as ImportEvent);

  it("upload: streams the check's progress and report, and commits on request", async () => {
    actAs(manager);
    const file = toCsv([header, [MINE, "2025-04-01", "10", "1", "Valves", "ROUTE-1"]], { bom: true });
    const checked = await events(await upload("kind=orders&mode=check", file));
    expect(checked.map((e) => e.type)).toEqual(["progress", "report"]);
    expect(checked.at(-1)).toMatchObject({ type: "report", committed: false, report: { writableRows: 1 } });
    const committed = await events(await upload("kind=orders&mode=commit", file, "http://localhost"));
    expect(committed.at(-1)).toMatchObject({ type: "report", committed: true, outcome: { created: 1 } });
  });

  it("upload: refuses no session, a foreign origin, an unknown kind, and a file that is not UTF-8", async () => {
    actAs(null);
    expect((await upload("kind=orders&mode=check", "x")).status).toBe(401);
    actAs(manager);
    expect((await upload("kind=orders&mode=check", "x", "https://evil.example")).status).toBe(403);
    expect((await upload("kind=users&mode=check", "x")).status).toBe(400);
    const latin1 = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
    const [report] = await events(await upload("kind=contacts&mode=check", latin1));
    expect(report).toMatchObject({ type: "report", report: { fileError: { key: "csvImport.fileError.notUtf8" } } });
  });

  it("export: needs a session and sends a UTF-8 CSV download with BOM", async () => {
    const params = Promise.resolve({ id: mine.id });
    actAs(null);
    expect((await exportOrdersRoute(new Request("http://localhost"), { params })).status).toBe(401);
    actAs(manager);
    const response = await exportOrdersRoute(new Request("http://localhost"), { params });
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''Huadong-Precision-%E5%8D%8E%E4%B8%9C%E7%B2%BE%E5%AF%86-orders.csv");
    expect(new Uint8Array(await response.clone().arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect((await exportOrdersRoute(new Request("http://localhost"), { params: Promise.resolve({ id: "missing" }) })).status).toBe(404);
  });
});

describe("100,000 order rows", () => {
  it("imports in one transaction with progress (time printed, not asserted)", async () => {
    const accounts = await Promise.all(Array.from({ length: 50 }, (_, i) => createAccount(db, { ownerId: director.id, name: `Bulk ${i}` })));
    const rows = Array.from({ length: 100_000 }, (_, i) => {
      const day = new Date(Date.UTC(2022, 0, 1) + (i % 1000) * DAY_MS).toISOString().slice(0, 10);
      return [accounts[i % 50].name, day, String(100 + (i % 977)), String(20 + (i % 91)), "Components", `BULK-${i}`];
    });
    const text = toCsv([header, ...rows]);
    const phases = new Set<string>();
    const started = performance.now();
    const result = await runCsvImport(db, director, { kind: "orders", text, commit: true, onProgress: (p) => void phases.add(p.phase) });
    const seconds = (performance.now() - started) / 1000;
    console.log(`Imported 100,000 order rows (${(text.length / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s`);
    expect(result.outcome?.created).toBe(100_000);
    expect([...phases]).toEqual(["check", "write"]);
    expect(await db.order.count({ where: { accountId: { in: accounts.map((a) => a.id) } } })).toBe(100_000);
  }, 180_000);
});

describe("accounts round-trip", () => {
  it("the accounts list export imports back into an empty portfolio unchanged", async () => {
    const { GET: exportAccountsRoute } = await import("@/app/(app)/accounts/export/route");
    const parent = await createAccount(db, {
      ownerId: manager.id, name: "RoundTrip 集团", industry: "Chemicals", region: "East China", country: "CN", size: "ENTERPRISE",
      annualRevenue: "1234567.89", creditRating: "AA", lifecyclePhase: "MATURITY", isKeyAccount: true, stage: "COOPERATIVE",
    });
    await createAccount(db, { ownerId: director.id, name: "RoundTrip Child, \"Ltd\"", parentId: parent.id, industry: "=Retail", size: "SMALL" });
    const exportCsv = async () => {
      actAs(director);
      return (await exportAccountsRoute(new Request("http://localhost/accounts/export?owner=all&q=RoundTrip&sort=name"))).text();
    };
    const exported = await exportCsv();

    const again = await run(director, { kind: "accounts", text: exported, commit: true });
    expect(again.report.invalidCount).toBe(0);
    expect(again.report.writableRows).toBe(0);

    await db.account.deleteMany({ where: { parentId: parent.id } });
    await db.account.delete({ where: { id: parent.id } });
    const back = await run(director, { kind: "accounts", text: exported, commit: true });
    expect(back.report.invalidCount).toBe(0);
    expect(back.outcome?.created).toBe(2);
    expect(await exportCsv()).toBe(exported);
  });
});
