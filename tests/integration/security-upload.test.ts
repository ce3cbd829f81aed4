import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { POST as uploadRoute } from "@/app/(app)/accounts/import/upload/route";
import { IMPORT_MAX_BYTES, IMPORT_MAX_MB, type ImportEvent } from "@/lib/csv-import/report";
import { createAccount } from "../factories/accounts";
import { actAs } from "../support/action-mocks";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

/**
 * The CSV upload never loses rows: bodies well over the 10 MB the proxy would have buffered are read whole and every
 * row is checked and written; a body over the maximum, one cut short, or one from a bad Origin is refused before
 * anything is written.
 */
const db = testDb();
const encoder = new TextEncoder();
let manager: SessionUser;
let accounts: { id: string; name: string }[];

const HEADER = "account,orderDate,amount,margin,productCategory,externalRef\r\n";
const accountIds = () => accounts.map((a) => a.id);
const orderCount = () => db.order.count({ where: { accountId: { in: accountIds() } } });

/** A free-text column the import does not map (ERP exports carry such columns): bytes to read, nothing to check. */
const REMARKS = "Delivery to plant gate 3 交货至三号门，整托盘包装，附质检报告与装箱单 ".repeat(8).trim();

/**
 * An orders file of at least `megabytes` MB, Chinese in names and categories like real exports: rows of ~130 bytes,
 * or ~1 KB with `wide` (long product descriptions and ERP references, and a long remarks column the import ignores).
 * The upload's path (spooling, size limits, UTF-8 and CSV reading) works on bytes, the checks and writes on rows: wide
 * rows keep the 60 MB run at 60 MB of body with some 65,000 rows instead of the ~480,000 narrow ones would need.
 */
function ordersFile(megabytes: number, prefix: string, { wide = false } = {}) {
  const category = wide ? "Industrial Components 工业部件 — hydraulic valves and seals and fittings for line" : "Industrial Components 工业部件";
  const ref = wide ? "ERP-REFERENCE-SAP-S4-PLANT-EAST-CHINA-SALES-ORDER" : "ERP-REFERENCE";
  const header = wide ? HEADER.replace("\r\n", ",remarks\r\n") : HEADER;
  const target = megabytes * 1024 * 1024;
  const lines = [header];
  let size = Buffer.byteLength(header);
  let rows = 0;
  while (size < target) {
    const account = accounts[rows % accounts.length].name;
    const day = `20${20 + (rows % 6)}-${String(1 + (rows % 12)).padStart(2, "0")}-${String(1 + (rows % 28)).padStart(2, "0")}`;
    const remarks = wide ? `,${REMARKS} ${rows}` : "";
    const line = `${account},${day},${1000 + (rows % 9973)}.${rows % 100},${rows % 500}.5,${category} ${rows % 7},${prefix}-${String(rows).padStart(7, "0")}-${ref}${remarks}\r\n`;
    lines.push(line);
    size += Buffer.byteLength(line);
    rows++;
  }
  const bytes = encoder.encode(lines.join(""));
  return { bytes, rows, lastRef: `${prefix}-${String(rows - 1).padStart(7, "0")}-${ref}` };
}

/** The body as a browser streams it: odd-sized chunks (so some split a UTF-8 character), with its Content-Length. */
function streamed(bytes: Uint8Array, chunk = 65_537): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

