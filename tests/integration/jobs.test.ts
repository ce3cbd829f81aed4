import { spawn, type ChildProcess } from "node:child_process";
import type PgBoss from "pg-boss";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

import { listAccounts } from "@/lib/accounts/queries";
import type { TAccountListQuery } from "@/lib/accounts/schemas";
import { logActivityAction } from "@/lib/activities/actions";
import { ordersImporter } from "@/lib/csv-import/orders";
import { runJobNowAction } from "@/lib/jobs/actions";
import type { JobConfig, JobHandlers } from "@/lib/jobs/definitions";
import { createJobHandlers } from "@/lib/automation/handlers";
import { loadJobsPage } from "@/lib/jobs/queries";
import { createBoss, ensureQueues, installJobQueue, sendJob, startBoss, stopJobClient } from "@/lib/jobs/queue";
import { startJobWorker, type JobSender, type JobWorker } from "@/lib/jobs/worker";
import { refreshAccountMetrics } from "@/lib/metrics";
import { createAccount, createOrders } from "../factories/accounts";
import { createUser } from "../factories/users";
import { actAs } from "../support/action-mocks";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const url = process.env.DATABASE_URL!;
const CONFIG: JobConfig = { worker: true, nightlyHour: 2, timeZone: "UTC" };
const ALL_OWNERS = { owner: "all" } as TAccountListQuery;

/** The test's own queue connection: sends jobs and reads their state like any app instance. */
let boss: PgBoss;
let worker: JobWorker | undefined;

/** pg-boss' schema is not part of the app's migrations; it is dropped again so the catalog comparison stays exact. */
const dropJobSchema = () => db.$executeRawUnsafe("DROP SCHEMA IF EXISTS pgboss CASCADE");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

const jobOf = (name: string, id: string) => boss.getJobById(name, id, { includeArchive: true });

async function startWorker(handlers: (send: JobSender) => JobHandlers) {
  worker = await startJobWorker({ url, config: CONFIG, handlers, log: () => {} });
  return worker;
}

