import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { actAs } from "../support/action-mocks";
import { createAccount } from "../factories/accounts";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  redeliverWebhookAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
  setWebhookEndpointActiveAction,
  updateWebhookEndpointAction,
} = await import("@/lib/webhooks/actions");
const { createAccountAction, updateAccountAction } = await import("@/lib/accounts/actions");
const { moveAccountStageAction } = await import("@/lib/board/actions");
const { deliverDueWebhooks } = await import("@/lib/webhooks/deliver");
const { loadWebhooksPage } = await import("@/lib/webhooks/queries");
const { postWebhook } = await import("@/lib/webhooks/send");
const { VERIFY_SNIPPET, verifyWebhookSignature } = await import("@/lib/webhooks/signature");
const { registerWebhookDocs } = await import("@/lib/webhooks/openapi");
const { MAX_ATTEMPTS, PAUSE_AFTER_FAILURES } = await import("@/lib/webhooks/policy");
const { WEBHOOK_EVENTS } = await import("@/lib/webhooks/events");

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
let admin: User, manager: User;

/**
 * The receiver's check, built from the very text the README and the OpenAPI description show (VERIFY_SNIPPET),
 * so a mistake in the documented snippet fails these tests.
 */
const documentedVerify = new Function(
  "createHmac",
  "timingSafeEqual",
  `${VERIFY_SNIPPET.replace(/^import .*$/m, "")}\nreturn verifyKamWebhook;`,
)(createHmac, timingSafeEqual) as (secret: string, headers: IncomingHttpHeaders, body: string) => boolean;

// ───────────── a real HTTP receiver on an ephemeral port ─────────────

type Received = { path: string; headers: IncomingHttpHeaders; body: string; verified: boolean };
/** What each path answers, in turn; the last answer repeats. "hang" never answers. */
type Answer = { status: number; body?: string; location?: string } | "hang";

const received: Received[] = [];
const answers = new Map<string, Answer[]>();
const secrets = new Map<string, string>();
let server: Server;
let base = "";

function answerFor(path: string): Answer {
  const queue = answers.get(path) ?? [];
  if (queue.length > 1) return queue.shift()!;
  return queue[0] ?? { status: 200 };
}

beforeAll(async () => {
  await resetDatabase();
  admin = await createUser(db, { role: "ADMIN" });
  manager = await createUser(db, { role: "MANAGER" });
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = request.url ?? "/";
      const secret = secrets.get(path);
      received.push({ path, headers: request.headers, body, verified: secret ? documentedVerify(secret, request.headers, body) : false });
      const answer = answerFor(path);
      if (answer === "hang") return;
      response.writeHead(answer.status, answer.location ? { Location: answer.location } : {});
      response.end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => actAs(admin));

/** Registers an endpoint as the admin; its secret is given to the receiver for the path. */
async function register(path: string, events: readonly string[] = WEBHOOK_EVENTS) {
  const result = await createWebhookEndpointAction({ url: `${base}${path}`, description: `receiver ${path}`, events: [...events] as never });
  if (!result.ok) throw new Error(result.error);
  secrets.set(path, result.data.secret);
  return result.data;
}

const deliveriesOf = (endpointId: string) => db.webhookDelivery.findMany({ where: { endpointId }, orderBy: [{ createdAt: "asc" }, { attempt: "asc" }] });
const receivedAt = (path: string) => received.filter((r) => r.path === path);
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000);

const accountInput = {
  industry: "Electronics",
  region: "East China",
  country: "CN",
  size: "LARGE",
  annualRevenue: "",
  creditRating: "",
  lifecyclePhase: "GROWTH",
  salesScenario: "",
  parentId: "",
  strategy: "",
  products: "",
  operatingStatus: "",
  growthBottleneck: "",
};

