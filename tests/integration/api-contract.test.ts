import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as accountOne from "@/app/api/v1/accounts/[id]/route";
import * as bulkAccounts from "@/app/api/v1/accounts/bulk/route";
import * as accounts from "@/app/api/v1/accounts/route";
import * as activityOne from "@/app/api/v1/activities/[id]/route";
import * as activities from "@/app/api/v1/activities/route";
import * as assessmentOne from "@/app/api/v1/assessments/[id]/route";
import * as assessments from "@/app/api/v1/assessments/route";
import * as complaintOne from "@/app/api/v1/complaints/[id]/route";
import * as complaints from "@/app/api/v1/complaints/route";
import * as contactOne from "@/app/api/v1/contacts/[id]/route";
import * as contacts from "@/app/api/v1/contacts/route";
import * as metricsOne from "@/app/api/v1/metrics/[accountId]/route";
import * as metrics from "@/app/api/v1/metrics/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as orderOne from "@/app/api/v1/orders/[id]/route";
import * as bulkOrders from "@/app/api/v1/orders/bulk/route";
import * as orders from "@/app/api/v1/orders/route";
import * as stages from "@/app/api/v1/stage-transitions/route";
import * as userOne from "@/app/api/v1/users/[id]/route";
import * as users from "@/app/api/v1/users/route";
import { refreshAccountMetrics } from "@/lib/metrics";
import { createOrders } from "../factories/accounts";
import { createAssessment, createMatrixModel } from "../factories/assessments";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";
import { call, createKey, type Call } from "./api-support";

/**
 * Real answers of every endpoint, successes and failures, validated against the OpenAPI document the app serves
 * (JSON Schema 2020-12, the dialect of OpenAPI 3.1): the document must describe what the code answers.
 */
const db = testDb();
type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>; webhooks?: Record<string, unknown> };
let doc: Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const checked = new Set<string>();

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

type Handler = Parameters<typeof call>[0];