beforeAll(async () => {
  await resetDatabase();
  await dropJobSchema();
  await installJobQueue(url);
  boss = await startBoss(createBoss(url, "client"));
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

afterAll(async () => {
  await boss?.stop({ graceful: false, close: true });
  await stopJobClient();
  await dropJobSchema();
});

describe("metrics jobs", () => {
  it("the nightly refresh moves recency by one day per day", async () => {
    const owner = await createUser(db);
    const account = await createAccount(db, { ownerId: owner.id });
    await createOrders(db, account.id, [{ date: "2026-03-01", amount: 1000 }]);
    const refreshAll = createJobHandlers({ db, send: async () => "queued" })["metrics.refresh-all"]!;
    const recency = async () => (await db.accountMetrics.findUniqueOrThrow({ where: { accountId: account.id } })).recencyDays;

    const day1 = new Date("2026-03-11T02:00:00Z");
    await refreshAll([{ id: "night-1", name: "metrics.refresh-all", payload: { now: day1.toISOString() }, now: day1 }]);
    expect(await recency()).toBe(10);

    const day2 = new Date("2026-03-12T02:00:00Z");
    await refreshAll([{ id: "night-2", name: "metrics.refresh-all", payload: { now: day2.toISOString() }, now: day2 }]);
    expect(await recency()).toBe(11);
  });

  it("a per-account refresh updates the account's own figures and keeps the portfolio ranks for the nightly run", async () => {
    const owner = await createUser(db);
    const accounts = await Promise.all([1, 2, 3, 4, 5].map(() => createAccount(db, { ownerId: owner.id })));
    for (const [i, account] of accounts.entries()) {
      await createOrders(db, account.id, [{ date: "2026-02-01", amount: 1000 * (i + 1) }, { date: "2026-02-20", amount: 100 }]);
    }
    const asOf = new Date("2026-03-01T10:00:00Z");
    await refreshAccountMetrics(db, { asOf });
    const [smallest] = accounts;
    const before = await db.accountMetrics.findUniqueOrThrow({ where: { accountId: smallest.id } });
    expect(before).toMatchObject({ recencyDays: 9, abcClass: expect.any(String), r: expect.any(Number) });

    await createOrders(db, smallest.id, [{ date: "2026-02-28", amount: 50_000 }]);
    const result = await refreshAccountMetrics(db, { asOf, accountIds: [smallest.id] });
    expect(result.accounts).toBe(1);
    const after = await db.accountMetrics.findUniqueOrThrow({ where: { accountId: smallest.id } });
    expect(after).toMatchObject({ recencyDays: 1, orderCount: 3, r: before.r, f: before.f, m: before.m, abcClass: before.abcClass, rfmSegment: before.rfmSegment });
    expect(after.revenue12m.toNumber()).toBe(51_100);

    // Archiving removes the row, like the full refresh does.
    await db.account.update({ where: { id: accounts[1].id }, data: { archived: true } });
    await refreshAccountMetrics(db, { asOf, accountIds: [accounts[1].id] });
    expect(await db.accountMetrics.findUnique({ where: { accountId: accounts[1].id } })).toBeNull();
  });

  it("logging an activity clears NO_CONTACT in the accounts list after one job run", async () => {
    const owner = await createUser(db, { role: "MANAGER" });
    const account = await createAccount(db, { ownerId: owner.id, name: "Silent Customer Ltd" });
    await createOrders(db, account.id, [{ date: new Date().toISOString().slice(0, 10), amount: 500 }]);
    await refreshAccountMetrics(db, { asOf: new Date() });
    const listed = async () => (await listAccounts(owner, ALL_OWNERS, db)).rows.find((row) => row.id === account.id)!;
    const flags = async () => (await db.accountMetrics.findUniqueOrThrow({ where: { accountId: account.id } })).churnFlags;
    expect(await flags()).toEqual(["NO_CONTACT"]);
    expect(await listed()).toMatchObject({ riskScore: 15, riskLevel: "LOW" });

    actAs(owner);
    expect(await logActivityAction({ accountId: account.id, type: "CALL", summary: "Quarterly review call" })).toMatchObject({ ok: true });
    // A second change right after is covered by the refresh already waiting (one job per account at a time).
    expect(await logActivityAction({ accountId: account.id, type: "EMAIL", summary: "Follow-up notes" })).toMatchObject({ ok: true });
    const queued = await db.$queryRaw<{ id: string; state: string }[]>`
      SELECT id::text, state::text FROM pgboss.job WHERE name = 'metrics.refresh-account' AND singleton_key = ${account.id}`;
    expect(queued).toEqual([{ id: expect.any(String), state: "created" }]);
    expect(await flags()).toEqual(["NO_CONTACT"]);

    await startWorker((send) => createJobHandlers({ db, send }));
    await waitUntil("the refresh job", async () => (await jobOf("metrics.refresh-account", queued[0].id))?.state === "completed");
    expect(await flags()).toEqual([]);
    expect(await listed()).toMatchObject({ riskScore: 0, riskLevel: "LOW" });

    const page = await loadJobsPage(db);
    if (!page.installed) throw new Error("the queue is installed");
    const perAccount = page.jobs.find((job) => job.name === "metrics.refresh-account")!;
    expect(perAccount.lastRuns[0]).toMatchObject({ id: queued[0].id, state: "completed", singletonKey: account.id, accountName: "Silent Customer Ltd" });
  });

  it("an orders import queues one full refresh for all the accounts it touched", async () => {
    await boss.purgeQueue("metrics.refresh-all");
    await ordersImporter.afterCommit!(db);
    await ordersImporter.afterCommit!(db);
    const waiting = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'metrics.refresh-all' AND state = 'created'`;
    expect(waiting).toEqual([{ n: 1 }]);
    await boss.purgeQueue("metrics.refresh-all");
  });
});

describe("the queue", () => {
  it("two worker processes on one database run each job exactly once", async () => {
    await boss.purgeQueue("metrics.refresh-account");
    // Each child works the per-account queue with a handler that records every execution with its process id.
    const script = `
      import { createPrismaClient } from "@/lib/db/prisma";
      import { startJobWorker } from "@/lib/jobs/worker";
      void (async () => {
        const db = createPrismaClient(process.env.DATABASE_URL!);
        const worker = await startJobWorker({
          url: process.env.DATABASE_URL!,
          config: { worker: true, nightlyHour: 2, timeZone: "UTC" },
          log: () => {},
          handlers: () => ({
            "metrics.refresh-account": async (runs) => {
              for (const run of runs) {
                await db.auditLog.create({ data: { entityType: "JobRun", entityId: run.id, action: String(process.pid) } });
              }
              // Busy for a while, as a real refresh is: meanwhile the other worker takes the jobs that come in.
              await new Promise((resolve) => setTimeout(resolve, 400));
            },
          }),
        });
        process.stdout.write("ready\\n");
        process.on("SIGTERM", () => void worker.stop().then(() => db.$disconnect()).then(() => process.exit(0)));
      })();`;
    const children: ChildProcess[] = [0, 1].map(() =>
      spawn("node_modules/.bin/tsx", ["-e", script], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "inherit"] }),
    );
    try {
      await Promise.all(
        children.map((child) => new Promise<void>((resolve, reject) => {
          child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
          child.on("exit", (code) => reject(new Error(`worker exited with ${code}`)));
        })),
      );
      // A trickle of jobs over a few polling rounds, so both workers compete for them.
      const ids: string[] = [];
      for (let i = 0; i < 30; i++) {
        expect(await sendJob(boss, "metrics.refresh-account", { accountId: `account-${i}` })).toBe("queued");
        const [{ id }] = await db.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM pgboss.job WHERE name = 'metrics.refresh-account' AND singleton_key = ${`account-${i}`}`;
        ids.push(id);
        await sleep(100);
      }
      await waitUntil("all jobs to complete", async () => {
        const states = await Promise.all(ids.map((id) => jobOf("metrics.refresh-account", id)));
        return states.every((job) => job?.state === "completed");
      }, 30_000);
      const executions = await db.auditLog.findMany({ where: { entityType: "JobRun" } });
      expect(executions.map((e) => e.entityId).sort()).toEqual([...ids].sort());
      expect(new Set(executions.map((e) => e.action)).size).toBe(2);
    } finally {
      await Promise.all(
        children.map((child) => new Promise((resolve) => {
          if (child.exitCode !== null) return resolve(null);
          child.on("exit", resolve);
          child.kill("SIGTERM");
        })),
      );
    }
  });

  it("a worker runs the whole-portfolio jobs one at a time, and the others beside them", async () => {
    const spans: Record<string, { start: number; end: number }[]> = {};
    const slow = (name: string, ms: number) => async () => {
      const start = Date.now();
      await sleep(ms);
      (spans[name] ??= []).push({ start, end: Date.now() });
      return {};
    };
    // Each portfolio job lasts longer than the queues' polling interval (2 s): side by side they would overlap.
    await startWorker(() => ({
      "alerts.evaluate": slow("alerts.evaluate", 2_500),
      "clv.fit": slow("clv.fit", 2_500),
      "webhooks.deliver": slow("webhooks.deliver", 100),
    }));
    await Promise.all([sendJob(boss, "alerts.evaluate", {}), sendJob(boss, "clv.fit", {}), sendJob(boss, "webhooks.deliver", {})]);
    await waitUntil("both portfolio jobs to finish", async () => spans["alerts.evaluate"] && spans["clv.fit"], 30_000);
    const [first, second] = [spans["alerts.evaluate"][0], spans["clv.fit"][0]].sort((a, b) => a.start - b.start);
    expect(second.start).toBeGreaterThanOrEqual(first.end);
    expect(spans["webhooks.deliver"]?.[0].start).toBeLessThan(first.end);
  });

  it("a failing job is retried with its error recorded, and a job that keeps failing ends failed", async () => {
    let calls = 0;
    let failUntil = Number.POSITIVE_INFINITY;
    await startWorker((send) => {
      const real = createJobHandlers({ db, send });
      return {
        "metrics.refresh-all": async (runs) => {
          calls += 1;
          if (calls <= failUntil) throw new Error(`Simulated outage ${calls}`);
          return real["metrics.refresh-all"]!(runs);
        },
      };
    });
    // Short retries for the test (after the worker's start, which writes the real settings; restored below).
    await boss.updateQueue("metrics.refresh-all", { name: "metrics.refresh-all", policy: "stately", retryLimit: 1, retryDelay: 1, retryBackoff: false });
    try {
      const failing = await sendJob(boss, "metrics.refresh-all", {});
      expect(failing).toBe("queued");
      const [{ id: failingId }] = await db.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM pgboss.job WHERE name = 'metrics.refresh-all' ORDER BY created_on DESC LIMIT 1`;
      const failed = await waitUntil("the job to fail", async () => {
        const job = await jobOf("metrics.refresh-all", failingId);
        return job?.state === "failed" && job;
      });
      expect(calls).toBe(2);
      expect(failed).toMatchObject({ retryCount: 1, output: { message: "Simulated outage 2" } });

      failUntil = calls + 1;
      await sendJob(boss, "metrics.refresh-all", {});
      const [{ id: flakyId }] = await db.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM pgboss.job WHERE name = 'metrics.refresh-all' AND id <> ${failingId}::uuid ORDER BY created_on DESC LIMIT 1`;
      const completed = await waitUntil("the retried job to complete", async () => {
        const job = await jobOf("metrics.refresh-all", flakyId);
        return job?.state === "completed" && job;
      });
      expect(completed.retryCount).toBe(1);
      expect(completed.output).toMatchObject({ accounts: expect.any(Number) });

      const page = await loadJobsPage(db);
      if (!page.installed) throw new Error("the queue is installed");
      const refreshAll = page.jobs.find((job) => job.name === "metrics.refresh-all")!;
      expect(refreshAll).toMatchObject({ cron: "0 2 * * *", timeZone: "UTC" });
      expect(refreshAll.failures[0]).toMatchObject({ id: failingId, state: "failed", error: "Simulated outage 2", attempt: 2, attempts: 2 });
      expect(refreshAll.lastRuns[0]).toMatchObject({ id: flakyId, state: "completed", attempt: 2, error: null });
      expect(refreshAll.lastRuns[0].durationMs).toBeGreaterThanOrEqual(0);
      // Without a handler, a job is neither scheduled nor offered to run.
      expect(page.jobs.find((job) => job.name === "digests.send")).toMatchObject({ cron: null });
    } finally {
      await ensureQueues(boss);
    }
  });

  it("'run now' is for admins: it queues the job once and audits it", async () => {
    await boss.purgeQueue("metrics.refresh-all");
    const admin = await createUser(db, { role: "ADMIN" });
    const manager = await createUser(db, { role: "MANAGER" });
    actAs(manager);
    expect(await runJobNowAction({ name: "metrics.refresh-all" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(admin);
    expect(await runJobNowAction({ name: "metrics.refresh-all" })).toEqual({ ok: true, data: { outcome: "queued" } });
    expect(await runJobNowAction({ name: "metrics.refresh-all" })).toEqual({ ok: true, data: { outcome: "pending" } });
    expect(await runJobNowAction({ name: "metrics.refresh-account" as never })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.auditLog.count({ where: { entityType: "Job", entityId: "metrics.refresh-all", userId: admin.id } })).toBe(2);
    await boss.purgeQueue("metrics.refresh-all");
  });
});
