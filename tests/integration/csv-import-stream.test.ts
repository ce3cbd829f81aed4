import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { toCsv } from "@/lib/csv/write";
import { ordersImporter } from "@/lib/csv-import/orders";
import type { ImportEvent } from "@/lib/csv-import/report";
import { runCsvImport } from "@/lib/csv-import/run";
import type { CsvSource } from "@/lib/csv-import/source";
import { POST as uploadRoute } from "@/app/(app)/accounts/import/upload/route";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

/**
 * The import reads its file as a stream: a bad row anywhere, even the last of a large file, still means nothing is
 * written; records split across chunks read as whole; the spooled upload is deleted whatever happens.
 */
const db = testDb();
const encoder = new TextEncoder();
let manager: SessionUser;
let accounts: { id: string; name: string }[];
let spool: string;

const header = ["account", "orderDate", "amount", "margin", "productCategory", "externalRef"];
const orderCount = () => db.order.count({ where: { accountId: { in: accounts.map((a) => a.id) } } });
const rows = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => [accounts[i % accounts.length].name, `2024-0${1 + (i % 9)}-1${i % 10}`, String(100 + (i % 977)), String(i % 91), "Valves 阀门", `${prefix}-${i}`]);

/** The text handed over in pieces of the given sizes, cycling (so pieces end inside quotes, CRLFs and the BOM). */
const piecewise = (text: string, sizes: readonly number[]): CsvSource => ({
  chunks: async function* () {
    for (let i = 0, k = 0; i < text.length; k++) {
      const size = sizes[k % sizes.length];
      yield text.slice(i, i + size);
      i += size;
    }
  },
});

function upload(query: string, body: BodyInit, headers: Record<string, string> = {}) {
  return uploadRoute(
    new Request(`http://localhost/accounts/import/upload?${query}`, {
      method: "POST",
      body,
      headers: { host: "localhost", origin: "http://localhost", ...headers },
      duplex: "half",
    } as RequestInit),
  );
}
const events = async (response: Response) => (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as ImportEvent);
const spooled = () => readdir(spool);

async function until(condition: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  await resetDatabase();
  const user = await createUser(db, { role: "MANAGER" });
  manager = { id: user.id, email: user.email, name: user.name, role: user.role };
  accounts = await Promise.all(Array.from({ length: 7 }, (_, i) => createAccount(db, { ownerId: manager.id, name: `Stream 华东 ${i}` })));
  spool = await mkdtemp(path.join(tmpdir(), "kam-spool-test-"));
  process.env.KAM_IMPORT_TMPDIR = spool;
});

afterAll(async () => {
  delete process.env.KAM_IMPORT_TMPDIR;
  await rm(spool, { recursive: true, force: true });
});

describe("all or nothing over a stream", () => {
  it("a bad last row of a 60,000-row file: the row is reported and nothing is written; only-valid writes the rest", async () => {
    const good = rows(60_000, "LAST");
    const text = toCsv([header, ...good, [accounts[0].name, "2024-02-30", "10", "1", "Valves", "LAST-BAD"]]);
    const commit = await runCsvImport(db, manager, { kind: "orders", text, commit: true });
    expect(commit.committed).toBe(false);
    expect(commit.report).toMatchObject({ totalRows: 60_001, writableRows: 60_000, invalidCount: 1 });
    expect(commit.report.invalidRows).toEqual([{ row: 60_002, reasons: [expect.objectContaining({ column: "orderDate", key: "validation.date" })] }]);
    expect(await orderCount()).toBe(0);

    const onlyValid = await runCsvImport(db, manager, { kind: "orders", text, commit: true, onlyValid: true });
    expect(onlyValid.outcome).toEqual({ created: 60_000, updated: 0, unchanged: 0 });
    expect(await orderCount()).toBe(60_000);
  }, 180_000);

  it("the same reference at the start and the end of a file is a duplicate of the first row, and nothing is written", async () => {
    const before = await orderCount();
    const file = [...rows(12_000, "FAR"), [accounts[0].name, "2024-05-05", "5", "1", "Valves", "FAR-0"]];
    const commit = await runCsvImport(db, manager, { kind: "orders", text: toCsv([header, ...file]), commit: true });
    expect(commit.committed).toBe(false);
    expect(commit.report.invalidRows).toEqual([
      { row: 12_002, reasons: [{ column: "externalRef", key: "csvImport.reason.duplicateInFile", values: { value: "FAR-0", row: 2 } }] },
    ]);
    expect(await orderCount()).toBe(before);
  }, 120_000);

  it("lists the first 1,000 invalid rows in row order, row checks and file-wide checks merged, and counts them all", async () => {
    const file = rows(3_000, "MANY").map((row, i) => {
      if (i % 3 === 1) return row.map((v, j) => (j === 1 ? "05/03/2024" : v));
      if (i % 3 === 2) return row.map((v, j) => (j === 0 ? accounts[(i - 2) % accounts.length].name : j === 5 ? `MANY-${i - 2}` : v));
      return row;
    });
    const preview = await runCsvImport(db, manager, { kind: "orders", text: toCsv([header, ...file]), commit: false });
    expect(preview.report).toMatchObject({ totalRows: 3_000, writableRows: 1_000, invalidCount: 2_000 });
    expect(preview.report.invalidRows).toHaveLength(1_000);
    expect(preview.report.invalidRows.map((r) => r.row)).toEqual(Array.from({ length: 1_000 }, (_, k) => 3 + Math.floor(k / 2) * 3 + (k % 2)));
    expect(preview.report.invalidRows.slice(0, 2).map((r) => r.reasons[0].key)).toEqual(["validation.date", "csvImport.reason.duplicateInFile"]);
    expect(preview.report.invalidRows[1].reasons[0].values).toEqual({ value: "MANY-0", row: 2 });
  });
});