/** Calls an endpoint and validates its answer against the document's schema for that path, method and status. */
async function contract(method: string, path: string, handler: Handler, url: string, init: Call & { expect: number }) {
  const answer = await call(handler, url, { ...init, method: method.toUpperCase() });
  expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.json)}`).toBe(init.expect);
  const operation = doc.paths[path]?.[method];
  expect(operation, `${method} ${path} is documented`).toBeDefined();
  const response = operation.responses[String(answer.status)];
  expect(response, `${method} ${path} documents ${answer.status}`).toBeDefined();
  const type = answer.headers.get("content-type")!.split(";")[0];
  expect(response.content?.[type], `${method} ${path} ${answer.status} documents ${type}`).toBeDefined();
  const validate = ajv.getSchema(`openapi#/${pointer("paths", path, method, "responses", String(answer.status), "content", type, "schema")}`)!;
  const valid = validate(answer.json);
  expect(valid, `${method} ${path} ${answer.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  checked.add(`${method} ${path} ${answer.status}`);
  return answer.json;
}

let keyA: string, keyB: string, readOnly: string;
let owner: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  await resetDatabase();
  const served = await openapi.GET();
  doc = (await served.json()) as Doc;
  ajv.addSchema(doc as object, "openapi");
  owner = await createUser(db);
  const other = await createUser(db);
  ({ token: keyA } = await createKey(db, owner.id));
  ({ token: keyB } = await createKey(db, other.id));
  ({ token: readOnly } = await createKey(db, owner.id, { scopes: ["accounts:read"] }));
});

afterAll(() => {
  delete process.env.KAM_API_RATE_LIMIT;
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with a path for every route, the problem schema and the webhooks section", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/accounts", "/accounts/bulk", "/accounts/{id}", "/activities", "/activities/{id}", "/assessments", "/assessments/{id}", "/complaints",
      "/complaints/{id}", "/contacts", "/contacts/{id}", "/metrics", "/metrics/{accountId}", "/orders", "/orders/bulk", "/orders/{id}",
      "/stage-transitions", "/users", "/users/{id}",
    ]);
    expect(Object.keys(doc.webhooks ?? {}).length).toBeGreaterThan(0);
  });

  it("describes every real answer", async () => {
    const id = (path: string, value: string) => ({ params: { [path]: value } });
    const accountBody = { name: "Contract Co", industry: "x", region: "x", country: "CN", size: "SMALL", lifecyclePhase: "GROWTH", externalRef: "K-1", annualRevenue: 12.5 };
    const account = await contract("post", "/accounts", accounts.POST, "/accounts", { token: keyA, body: accountBody, expect: 201 });
    await contract("post", "/accounts", accounts.POST, "/accounts", { token: keyA, body: { ...accountBody, name: "" }, expect: 400 });
    await contract("post", "/accounts", accounts.POST, "/accounts", { token: keyA, body: accountBody, expect: 409 });
    await contract("get", "/accounts", accounts.GET, "/accounts", { token: keyA, query: { limit: "1" }, expect: 200 });
    await contract("get", "/accounts", accounts.GET, "/accounts", { token: null, expect: 401 });
    await contract("get", "/accounts", accounts.GET, "/accounts", { token: keyA, query: { limit: "0" }, expect: 400 });
    await contract("get", "/accounts/{id}", accountOne.GET, "", { token: keyA, ...id("id", account.id), expect: 200 });
    await contract("get", "/accounts/{id}", accountOne.GET, "", { token: keyA, ...id("id", "nope"), expect: 404 });
    await contract("patch", "/accounts/{id}", accountOne.PATCH, "", { token: keyA, ...id("id", account.id), body: { products: "Pumps" }, expect: 200 });
    await contract("patch", "/accounts/{id}", accountOne.PATCH, "", { token: keyB, ...id("id", account.id), body: { products: "x" }, expect: 403 });
    await contract("patch", "/accounts/{id}", accountOne.PATCH, "", { token: keyA, ...id("id", account.id), body: { version: 1 }, expect: 409 });
    await contract("post", "/accounts/bulk", bulkAccounts.POST, "/accounts/bulk", { token: keyA, body: { rows: [{ externalRef: "K-2", name: "B", industry: "x", region: "x", country: "x", size: "SMALL" }] }, expect: 200 });
    await contract("post", "/accounts/bulk", bulkAccounts.POST, "/accounts/bulk", { token: keyA, body: { rows: [{ externalRef: "K-3" }] }, expect: 422 });
    await contract("post", "/accounts/bulk", bulkAccounts.POST, "/accounts/bulk", { token: keyA, body: { rows: Array.from({ length: 10_001 }, () => ({})) }, expect: 413 });
    await contract("post", "/accounts/bulk", bulkAccounts.POST, "/accounts/bulk", { token: readOnly, body: { rows: [{}] }, expect: 403 });

    const contact = await contract("post", "/contacts", contacts.POST, "/contacts", { token: keyA, body: { accountId: account.id, name: "Ann", function: "IT", level: "STAFF" }, expect: 201 });
    await contract("post", "/contacts", contacts.POST, "/contacts", { token: keyA, body: { accountId: "nope", name: "Ann", function: "IT", level: "STAFF" }, expect: 404 });
    await contract("get", "/contacts", contacts.GET, "/contacts", { token: keyA, expect: 200 });
    await contract("get", "/contacts/{id}", contactOne.GET, "", { token: keyA, ...id("id", contact.id), expect: 200 });
    await contract("patch", "/contacts/{id}", contactOne.PATCH, "", { token: keyA, ...id("id", contact.id), body: { phone: "123" }, expect: 200 });

    await createOrders(db, account.id, [{ date: "2025-03-01", amount: "10.10" }]);
    const orderPage = await contract("get", "/orders", orders.GET, "/orders", { token: keyA, expect: 200 });
    await contract("get", "/orders/{id}", orderOne.GET, "", { token: keyA, ...id("id", orderPage.data[0].id), expect: 200 });
    const orderRow = { accountId: account.id, externalRef: "O-1", orderDate: "2025-04-01", amount: "5", margin: "1", productCategory: "P" };
    await contract("post", "/orders/bulk", bulkOrders.POST, "/orders/bulk", { token: keyA, body: { rows: [orderRow] }, expect: 200 });
    await contract("post", "/orders/bulk", bulkOrders.POST, "/orders/bulk", { token: keyA, body: { rows: [{ ...orderRow, amount: "x" }] }, expect: 422 });

    const activity = await contract("post", "/activities", activities.POST, "/activities", { token: keyA, body: { accountId: account.id, type: "VISIT", summary: "Visit", followUpAt: "2026-02-01" }, expect: 201 });
    await contract("get", "/activities", activities.GET, "/activities", { token: keyA, expect: 200 });
    await contract("get", "/activities/{id}", activityOne.GET, "", { token: keyA, ...id("id", activity.id), expect: 200 });

    const complaint = await contract("post", "/complaints", complaints.POST, "/complaints", { token: keyA, body: { accountId: account.id, severity: "LOW", summary: "Noise" }, expect: 201 });
    await contract("get", "/complaints", complaints.GET, "/complaints", { token: keyA, expect: 200 });
    await contract("get", "/complaints/{id}", complaintOne.GET, "", { token: keyA, ...id("id", complaint.id), expect: 200 });
    await contract("patch", "/complaints/{id}", complaintOne.PATCH, "", { token: keyA, ...id("id", complaint.id), body: { closed: true }, expect: 200 });
    await contract("patch", "/complaints/{id}", complaintOne.PATCH, "", { token: keyA, ...id("id", complaint.id), body: { closed: true }, expect: 409 });

    const current = await db.account.findUniqueOrThrow({ where: { id: account.id } });
    await contract("post", "/stage-transitions", stages.POST, "/stage-transitions", { token: keyA, body: { accountId: account.id, version: current.version, toStage: "DISINTEGRATING", reasons: ["LACK_OF_TRUST"], note: "Lost the tender" }, expect: 201 });
    await contract("get", "/stage-transitions", stages.GET, "/stage-transitions", { token: keyA, expect: 200 });

    const model = await createMatrixModel(db);
    const assessment = await createAssessment(db, { accountId: account.id, modelId: model.id, assessorId: owner.id, assessedAt: new Date(), attractiveness: 5, strength: 5, quadrant: "STAR" });
    await contract("get", "/assessments", assessments.GET, "/assessments", { token: keyA, expect: 200 });
    await contract("get", "/assessments/{id}", assessmentOne.GET, "", { token: keyA, ...id("id", assessment.id), expect: 200 });

    await refreshAccountMetrics(db, { asOf: new Date() });
    await contract("get", "/metrics", metrics.GET, "/metrics", { token: keyA, expect: 200 });
    await contract("get", "/metrics/{accountId}", metricsOne.GET, "", { token: keyA, ...id("accountId", account.id), expect: 200 });
    await contract("get", "/users", users.GET, "/users", { token: keyA, expect: 200 });
    await contract("get", "/users/{id}", userOne.GET, "", { token: keyA, ...id("id", owner.id), expect: 200 });

    process.env.KAM_API_RATE_LIMIT = "1/60";
    const { token: limited } = await createKey(db, owner.id);
    await contract("get", "/users", users.GET, "/users", { token: limited, expect: 200 });
    await contract("get", "/users", users.GET, "/users", { token: limited, expect: 429 });
    delete process.env.KAM_API_RATE_LIMIT;

    // Every operation's success answer was checked.
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        const success = Object.keys(methods[method].responses).find((status) => status.startsWith("2"))!;
        expect(checked, `${method} ${path} ${success}`).toContain(`${method} ${path} ${success}`);
      }
    }
  });
});