function upload(query: string, body: ReadableStream<Uint8Array> | Uint8Array | string, headers: Record<string, string> = {}) {
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
const lastProgress = (list: ImportEvent[], phase: "check" | "write") => list.filter((e) => e.type === "progress" && e.phase === phase).at(-1);

beforeAll(async () => {
  await resetDatabase();
  const user = await createUser(db, { role: "MANAGER" });
  manager = { id: user.id, email: user.email, name: user.name, role: user.role };
  accounts = await Promise.all(Array.from({ length: 20 }, (_, i) => createAccount(db, { ownerId: manager.id, name: `Upload 华东精密 Account ${String(i).padStart(2, "0")}` })));
});

describe("uploads above the proxy's old 10 MB cut", () => {
  it("a 15 MB file: every row is checked, then every row is written, the last one intact", async () => {
    actAs(manager);
    const file = ordersFile(15, "U15");
    expect(file.bytes.length).toBeGreaterThan(15 * 1024 * 1024);
    const headers = { "content-length": String(file.bytes.length) };

    let started = performance.now();
    const checked = await events(await upload("kind=orders&mode=check", streamed(file.bytes), headers));
    const checkSeconds = (performance.now() - started) / 1000;
    expect(lastProgress(checked, "check")).toMatchObject({ done: file.rows, total: file.rows });
    expect(checked.at(-1)).toMatchObject({ type: "report", committed: false, report: { totalRows: file.rows, writableRows: file.rows, invalidCount: 0 } });

    started = performance.now();
    const committed = await events(await upload("kind=orders&mode=commit", streamed(file.bytes), headers));
    const commitSeconds = (performance.now() - started) / 1000;
    expect(lastProgress(committed, "write")).toMatchObject({ done: file.rows, total: file.rows });
    expect(committed.at(-1)).toMatchObject({ type: "report", committed: true, outcome: { created: file.rows, updated: 0 } });
    expect(await orderCount()).toBe(file.rows);
    const last = await db.order.findFirstOrThrow({ where: { externalRef: file.lastRef } });
    expect(last.productCategory).toMatch(/^Industrial Components 工业部件 \d$/);
    console.log(`15 MB upload: ${(file.bytes.length / 1024 / 1024).toFixed(1)} MB, ${file.rows} orders — check ${checkSeconds.toFixed(1)} s, commit ${commitSeconds.toFixed(1)} s`);
  }, 300_000);

  it("a 60 MB file: every row is checked and written in one commit", async () => {
    actAs(manager);
    const before = await orderCount();
    const file = ordersFile(60, "U60", { wide: true });
    expect(file.bytes.length).toBeGreaterThan(60 * 1024 * 1024);
    const started = performance.now();
    const committed = await events(await upload("kind=orders&mode=commit", streamed(file.bytes), { "content-length": String(file.bytes.length) }));
    const seconds = (performance.now() - started) / 1000;
    expect(lastProgress(committed, "check")).toMatchObject({ done: file.rows, total: file.rows });
    expect(committed.at(-1)).toMatchObject({ type: "report", committed: true, report: { totalRows: file.rows, invalidCount: 0, ignored: ["remarks"] }, outcome: { created: file.rows } });
    expect(await orderCount()).toBe(before + file.rows);
    expect(await db.order.count({ where: { externalRef: { startsWith: "U60-" } } })).toBe(file.rows);
    expect(await db.order.findFirst({ where: { externalRef: file.lastRef } })).not.toBeNull();
    console.log(`60 MB upload: ${(file.bytes.length / 1024 / 1024).toFixed(1)} MB, ${file.rows} orders — check and commit ${seconds.toFixed(1)} s`);
  }, 600_000);
});

describe("refused before anything is written", () => {
  const tinyFile = () => encoder.encode(`${HEADER}${accounts[0].name},2025-01-01,10,1,Valves,REFUSED-1\r\n`);

  it("a declared size over the maximum: 413 with the limit in the message, the body is never read", async () => {
    actAs(manager);
    const before = await orderCount();
    const request = new Request("http://localhost/accounts/import/upload?kind=orders&mode=commit", {
      method: "POST",
      body: tinyFile(),
      headers: { host: "localhost", origin: "http://localhost", "content-length": String(IMPORT_MAX_BYTES + 1) },
    });
    const response = await uploadRoute(request);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe(
      `The file is larger than the maximum of ${IMPORT_MAX_MB} MB, so nothing was imported. Split it into smaller files and import them one after another.`,
    );
    expect(request.bodyUsed).toBe(false);
    expect(await orderCount()).toBe(before);
  });

  it("a streamed body without Content-Length is refused as soon as it passes the maximum", async () => {
    actAs(manager);
    const before = await orderCount();
    // Valid order rows, 1 MB at a time, until just past the maximum: none of them may be written.
    const row = `${accounts[0].name},2025-01-01,10,1,Valves,OVER-`;
    const block = encoder.encode(Array.from({ length: 8_000 }, (_, i) => `${row}${i}\r\n`).join("").padEnd(1024 * 1024, " "));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(HEADER));
      },
      pull(controller) {
        if (sent > IMPORT_MAX_BYTES + 2 * block.length) return controller.close();
        controller.enqueue(block);
        sent += block.length;
      },
    });
    const response = await upload("kind=orders&mode=commit", body);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThanOrEqual(IMPORT_MAX_BYTES + 2 * block.length);
    expect(await orderCount()).toBe(before);
  }, 120_000);

  it("a body shorter than its Content-Length (cut on the way) is refused, not imported in part", async () => {
    actAs(manager);
    const before = await orderCount();
    const bytes = tinyFile();
    const response = await upload("kind=orders&mode=commit", streamed(bytes), { "content-length": String(bytes.length + 1000) });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe(
      `The file did not arrive completely (${bytes.length} of ${bytes.length + 1000} bytes), so nothing was imported. Please send it again.`,
    );
    expect(await orderCount()).toBe(before);
  });

  it("Origin: null, a non-URL Origin or another site's: 403, nothing written", async () => {
    actAs(manager);
    const before = await orderCount();
    for (const origin of ["null", "not a url", "http://", "https://evil.example", "http://localhost.evil.example"]) {
      const response = await upload("kind=orders&mode=commit", tinyFile(), { origin });
      expect([origin, response.status]).toEqual([origin, 403]);
      expect((await response.json()).error).toBe("You are not allowed to do this.");
    }
    expect(await orderCount()).toBe(before);
    // The same file from this site is imported: the refusals above were the Origin's doing.
    const accepted = await events(await upload("kind=orders&mode=commit", tinyFile()));
    expect(accepted.at(-1)).toMatchObject({ type: "report", committed: true, outcome: { created: 1 } });
  });
});