describe("registering endpoints", () => {
  test("an admin registers an endpoint: the secret is returned once, stored, and kept out of the audit log", async () => {
    const { id, secret } = await register("/registered", ["account.created"]);
    expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    const stored = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ secret, active: true, events: ["account.created"], createdById: admin.id, consecutiveFailures: 0 });
    const [audit] = await db.auditLog.findMany({ where: { entityType: "WebhookEndpoint", entityId: id } });
    expect(audit).toMatchObject({ userId: admin.id, action: "create" });
    expect(JSON.stringify(audit.after)).not.toContain(secret);

    const rotated = await rotateWebhookSecretAction({ id });
    if (!rotated.ok) throw new Error(rotated.error);
    expect(rotated.data.secret).not.toBe(secret);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).secret).toBe(rotated.data.secret);

    const updated = await updateWebhookEndpointAction({ id, url: `${base}/registered`, description: "", events: ["account.created", "stage.changed"] });
    expect(updated.ok).toBe(true);
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ events: ["account.created", "stage.changed"], description: null });
    const deleted = await deleteWebhookEndpointAction({ id });
    expect(deleted.ok).toBe(true);
    expect(await db.webhookEndpoint.count({ where: { id } })).toBe(0);
    expect((await db.auditLog.findMany({ where: { entityType: "WebhookEndpoint", entityId: id } })).map((a) => a.action).sort()).toEqual([
      "create",
      "delete",
      "rotateSecret",
      "update",
    ]);
  });

  test.each([
    ["ftp://example.com/hook", "Use https://"],
    ["http://example.com/hook", "Use https://"],
    ["https://169.254.169.254/latest/meta-data", "link-local"],
    ["https://[fe80::1]/hook", "link-local"],
    ["https://user:pass@example.com/hook", "user name and password"],
    ["not a url", "Enter a full URL"],
  ])("refuses %s", async (url, message) => {
    const result = await createWebhookEndpointAction({ url, events: ["account.created"] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.url).toContain(message);
  });

  test("refuses an endpoint without events", async () => {
    const result = await createWebhookEndpointAction({ url: "https://example.com/hook", events: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.events).toBe("Choose at least one event.");
  });

  test("managers cannot manage webhooks", async () => {
    const { id } = await register("/guarded");
    const delivery = await sendTestWebhookAction({ id });
    if (!delivery.ok) throw new Error(delivery.error);
    actAs(manager);
    const refused = [
      await createWebhookEndpointAction({ url: "https://example.com/hook", events: ["account.created"] }),
      await updateWebhookEndpointAction({ id, url: "https://example.com/hook", events: ["account.created"] }),
      await rotateWebhookSecretAction({ id }),
      await setWebhookEndpointActiveAction({ id, active: false }),
      await sendTestWebhookAction({ id }),
      await redeliverWebhookAction({ deliveryId: delivery.data.deliveryId }),
      await deleteWebhookEndpointAction({ id }),
    ];
    for (const result of refused) expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: true, url: `${base}/guarded` });
    expect(await db.webhookDelivery.count({ where: { endpointId: id } })).toBe(1);
    actAs(admin);
    await deleteWebhookEndpointAction({ id });
  });
});

