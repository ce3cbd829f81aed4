import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { actAs } from "../support/action-mocks";
import { createAccount } from "../factories/accounts";
import { createActiveMatrixModel, uniformScores } from "../factories/scoring";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";
import { at, onlyRule } from "./alerts-support";
import { startSmtpServer } from "./notifications-smtp";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const { createWebhookEndpointAction, deleteWebhookEndpointAction, sendTestWebhookAction } = await import("@/lib/webhooks/actions");
const { saveAssessmentAction } = await import("@/lib/assessments/actions");
const { updateAccountAction } = await import("@/lib/accounts/actions");
const { evaluateAlerts } = await import("@/lib/notifications/evaluate");
const { runCsvImport } = await import("@/lib/csv-import/run");
const { deliverDueWebhooks } = await import("@/lib/webhooks/deliver");
const { PAUSE_AFTER_FAILURES } = await import("@/lib/webhooks/policy");
const { runJobWorker } = await import("@/lib/automation/handlers");
const { installJobQueue, stopJobClient } = await import("@/lib/jobs/queue");

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let admin: User, manager: User;

const received: { path: string; body: string }[] = [];
let server: Server;
let base = "";
let failPaths = new Set<string>();

beforeAll(async () => {
  await resetDatabase();
  admin = await createUser(db, { role: "ADMIN", name: "Ada Admin" });
  manager = await createUser(db, { role: "MANAGER" });
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "/", body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(failPaths.has(request.url ?? "/") ? 500 : 200);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  actAs(admin);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function register(path: string, events: string[]) {
  actAs(admin);
  const result = await createWebhookEndpointAction({ url: `${base}${path}`, events: events as never });
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

const bodiesOf = (endpointId: string, event: string) =>
  db.webhookDelivery.findMany({ where: { endpointId, event }, orderBy: { createdAt: "asc" } }).then((rows) => rows.map((r) => r.payload as { id: string; data: Record<string, unknown> }));

const accountInput = {
  industry: "Electronics", region: "East China", country: "CN", size: "LARGE", annualRevenue: "", creditRating: "", lifecyclePhase: "GROWTH",
  salesScenario: "", parentId: "", strategy: "", products: "", operatingStatus: "", growthBottleneck: "",
};

describe("events from the other features", () => {
  test("an assessment that changes the quadrant emits quadrant.changed; one that keeps it does not", async () => {
    const endpoint = await register("/quadrants", ["quadrant.changed", "account.updated"]);
    const matrix = await createActiveMatrixModel(db);
    const account = await createAccount(db, { ownerId: manager.id });
    actAs(manager);
    const assess = async (high: number, low: number) => {
      const { version } = await db.account.findUniqueOrThrow({ where: { id: account.id } });
      const result = await saveAssessmentAction({ accountId: account.id, version, modelId: matrix.id, scores: uniformScores(matrix.factors, high, low) } as never);
      if (!result.ok) throw new Error(result.error);
      return result.data;
    };
    const first = await assess(8, 7);
    expect(first.quadrant).toBe("STAR");
    await assess(9, 8);
    const [change] = await bodiesOf(endpoint, "quadrant.changed");
    expect(await bodiesOf(endpoint, "quadrant.changed")).toHaveLength(1);
    expect(change.data).toMatchObject({ fromQuadrant: null, toQuadrant: "STAR", assessmentId: first.id, userId: manager.id, account: { id: account.id, quadrant: "STAR" } });
    expect(change.data.attractiveness).toBeGreaterThan(0);
    // The account row changed once (its quadrant); the second assessment changed no field.
    expect((await bodiesOf(endpoint, "account.updated")).map((b) => b.data.changedFields)).toEqual([["quadrant"]]);
    await deleteWebhookEndpointAction({ id: endpoint });
  });

  test("the alert evaluation emits alert.raised for each alert it raises", async () => {
    const endpoint = await register("/alerts", ["alert.raised"]);
    await onlyRule(db, "STAGE_REGRESSION", { lookbackDays: 30 });
    const account = await createAccount(db, { ownerId: manager.id, stage: "COOPERATIVE", isKeyAccount: true, name: "Regressing Ltd" });
    const down = await db.stageTransition.create({ data: { accountId: account.id, fromStage: "INTERDEPENDENT", toStage: "COOPERATIVE", userId: manager.id, createdAt: at(-2) } });
    expect(await evaluateAlerts(db, { now: at(0) })).toMatchObject({ raised: 1 });
    const alert = await db.alert.findFirstOrThrow({ where: { accountId: account.id } });
    const [body] = await bodiesOf(endpoint, "alert.raised");
    expect(body.data).toMatchObject({
      alertId: alert.id, kind: "STAGE_REGRESSION", accountId: account.id, accountName: "Regressing Ltd", subjectId: down.id,
      raisedAt: at(0).toISOString(), evidence: { fromStage: "INTERDEPENDENT", toStage: "COOPERATIVE" },
    });
    // Still open at the next run: not raised again, no event.
    await evaluateAlerts(db, { now: at(1) });
    expect(await bodiesOf(endpoint, "alert.raised")).toHaveLength(1);
    await onlyRule(db);
    await deleteWebhookEndpointAction({ id: endpoint });
  });

  test("a CSV orders import emits orders.imported with the counts and the accounts", async () => {
    const endpoint = await register("/orders", ["orders.imported"]);
    const a = await createAccount(db, { ownerId: manager.id });
    const b = await createAccount(db, { ownerId: manager.id });
    const text = [
      "accountId,orderDate,amount,margin,productCategory,externalRef",
      `${a.id},2026-01-05,1000,250,Parts,WH-1`,
      `${a.id},2026-01-06,1200,300,Parts,WH-2`,
      `${b.id},2026-01-07,900,200,Parts,WH-3`,
    ].join("\n");
    const user = { id: manager.id, email: manager.email, name: manager.name, role: manager.role } as never;
    const run = await runCsvImport(db, user, { kind: "orders", text, commit: true });
    expect(run.outcome).toMatchObject({ created: 3 });
    const [body] = await bodiesOf(endpoint, "orders.imported");
    expect(body.data).toMatchObject({ created: 3, updated: 0, source: "csv", userId: manager.id });
    expect((body.data.accountIds as string[]).sort()).toEqual([a.id, b.id].sort());
    // The same file again writes nothing and emits nothing.
    await runCsvImport(db, user, { kind: "orders", text, commit: true });
    expect(await bodiesOf(endpoint, "orders.imported")).toHaveLength(1);
    await deleteWebhookEndpointAction({ id: endpoint });
  });
});

describe("telling the admins", () => {
  test("a paused endpoint is e-mailed to every active admin when SMTP is configured", async () => {
    const smtp = await startSmtpServer();
    try {
      const second = await createUser(db, { role: "ADMIN", name: "Zhang Admin" });
      await db.user.update({ where: { id: second.id }, data: { locale: "zh" } });
      await createUser(db, { role: "ADMIN", active: false });
      const endpoint = await register("/failing", ["account.created"]);
      failPaths = new Set(["/failing"]);
      for (let i = 0; i < PAUSE_AFTER_FAILURES; i++) await sendTestWebhookAction({ id: endpoint });
      const summary = await deliverDueWebhooks(db, { now: new Date(), env: { NODE_ENV: "test", SMTP_URL: smtp.url, APP_URL: "https://kam.example.com" } });
      expect(summary.paused).toEqual([endpoint]);
      expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual([admin.email, second.email].sort());
      const english = smtp.received.find((mail) => mail.to[0] === admin.email)!;
      expect(english.subject).toBe(`KAM paused the webhook endpoint ${base}/failing`);
      expect(english.text).toContain(`failed ${PAUSE_AFTER_FAILURES} times in a row`);
      expect(english.text).toContain(`https://kam.example.com/admin/webhooks?endpoint=${endpoint}`);
      expect(smtp.received.find((mail) => mail.to[0] === second.email)!.subject).toContain("KAM 已暂停 Webhook 端点");
      await deleteWebhookEndpointAction({ id: endpoint });
    } finally {
      failPaths = new Set();
      await smtp.close();
    }
  });
});

describe("through the job queue", () => {
  const url = process.env.DATABASE_URL!;
  /** pg-boss' schema is not part of the app's migrations; it is dropped again so the catalog comparison stays exact. */
  const dropJobSchema = () => db.$executeRawUnsafe("DROP SCHEMA IF EXISTS pgboss CASCADE");

  test("a committed change reaches the receiver within seconds: NOTIFY → listening worker → webhooks.deliver job", async () => {
    await dropJobSchema();
    await installJobQueue(url);
    const worker = await runJobWorker(url, { worker: true, nightlyHour: 2, timeZone: "UTC" }, () => {});
    try {
      const endpoint = await register("/live", ["account.updated"]);
      const account = await createAccount(db, { ownerId: manager.id });
      actAs(manager);
      const started = Date.now();
      const result = await updateAccountAction({ ...accountInput, id: account.id, version: account.version, name: "Live Delivery Co" } as never);
      if (!result.ok) throw new Error(result.error);
      let delivered: { path: string; body: string } | undefined;
      while (!delivered && Date.now() - started < 20_000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        delivered = received.find((r) => r.path === "/live");
      }
      expect(delivered).toBeDefined();
      expect(JSON.parse(delivered!.body)).toMatchObject({ type: "account.updated", data: { account: { id: account.id, name: "Live Delivery Co" } } });
      // Well inside the one-minute sweep: the notification started it.
      expect(Date.now() - started).toBeLessThan(15_000);
      // The row is settled right after the answer arrived.
      let status = "PENDING";
      while (status === "PENDING" && Date.now() - started < 20_000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint } })).status;
      }
      expect(status).toBe("SUCCEEDED");
      actAs(admin);
      await deleteWebhookEndpointAction({ id: endpoint });
    } finally {
      await worker.stop();
      await stopJobClient();
      await dropJobSchema();
    }
  });
});