describe("records split across chunks", () => {
  it("any chunking of a file with quoted commas, line breaks, quotes, CRLF, a BOM and Chinese gives the same import", async () => {
    const awkward = [
      [accounts[1].name, "2024-03-05", "1,234.50", "-12.5", 'Pumps, "large"', "SPLIT-1"],
      // A line break inside a quoted field is one record (row 3); a category may not hold one, so the row is refused.
      [accounts[1].name, "2024-03-05", "1", "1", "Pumps,\r\nsmall", "SPLIT-NL"],
      [accounts[2].name, "2024/3/6", "7", "1", "阀门，大型", "SPLIT-2"],
      [accounts[3].name, "2024-03-07", "8", "2", "'=formula", "SPLIT-3"],
    ];
    const text = toCsv([header, ...awkward, ...rows(40, "SPLITMORE")], { bom: true });
    const whole = await runCsvImport(db, manager, { kind: "orders", text, commit: false });
    expect(whole.report).toMatchObject({ totalRows: 44, writableRows: 43, invalidCount: 1 });
    expect(whole.report.invalidRows).toEqual([{ row: 3, reasons: [expect.objectContaining({ column: "productCategory", key: "validation.controlCharacters" })] }]);
    for (const sizes of [[1], [2, 3], [7, 1, 13], [64, 5]]) {
      const chunked = await runCsvImport(db, manager, { kind: "orders", source: piecewise(text, sizes), commit: false });
      expect([sizes, chunked.report]).toEqual([sizes, whole.report]);
    }
    const written = await runCsvImport(db, manager, { kind: "orders", source: piecewise(text, [3, 1, 4, 1, 5, 9]), commit: true, onlyValid: true });
    expect(written.outcome?.created).toBe(43);
    const stored = await db.order.findMany({ where: { externalRef: { in: ["SPLIT-1", "SPLIT-2", "SPLIT-3"] } }, orderBy: { externalRef: "asc" } });
    expect(stored.map((o) => [o.productCategory, o.amount.toString()])).toEqual([
      ['Pumps, "large"', "1234.5"],
      ["阀门，大型", "7"],
      ["=formula", "8"],
    ]);
  });

  it("an upload streamed in odd byte pieces (UTF-8 characters split) imports whole, read back from the spooled file", async () => {
    const text = toCsv([header, ...rows(9_000, "BYTES")], { bom: true });
    const bytes = encoder.encode(text);
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + 4_097));
        offset += 4_097;
      },
    });
    actAs(manager);
    const result = await events(await upload("kind=orders&mode=commit", body, { "content-length": String(bytes.length) }));
    expect(result.at(-1)).toMatchObject({ type: "report", committed: true, outcome: { created: 9_000 } });
    expect(await db.order.count({ where: { externalRef: { startsWith: "BYTES-" }, productCategory: "Valves 阀门" } })).toBe(9_000);
  });
});

describe("the spooled upload is deleted", () => {
  const small = (ref: string) => toCsv([header, [accounts[0].name, "2024-01-01", "1", "0", "Valves", ref]]);

  it("after a check and after a commit", async () => {
    actAs(manager);
    expect((await events(await upload("kind=orders&mode=check", small("SPOOL-1")))).at(-1)).toMatchObject({ type: "report", committed: false });
    expect(await spooled()).toEqual([]);
    expect((await events(await upload("kind=orders&mode=commit", small("SPOOL-1")))).at(-1)).toMatchObject({ type: "report", committed: true });
    expect(await spooled()).toEqual([]);
  });

  it("after a file that is refused: too large, cut short, not UTF-8", async () => {
    actAs(manager);
    // The same ~1 MB block over and over, encoded once: building every piece anew took most of the test's time.
    const block = encoder.encode(small("OVER").repeat(10_000));
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(block);
      },
    });
    expect((await upload("kind=orders&mode=commit", endless)).status).toBe(413);
    expect(await spooled()).toEqual([]);
    const bytes = encoder.encode(small("CUT"));
    expect((await upload("kind=orders&mode=commit", bytes, { "content-length": String(bytes.length + 10) })).status).toBe(400);
    expect(await spooled()).toEqual([]);
    const [report] = await events(await upload("kind=orders&mode=commit", new Uint8Array([0x61, 0x0a, 0xfc, 0x0a])));
    expect(report).toMatchObject({ report: { fileError: { key: "csvImport.fileError.notUtf8" } } });
    expect(await spooled()).toEqual([]);
  }, 120_000);

  it("after an import that fails: an error event, nothing written", async () => {
    actAs(manager);
    const failing = vi.spyOn(ordersImporter, "run").mockRejectedValueOnce(new Error("database went away"));
    vi.spyOn(console, "error").mockImplementationOnce(() => undefined);
    try {
      const result = await events(await upload("kind=orders&mode=commit", small("SPOOL-FAIL")));
      expect(result.at(-1)).toEqual({ type: "error", message: expect.any(String) });
    } finally {
      failing.mockRestore();
    }
    expect(await spooled()).toEqual([]);
    expect(await db.order.count({ where: { externalRef: "SPOOL-FAIL" } })).toBe(0);
  });

  it("after the browser goes away mid-import: the transaction rolls back", async () => {
    actAs(manager);
    const before = await orderCount();
    const response = await upload("kind=orders&mode=commit", toCsv([header, ...rows(30_000, "GONE")]));
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('"type":"progress"');
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await reader.cancel();
    await until(async () => (await spooled()).length === 0);
    vi.mocked(console.error).mockRestore();
    expect(await orderCount()).toBe(before);
    expect(await db.order.count({ where: { externalRef: { startsWith: "GONE-" } } })).toBe(0);
  }, 120_000);
});