describe("emission and delivery", () => {
  test("an account update is delivered, signed, to a subscribed endpoint; an unsubscribed one gets nothing", async () => {
    const { id } = await register("/updates", ["account.updated"]);
    const other = await register("/created-only", ["account.created"]);
    const account = await createAccount(db, { ownerId: manager.id, name: "Webhook Update Co" });
    actAs(manager);
    const result = await updateAccountAction({ ...accountInput, id: account.id, version: account.version, name: "Webhook Update Co (renamed)" } as never);
    if (!result.ok) throw new Error(result.error);

    const [pending] = await deliveriesOf(id);
    expect(pending).toMatchObject({ event: "account.updated", status: "PENDING", attempt: 1 });
    expect(await db.webhookDelivery.count({ where: { endpointId: other.id } })).toBe(0);

    const summary = await deliverDueWebhooks(db, { now: new Date() });
    expect(summary).toMatchObject({ attempted: 1, succeeded: 1, failed: 0 });
    const [request] = receivedAt("/updates");
    expect(request.verified).toBe(true);
    expect(verifyWebhookSignature(secrets.get("/updates")!, { timestamp: request.headers["kam-webhook-timestamp"] as string, signature: request.headers["kam-webhook-signature"] as string }, request.body)).toBe(true);
    expect(request.headers["kam-webhook-id"]).toBe(pending.eventId);
    expect(request.headers["content-type"]).toBe("application/json");
    const body = JSON.parse(request.body);
    expect(body).toMatchObject({
      id: pending.eventId,
      type: "account.updated",
      data: { action: "update", userId: manager.id, account: { id: account.id, name: "Webhook Update Co (renamed)", version: account.version + 1 } },
    });
    expect(body.data.changedFields).toContain("name");
    expect(body.data.changedFields).not.toContain("version");

    const [done] = await deliveriesOf(id);
    expect(done).toMatchObject({ status: "SUCCEEDED", responseStatus: 200, error: null });
    expect(done.responseTimeMs).toBeGreaterThanOrEqual(0);
    expect(done.deliveredAt).not.toBeNull();
    // A tampered body or another secret fails the documented check.
    expect(documentedVerify(secrets.get("/updates")!, request.headers, request.body.replace("renamed", "tampered"))).toBe(false);
    expect(documentedVerify("whsec_other", request.headers, request.body)).toBe(false);
    await deleteWebhookEndpointAction({ id });
    await deleteWebhookEndpointAction({ id: other.id });
  });

  test("creating an account emits account.created; a stage move emits stage.changed and account.updated with one commit", async () => {
    const { id } = await register("/stages", ["account.created", "stage.changed", "account.updated"]);
    actAs(manager);
    const created = await createAccountAction({ ...accountInput, name: "Webhook Stage Movers Unlimited", ownerId: "", confirmDuplicates: true } as never);
    if (!created.ok) throw new Error(created.error);
    const accountId = (created.data as { id: string }).id;
    const account = await db.account.findUniqueOrThrow({ where: { id: accountId } });
    const moved = await moveAccountStageAction({ accountId, version: account.version, toStage: "BASIC", reasons: [], note: "first order" });
    if (!moved.ok) throw new Error(moved.error);

    expect((await deliveriesOf(id)).map((d) => d.event).sort()).toEqual(["account.created", "account.updated", "stage.changed"]);
    await deliverDueWebhooks(db, { now: new Date() });
    const bodies = receivedAt("/stages").map((r) => JSON.parse(r.body));
    expect(receivedAt("/stages").every((r) => r.verified)).toBe(true);
    expect(bodies.find((b) => b.type === "account.created").data).toMatchObject({ account: { id: accountId, stage: "EXPLORATORY" }, userId: manager.id });
    const stage = bodies.find((b) => b.type === "stage.changed");
    expect(stage.data).toMatchObject({ fromStage: "EXPLORATORY", toStage: "BASIC", note: "first order", userId: manager.id, account: { id: accountId, stage: "BASIC" } });
    const transition = await db.stageTransition.findFirstOrThrow({ where: { accountId } });
    expect(stage.data.transitionId).toBe(transition.id);
    expect(bodies.find((b) => b.type === "account.updated").data).toMatchObject({ action: "stage.move", changedFields: ["stage", "stageChangedAt"] });

    // A refused move (stale version) emits nothing: the deliveries roll back with it.
    const before = await db.webhookDelivery.count({ where: { endpointId: id } });
    const stale = await moveAccountStageAction({ accountId, version: account.version, toStage: "COOPERATIVE", reasons: [], note: "" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.webhookDelivery.count({ where: { endpointId: id } })).toBe(before);
    actAs(admin);
    await deleteWebhookEndpointAction({ id });
  });

  test("a 500 is logged and retried after the backoff: the log shows both attempts of one event", async () => {
    const { id } = await register("/flaky");
    answers.set("/flaky", [{ status: 500, body: "database down" }, { status: 200 }]);
    const sent = await sendTestWebhookAction({ id });
    if (!sent.ok) throw new Error(sent.error);

    expect(await deliverDueWebhooks(db, { now: new Date() })).toMatchObject({ attempted: 1, failed: 1 });
    const [first, retry] = await deliveriesOf(id);
    expect(first).toMatchObject({ attempt: 1, status: "FAILED", responseStatus: 500, error: "HTTP 500: database down" });
    expect(retry).toMatchObject({ attempt: 2, status: "PENDING", eventId: first.eventId });
    // Due one minute after the failure, not before.
    expect(retry.createdAt.getTime() - first.deliveredAt!.getTime()).toBe(60_000);
    expect(await deliverDueWebhooks(db, { now: new Date() })).toMatchObject({ attempted: 0 });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).consecutiveFailures).toBe(1);

    expect(await deliverDueWebhooks(db, { now: inSeconds(61) })).toMatchObject({ attempted: 1, succeeded: 1 });
    const requests = receivedAt("/flaky");
    expect(requests).toHaveLength(2);
    expect(requests.every((r) => r.verified)).toBe(true);
    expect(new Set(requests.map((r) => r.headers["kam-webhook-id"]))).toEqual(new Set([first.eventId]));
    expect(requests[0].body).toBe(requests[1].body);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).consecutiveFailures).toBe(0);

    const page = await loadWebhooksPage(db, { endpointId: id });
    expect(page.selected?.deliveries.map((d) => [d.attempt, d.status, d.responseStatus])).toEqual([
      [2, "SUCCEEDED", 200],
      [1, "FAILED", 500],
    ]);
    expect(page.selected?.deliveries.every((d) => d.eventId === first.eventId && d.event === "webhook.test")).toBe(true);

    // Redeliver: a third attempt of the same event, sent again with the same body.
    const again = await redeliverWebhookAction({ deliveryId: first.id });
    expect(again).toMatchObject({ ok: true, data: { attempt: 3 } });
    expect(await redeliverWebhookAction({ deliveryId: first.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await deliverDueWebhooks(db, { now: new Date() })).toMatchObject({ attempted: 1, succeeded: 1 });
    expect(receivedAt("/flaky")).toHaveLength(3);
    expect(receivedAt("/flaky")[2].body).toBe(requests[0].body);
    expect(receivedAt("/flaky")[2].verified).toBe(true);
    expect((await deliveriesOf(id)).map((d) => d.attempt).sort()).toEqual([1, 2, 3]);
    const audits = await db.auditLog.findMany({ where: { entityType: "WebhookEndpoint", entityId: id, action: "redeliver" } });
    expect(audits).toHaveLength(1);
    await deleteWebhookEndpointAction({ id });
  });

  test("an event is given up after the last attempt", async () => {
    const { id } = await register("/down");
    answers.set("/down", [{ status: 503 }]);
    await sendTestWebhookAction({ id });
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverDueWebhooks(db, { now: inSeconds(7 * 3600 * attempt) });
    }
    const rows = await deliveriesOf(id);
    expect(rows.map((d) => d.attempt)).toEqual(Array.from({ length: MAX_ATTEMPTS }, (_, i) => i + 1));
    expect(rows.every((d) => d.status === "FAILED")).toBe(true);
    await deleteWebhookEndpointAction({ id });
  });

  test("redirects are not followed, slow receivers time out", async () => {
    const { id } = await register("/moved");
    answers.set("/moved", [{ status: 302, location: "http://169.254.169.254/latest" }]);
    await sendTestWebhookAction({ id });
    await deliverDueWebhooks(db, { now: new Date() });
    const [row] = await deliveriesOf(id);
    expect(row).toMatchObject({ status: "FAILED", responseStatus: 302, error: "redirect to http://169.254.169.254/latest not followed" });
    expect(received.filter((r) => r.path === "/latest")).toHaveLength(0);
    await deleteWebhookEndpointAction({ id });

    answers.set("/slow", ["hang"]);
    const outcome = await postWebhook(`${base}/slow`, "{}", {}, { timeoutMs: 300 });
    expect(outcome).toMatchObject({ ok: false, status: null, error: "no answer within 0.3 s" });
  });

  test("link-local and metadata addresses are never called, whatever was stored", async () => {
    expect(await postWebhook("https://169.254.169.254/latest/meta-data", "{}", {})).toMatchObject({ ok: false, error: "refused: URL not allowed (blocked)" });
    expect(await postWebhook("http://[::ffff:169.254.169.254]/", "{}", {}, { env: { NODE_ENV: "test", KAM_WEBHOOKS_ALLOW_HTTP: "1" } })).toMatchObject({ ok: false, error: "refused: URL not allowed (blocked)" });
    expect(await postWebhook("http://example.com/", "{}", {}, { env: { NODE_ENV: "test" } })).toMatchObject({ ok: false, error: "refused: URL not allowed (scheme)" });
  });
});

