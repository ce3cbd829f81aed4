import "server-only";
import { OpenApiGeneratorV31, OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { API_SCOPES, type ApiScope } from "@/lib/api-keys/scopes";
import { registerWebhookDocs } from "@/lib/webhooks/openapi";
import { ZBulkAccountsBody, ZBulkAccountsResult } from "./bulk/accounts";
import { ZBulkOrdersBody, ZBulkOrdersResult } from "./bulk/orders";
import { BULK_MAX_ROWS } from "./bulk/shared";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./list";
import { PROBLEM_CODES } from "./problem";
import { rateLimitConfig } from "./rate-limit";
import { ZApiAccount, ZApiAccountCreate, ZApiAccountListQuery, ZApiAccountPage, ZApiAccountPatch } from "./resources/accounts";
import {
  ZApiActivity, ZApiActivityCreate, ZApiActivityListQuery, ZApiActivityPage,
  ZApiComplaint, ZApiComplaintCreate, ZApiComplaintListQuery, ZApiComplaintPage, ZApiComplaintPatch,
} from "./resources/activities";
import { ZApiAssessment, ZApiAssessmentListQuery, ZApiAssessmentPage } from "./resources/assessments";
import { ZApiContact, ZApiContactCreate, ZApiContactListQuery, ZApiContactPage, ZApiContactPatch } from "./resources/contacts";
import { ZApiMetrics, ZApiMetricsListQuery, ZApiMetricsPage } from "./resources/metrics";
import { ZApiOrder, ZApiOrderListQuery, ZApiOrderPage } from "./resources/orders";
import { ZApiStageMove, ZApiStageMoveResult, ZApiStageTransitionListQuery, ZApiStageTransitionPage } from "./resources/stages";
import { ZApiUser, ZApiUserListQuery, ZApiUserPage } from "./resources/users";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the endpoints validate and answer with (the
 * app's own form schemas for the bodies), so the document cannot drift from the code. Schema names come from
 * zod's `.meta({ id })`, which the generator reads; the webhooks section is added by lib/webhooks.
 */

const ZFieldProblem = z.object({
  path: z.string().meta({ description: "The field's dotted path in the query or body, e.g. `name` or `rows.3.amount`." }),
  message: z.string(),
  key: z.string().meta({ description: "Stable message key, e.g. `validation.required`." }),
});

const ZRowProblem = z.object({
  row: z.number().int().meta({ description: "Index of the row in `rows` (from 0)." }),
  reasons: z.array(
    z.object({
      column: z.string().optional().meta({ description: "The field of the row." }),
      key: z.string(),
      values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      message: z.string(),
    }),
  ),
});

export const ZProblem = z
  .object({
    type: z.literal("about:blank"),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(PROBLEM_CODES),
    detail: z.string(),
    errors: z.array(ZFieldProblem).optional().meta({ description: "Field errors (400)." }),
    invalidRows: z.array(ZRowProblem).optional().meta({ description: "Rows that cannot be written (422, bulk requests)." }),
    invalidCount: z.number().int().optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });

const problem = (description: string, headers?: Record<string, { description: string; schema: { type: "integer" | "string" } }>) => ({
  description,
  headers,
  content: { "application/problem+json": { schema: ZProblem } },
});

const STANDARD_ERRORS = {
  400: problem("Invalid query or body; `errors` lists each field's problem."),
  401: problem("No key, or the key is unknown, revoked or expired, or its user was deactivated."),
  403: problem("The key lacks the scope, or its user may not change this account."),
  429: problem("Rate limit of the key reached.", { "Retry-After": { description: "Seconds until a request is allowed again.", schema: { type: "integer" } } }),
  500: problem("Unexpected failure; nothing was changed."),
};

type Method = "get" | "post" | "patch";
type Op = {
  method: Method;
  path: string;
  scope: ApiScope;
  tag: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  status?: 200 | 201;
  /** Extra failures this operation can answer, beyond the standard ones. */
  errors?: Partial<Record<404 | 409 | 413 | 422, string>>;
};

const idParam = (name: string, description: string) => z.object({ [name]: z.string().meta({ description }) });

function register(registry: OpenAPIRegistry, op: Op) {
  const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const errors = Object.fromEntries(Object.entries(op.errors ?? {}).map(([status, text]) => [status, problem(text)]));
  registry.registerPath({
    method: op.method,
    path: op.path,
    tags: [op.tag],
    summary: op.summary,
    description: `${op.description ? `${op.description}\n\n` : ""}Scope: \`${op.scope}\`.`,
    security: [{ bearerKey: [op.scope] }],
    request: {
      params: params.length ? idParam(params[0], "Record id") : undefined,
      query: op.query,
      body: op.body ? { required: true, content: { "application/json": { schema: op.body } } } : undefined,
    },
    responses: {
      [op.status ?? 200]: { description: "OK", content: { "application/json": { schema: op.response } } },
      ...STANDARD_ERRORS,
      ...errors,
    },
  });
}

const NOT_FOUND = "No record with this id.";
const WRITE_ERRORS = { 404: "The account does not exist.", 409: "A concurrent change: the version sent is stale, or a unique value is taken." };

const OPERATIONS: Op[] = [
  { method: "get", path: "/accounts", scope: "accounts:read", tag: "Accounts", summary: "List accounts", query: ZApiAccountListQuery, response: ZApiAccountPage },
  {
    method: "post", path: "/accounts", scope: "accounts:write", tag: "Accounts", summary: "Create an account", status: 201,
    description: "The account form's fields and rules. A manager's key creates accounts its user owns; a director's or admin's key may name `ownerId`.",
    body: ZApiAccountCreate, response: ZApiAccount, errors: { 409: "The external reference is taken." },
  },
  { method: "get", path: "/accounts/{id}", scope: "accounts:read", tag: "Accounts", summary: "Get an account", response: ZApiAccount, errors: { 404: NOT_FOUND } },
  {
    method: "patch", path: "/accounts/{id}", scope: "accounts:write", tag: "Accounts", summary: "Change an account",
    description: "Only the fields sent change. Send `version` to refuse the change (409) when the account changed since you read it.",
    body: ZApiAccountPatch, response: ZApiAccount, errors: WRITE_ERRORS,
  },
  {
    method: "post", path: "/accounts/bulk", scope: "accounts:write", tag: "Accounts", summary: "Upsert accounts by external reference",
    description:
      `Up to ${BULK_MAX_ROWS.toLocaleString("en")} rows, matched on \`externalRef\`; all or nothing. A field left out keeps its stored value. ` +
      "Sending the same rows again changes nothing (no version bump, no audit row). Any invalid row (fields, an account the key's user " +
      "may not change, a reference twice) rejects the whole request with 422 and `invalidRows`.",
    body: ZBulkAccountsBody, response: ZBulkAccountsResult,
    errors: { 409: "A reference was created concurrently; retry.", 413: `More than ${BULK_MAX_ROWS.toLocaleString("en")} rows or a too large body.`, 422: "Some rows cannot be written; nothing was." },
  },
  { method: "get", path: "/contacts", scope: "contacts:read", tag: "Contacts", summary: "List contacts", query: ZApiContactListQuery, response: ZApiContactPage },
  { method: "post", path: "/contacts", scope: "contacts:write", tag: "Contacts", summary: "Create a contact", status: 201, body: ZApiContactCreate, response: ZApiContact, errors: { 404: "The account does not exist." } },
  { method: "get", path: "/contacts/{id}", scope: "contacts:read", tag: "Contacts", summary: "Get a contact", response: ZApiContact, errors: { 404: NOT_FOUND } },
  { method: "patch", path: "/contacts/{id}", scope: "contacts:write", tag: "Contacts", summary: "Change a contact", description: "Only the fields sent change.", body: ZApiContactPatch, response: ZApiContact, errors: { 404: NOT_FOUND } },
  { method: "get", path: "/orders", scope: "orders:read", tag: "Orders", summary: "List orders", query: ZApiOrderListQuery, response: ZApiOrderPage },
  { method: "get", path: "/orders/{id}", scope: "orders:read", tag: "Orders", summary: "Get an order", response: ZApiOrder, errors: { 404: NOT_FOUND } },
  {
    method: "post", path: "/orders/bulk", scope: "orders:write", tag: "Orders", summary: "Upsert orders by account and external reference",
    description:
      `Up to ${BULK_MAX_ROWS.toLocaleString("en")} rows; an order is identified by its account (\`accountId\` or \`accountExternalRef\`) and its ` +
      "`externalRef`. All or nothing; only changed orders are written, so the same batch twice changes nothing. The affected accounts' " +
      "metrics are refreshed after the commit.",
    body: ZBulkOrdersBody, response: ZBulkOrdersResult,
    errors: { 413: `More than ${BULK_MAX_ROWS.toLocaleString("en")} rows or a too large body.`, 422: "Some rows cannot be written; nothing was." },
  },
  { method: "get", path: "/activities", scope: "activities:read", tag: "Activities", summary: "List activities", query: ZApiActivityListQuery, response: ZApiActivityPage },
  { method: "post", path: "/activities", scope: "activities:write", tag: "Activities", summary: "Log an activity", status: 201, body: ZApiActivityCreate, response: ZApiActivity, errors: { 404: "The account does not exist." } },
  { method: "get", path: "/activities/{id}", scope: "activities:read", tag: "Activities", summary: "Get an activity", response: ZApiActivity, errors: { 404: NOT_FOUND } },
  { method: "get", path: "/complaints", scope: "complaints:read", tag: "Complaints", summary: "List complaints", query: ZApiComplaintListQuery, response: ZApiComplaintPage },
  { method: "post", path: "/complaints", scope: "complaints:write", tag: "Complaints", summary: "Log a complaint", status: 201, body: ZApiComplaintCreate, response: ZApiComplaint, errors: { 404: "The account does not exist." } },
  { method: "get", path: "/complaints/{id}", scope: "complaints:read", tag: "Complaints", summary: "Get a complaint", response: ZApiComplaint, errors: { 404: NOT_FOUND } },
  { method: "patch", path: "/complaints/{id}", scope: "complaints:write", tag: "Complaints", summary: "Close a complaint", body: ZApiComplaintPatch, response: ZApiComplaint, errors: { 404: NOT_FOUND, 409: "Already closed." } },
  { method: "get", path: "/stage-transitions", scope: "stages:read", tag: "Stages", summary: "List stage transitions", query: ZApiStageTransitionListQuery, response: ZApiStageTransitionPage },
  {
    method: "post", path: "/stage-transitions", scope: "stages:write", tag: "Stages", summary: "Move an account to another stage", status: 201,
    description: "Exactly the board's move: the stage rules apply (400 with the refusal), and `version` must be the account's current one (409 otherwise). Uncoupling (DISINTEGRATING) needs reasons and a note.",
    body: ZApiStageMove, response: ZApiStageMoveResult, errors: WRITE_ERRORS,
  },
  { method: "get", path: "/assessments", scope: "assessments:read", tag: "Assessments", summary: "List assessments", query: ZApiAssessmentListQuery, response: ZApiAssessmentPage },
  { method: "get", path: "/assessments/{id}", scope: "assessments:read", tag: "Assessments", summary: "Get an assessment", response: ZApiAssessment, errors: { 404: NOT_FOUND } },
  {
    method: "get", path: "/metrics", scope: "metrics:read", tag: "Metrics", summary: "List account metrics",
    description: "RFM, ABC and churn risk per account, as the last refresh computed them, with the customer lifetime value where a fit covered the account.",
    query: ZApiMetricsListQuery, response: ZApiMetricsPage,
  },
  { method: "get", path: "/metrics/{accountId}", scope: "metrics:read", tag: "Metrics", summary: "Get one account's metrics", response: ZApiMetrics, errors: { 404: "No metrics for this account (yet)." } },
  { method: "get", path: "/users", scope: "users:read", tag: "Users", summary: "List users", query: ZApiUserListQuery, response: ZApiUserPage },
  { method: "get", path: "/users/{id}", scope: "users:read", tag: "Users", summary: "Get a user", response: ZApiUser, errors: { 404: NOT_FOUND } },
];

function description() {
  const { points, seconds } = rateLimitConfig();
  return [
    "The REST API of KAM, for ERP, BI and other systems. JSON over HTTPS.",
    "",
    "**Authentication.** Send an API key as `Authorization: Bearer kam_…`. Admins create keys in the app (Admin → API keys); " +
      "the secret is shown once. A key acts as one user, with exactly that user's record permissions (a manager's key can only " +
      "change the accounts the manager owns or is on the team of), limited to the key's scopes.",
    "",
    `**Scopes.** ${API_SCOPES.map((s) => `\`${s}\``).join(", ")}. Write does not include read.`,
    "",
    `**Pagination.** Lists answer \`{ data, nextCursor }\`, ${DEFAULT_LIMIT} rows by default (\`limit\` up to ${MAX_LIMIT}), ordered by ` +
      "(updatedAt, id). Pass `nextCursor` as `cursor` for the next page until it is null. Rows created or changed while you page appear on a " +
      "later page; no row is skipped. `updatedSince` fetches what changed since your last sync.",
    "",
    "**Errors** are RFC 9457 `application/problem+json` documents with a `code`; validation errors list each field in `errors`, " +
      "bulk requests list each rejected row in `invalidRows`.",
    "",
    `**Rate limit.** ${points} requests per ${seconds} s per key; beyond it 429 with \`Retry-After\`. Successful answers carry ` +
      "`RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`.",
  ].join("\n");
}

let cached: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

/** The document (built once per process). */
export function openApiDocument() {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerKey", {
    type: "http",
    scheme: "bearer",
    description: "An API key `kam_<prefix>_<secret>`; the requirement lists the scope an operation needs.",
  });
  for (const op of OPERATIONS) register(registry, op);
  registerWebhookDocs(registry);
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "KAM API", version: "1.0.0", description: description() },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerKey: [] }],
  });
  return cached;
}
