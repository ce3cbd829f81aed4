/**
 * CSV import benchmark: `npm run bench:import -- [--rows N] [--port P] [--keep-server]`.
 *
 * Loads the demo portfolio into a fresh `kam_import_bench` database of the embedded bench cluster (KAM_PG_PORT and
 * KAM_DATA_DIR move it), starts the production server on it (prisma/scripts/start.ts: builds when the sources
 * changed; no job worker, so the metrics refresh the import queues does not run inside the measured process), signs
 * in as the demo director, writes an orders CSV of N rows (default 100,000) for the portfolio's accounts to a
 * temporary file, and uploads it from that file with `mode=commit` to /accounts/import/upload — the route the import
 * screen uses — reading the streamed NDJSON answer. The server process's resident memory (VmRSS of the process that
 * listens on the port, from /proc) is sampled every 100 ms before, during and for 15 s after the import, and the
 * kernel's high-water mark (VmHWM) is read too, so no peak between two samples is missed. The V8 heap lives inside
 * the server and is not visible over HTTP: the figures are the process's. It ends with the line
 * `import: <N> rows in <s> s, peak RSS <MB> MB, after <MB> MB`.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, readFile, readdir, readlink, rm, stat } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { once } from "node:events";
import { createPrismaClient } from "@/lib/db/prisma";
import type { ImportEvent } from "@/lib/csv-import/report";
import { assertLocalDatabase, openDatabase } from "@/lib/platform/postgres";
import { DEMO_LOGINS } from "@/prisma/seed";
import { seedFreshDatabase, signIn, startServer } from "./server";
import { argument, runBenchmark } from "./support";

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(0);
const load = () => loadavg().map((v) => v.toFixed(1)).join(" ");

/** The pid of the process listening on a TCP port (its socket's inode from /proc/net/tcp*, then whose fd points at it), or null. */
async function listeningPid(port: number): Promise<number | null> {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = (await readFile(table, "utf8").catch(() => "")).split("\n").slice(1);
    for (const line of lines) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT, st 0A is LISTEN, the inode is the tenth column.
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === "0A") inodes.add(cols[9]);
    }
  }
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fds = await readdir(`/proc/${entry}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      const target = await readlink(`/proc/${entry}/fd/${fd}`).catch(() => "");
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode)) return Number(entry);
    }
  }
  return null;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** VmRSS and VmHWM (peak resident set since the process started) in bytes. */
async function memoryOf(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
}

/** Samples a process's RSS every `everyMs` until stopped: the largest and the latest. */
function sampler(pid: number, everyMs = 100) {
  let peak = 0;
  let last = 0;
  let count = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      last = (await memoryOf(pid)).rss;
      peak = Math.max(peak, last);
      count++;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    get peak() {
      return peak;
    },
    get last() {
      return last;
    },
    stop: async () => {
      running = false;
      await loop;
      return { peak, last, count };
    },
  };
}

/** Writes an orders CSV of `rows` rows over the given accounts, a block at a time (the file never sits in memory). */
async function writeOrdersCsv(file: string, rows: number, accounts: { id: string; name: string }[], prefix: string) {
  const out = createWriteStream(file);
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  out.write("\uFEFFaccountId,account,orderDate,amount,margin,productCategory,externalRef\r\n");
  const BLOCK = 10_000;
  for (let start = 0; start < rows; start += BLOCK) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + BLOCK); i++) {
      const account = accounts[i % accounts.length];
      const day = `20${22 + (i % 4)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
      lines.push(`${account.id},${quote(account.name)},${day},${1000 + (i % 9973)}.${String(i % 100).padStart(2, "0")},${i % 500}.5,Components 部件 ${i % 7},${prefix}-${i}\r\n`);
    }
    if (!out.write(lines.join(""))) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function main() {
  const rows = argument("rows", 100_000);
  const port = argument("port", 3543);
  const database = await openDatabase("bench", "kam_import_bench");
  const work = await mkdtemp(path.join(tmpdir(), "kam-bench-import-"));
  let stopServer = async () => {};
  try {
    assertLocalDatabase(database.url);
    await seedFreshDatabase(database.url, 1);
    const db = createPrismaClient(database.url);
    const accounts = await db.account.findMany({ where: { archived: false }, select: { id: true, name: true }, orderBy: { id: "asc" } });
    await db.$disconnect();

    const file = path.join(work, "orders.csv");
    const prefix = `BENCH-${Date.now().toString(36)}`;
    let started = performance.now();
    await writeOrdersCsv(file, rows, accounts, prefix);
    const bytes = (await stat(file)).size;
    console.log(`Wrote ${rows.toLocaleString("en")} order rows for ${accounts.length.toLocaleString("en")} accounts: ${mb(bytes)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // Another server on the port would answer in place of ours (and be measured): refuse to start.
    const squatter = await listeningPid(port);
    if (squatter !== null) throw new Error(`Port ${port} is taken by process ${squatter}: choose another with --port.`);
    const server = await startServer(database.url, port);
    const pid = await listeningPid(port);
    if (pid === null) throw new Error(`The server does not listen on port ${port}.`);
    stopServer = async () => {
      await server.stop();
      // `next start` serves from a process of its own, which stopping the start script can leave running.
      if (alive(pid)) process.kill(pid, "SIGTERM");
      for (let i = 0; i < 100 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    };
    const director = DEMO_LOGINS.find((u) => u.role === "DIRECTOR")!;
    const cookie = await signIn(server.base, director.email);
    const upload = (body: BodyInit, size: number) =>
      fetch(`${server.base}/accounts/import/upload?kind=orders&mode=commit`, {
        method: "POST",
        body,
        headers: { cookie, origin: server.base, "content-type": "text/csv", "content-length": String(size) },
        duplex: "half",
      } as RequestInit);

    // A one-row import first, so the route and its modules are loaded before "before" is read.
    const warm = `accountId,orderDate,amount,margin,productCategory,externalRef\r\n${accounts[0].id},2024-01-01,1,0,Warm-up,${prefix}-warm\r\n`;
    await (await upload(warm, Buffer.byteLength(warm))).text();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const before = await memoryOf(pid);
    console.log(`Server pid ${pid}: RSS before ${mb(before.rss)} MB (high-water mark so far ${mb(before.hwm)} MB); load average ${load()} on ${availableParallelism()} cores`);

    const during = sampler(pid);
    started = performance.now();
    const response = await upload(Readable.toWeb(createReadStream(file, { highWaterMark: 256 * 1024 })) as ReadableStream<Uint8Array>, bytes);
    if (!response.ok || !response.body) throw new Error(`Upload answered ${response.status}: ${await response.text()}`);
    let last: ImportEvent | undefined;
    let checkedAt = 0;
    let buffer = "";
    let lastPrint = 0;
    for await (const text of response.body.pipeThrough(new TextDecoderStream())) {
      buffer += text;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines.filter((l) => l.trim())) {
        last = JSON.parse(line) as ImportEvent;
        if (last.type === "progress" && last.phase === "write" && !checkedAt) checkedAt = performance.now();
        if (last.type === "progress" && performance.now() - lastPrint > 5_000) {
          lastPrint = performance.now();
          console.log(`  ${((lastPrint - started) / 1000).toFixed(0).padStart(4)} s  ${last.phase} ${last.done.toLocaleString("en")} of ${last.total.toLocaleString("en")}, RSS ${mb(during.last)} MB (peak so far ${mb(during.peak)} MB)`);
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const duringImport = await during.stop();
    if (last?.type !== "report" || !last.committed) throw new Error(`The import did not commit: ${JSON.stringify(last).slice(0, 500)}`);
    const loadAtEnd = load();
    console.log(`Import committed: ${last.outcome.created.toLocaleString("en")} created, ${last.report.invalidCount} invalid; ` +
      `check ${checkedAt ? ((checkedAt - started) / 1000).toFixed(1) : "?"} s, total ${seconds.toFixed(1)} s; ${duringImport.count} samples`);

    // After: the RSS over the next 15 s, once the import's garbage has had a chance to be collected.
    const afterwards = sampler(pid, 250);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    const settled = await afterwards.stop();
    const end = await memoryOf(pid);
    const peak = Math.max(duringImport.peak, end.hwm);
    console.log(`RSS: before ${mb(before.rss)} MB, peak during ${mb(duringImport.peak)} MB sampled / ${mb(end.hwm)} MB kernel high-water mark, ` +
      `15 s after ${mb(settled.last)} MB; load average ${loadAtEnd} at the end of the import on ${availableParallelism()} cores`);
    console.log(`import: ${rows} rows in ${seconds.toFixed(1)} s, peak RSS ${mb(peak)} MB, after ${mb(settled.last)} MB`);
  } finally {
    await stopServer();
    await rm(work, { recursive: true, force: true });
    await database.stop();
  }
}

runBenchmark(main);