describe("pausing", () => {
  test(`after ${PAUSE_AFTER_FAILURES} failures in a row the endpoint is paused, shown on the page and resumed by an admin`, async () => {
    const { id } = await register("/broken");
    answers.set("/broken", [{ status: 500 }]);
    for (let i = 0; i < PAUSE_AFTER_FAILURES + 2; i++) {
      const sent = await sendTestWebhookAction({ id });
      if (!sent.ok) throw new Error(sent.error);
    }
    const summary = await deliverDueWebhooks(db, { now: new Date() });
    expect(summary).toMatchObject({ attempted: PAUSE_AFTER_FAILURES, failed: PAUSE_AFTER_FAILURES, paused: [id] });
    expect(receivedAt("/broken")).toHaveLength(PAUSE_AFTER_FAILURES);
    const paused = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect(paused).toMatchObject({ active: false, consecutiveFailures: PAUSE_AFTER_FAILURES });
    expect(paused.pausedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { entityType: "WebhookEndpoint", entityId: id, action: "pause", userId: null } })).toBe(1);

    // Nothing more goes out, and new events are not even stored for it.
    expect(await deliverDueWebhooks(db, { now: inSeconds(3600) })).toMatchObject({ attempted: 0 });
    expect(await sendTestWebhookAction({ id })).toMatchObject({ ok: false, code: "CONFLICT" });
    const account = await createAccount(db, { ownerId: manager.id });
    actAs(manager);
    await updateAccountAction({ ...accountInput, id: account.id, version: account.version, name: `${account.name} (changed)` } as never);
    actAs(admin);
    expect(await db.webhookDelivery.count({ where: { endpointId: id, event: "account.updated" } })).toBe(0);

    const page = await loadWebhooksPage(db, {});
    expect(page.failing.map((e) => e.id)).toEqual([id]);

    answers.set("/broken", [{ status: 204 }]);
    const resumed = await setWebhookEndpointActiveAction({ id, active: true });
    expect(resumed.ok).toBe(true);
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: true, pausedAt: null, consecutiveFailures: 0 });
    // The waiting deliveries (the retries and the two never tried) go out after the resume.
    const after = await deliverDueWebhooks(db, { now: inSeconds(3600) });
    expect(after.failed).toBe(0);
    expect(after.succeeded).toBeGreaterThanOrEqual(2);
    expect((await loadWebhooksPage(db, {})).failing).toHaveLength(0);
    await deleteWebhookEndpointAction({ id });
  });

  test("an admin's pause is not a failure pause; paused endpoints get no deliveries", async () => {
    const { id } = await register("/manual");
    const paused = await setWebhookEndpointActiveAction({ id, active: false });
    expect(paused.ok).toBe(true);
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false, pausedAt: null });
    expect((await loadWebhooksPage(db, {})).failing).toHaveLength(0);
    expect(await sendTestWebhookAction({ id })).toMatchObject({ ok: false, code: "CONFLICT" });
    await deleteWebhookEndpointAction({ id });
  });
});

describe("documentation", () => {
  test("the OpenAPI webhooks section lists every event with the signature headers", () => {
    const registry = new OpenAPIRegistry();
    registerWebhookDocs(registry);
    const doc = new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: "3.1.0", info: { title: "KAM", version: "1" } });
    expect(Object.keys(doc.webhooks ?? {}).sort()).toEqual([...WEBHOOK_EVENTS, "webhook.test"].sort());
    const stage = doc.webhooks?.["stage.changed"]?.post;
    expect(stage?.parameters?.map((p) => ("name" in p ? p.name : "")).sort()).toEqual(["Kam-Webhook-Id", "Kam-Webhook-Signature", "Kam-Webhook-Timestamp"]);
    expect(stage?.description).toContain(VERIFY_SNIPPET);
    expect(doc.components?.schemas?.WebhookStageChanged).toBeDefined();
  });

  test("the README shows the same verification snippet", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(VERIFY_SNIPPET);
  });
});
