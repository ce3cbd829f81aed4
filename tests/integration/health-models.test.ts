import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { actAs } from "../support/action-mocks";
import { createAccount } from "../factories/accounts";
import { createComplaint, createContact, createCoverage } from "../factories/account-contents";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const { startHealthDraftAction, saveHealthDraftAction, publishHealthDraftAction, discardHealthDraftAction } = await import("@/lib/health-models/actions");
const { healthPreview } = await import("@/lib/health-models/preview");
const { loadActiveHealthModel, loadHealthDraft, listHealthModelVersions } = await import("@/lib/health-models/queries");
const { refreshHealth } = await import("@/lib/account-health");
const { stopJobClient } = await import("@/lib/jobs/queue");
const { DEFAULT_HEALTH_MODEL } = await import("@/lib/health");

const db = testDb();
const NOW = new Date();
type U = Awaited<ReturnType<typeof createUser>>;
let admin: U;
let manager: U;
let director: U;

const audits = (entityId: string) => db.auditLog.findMany({ where: { entityType: "HealthModel", entityId }, orderBy: { at: "asc" } });
const draftInput = (modelId: string, changes: Record<string, unknown> = {}) => ({
  modelId,
  name: "Tuned",
  weights: { ...DEFAULT_HEALTH_MODEL.weights },
  healthyFrom: DEFAULT_HEALTH_MODEL.healthyFrom,
  watchFrom: DEFAULT_HEALTH_MODEL.watchFrom,
  freshnessDays: DEFAULT_HEALTH_MODEL.freshnessDays,
  ...changes,
});

beforeAll(async () => {
  await resetDatabase(db);
  [admin, manager, director] = await Promise.all([createUser(db, { role: "ADMIN" }), createUser(db), createUser(db, { role: "DIRECTOR" })]);
  // A spread of accounts: a well-covered key account, one with an open complaint, bare ones, and an archived one.
  const key = await createAccount(db, { ownerId: manager.id, isKeyAccount: true, stage: "COOPERATIVE", quadrant: "STAR" });
  const dm = await createContact(db, key.id, { buyingRole: "DECISION_MAKER", level: "DIRECTOR", attitude: "SUPPORTER" });
  await createCoverage(db, dm.id, manager.id);
  await db.activity.create({ data: { accountId: key.id, contactId: dm.id, userId: manager.id, type: "MEETING", occurredAt: new Date(NOW.getTime() - 5 * 86_400_000), summary: "Met" } });
  const troubled = await createAccount(db, { ownerId: manager.id, stage: "BASIC" });
  await createComplaint(db, troubled.id, { severity: "HIGH", openedAt: new Date(NOW.getTime() - 40 * 86_400_000) });
  for (let i = 0; i < 3; i += 1) await createAccount(db, { ownerId: manager.id });
  await createAccount(db, { ownerId: manager.id, archived: true });
  await refreshHealth(db, { now: NOW });
});

afterAll(async () => {
  await stopJobClient();
});

describe("health model administration", () => {
  test("only admins may start, edit, publish or discard", async () => {
    for (const user of [manager, director]) {
      actAs(user);
      expect(await startHealthDraftAction({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await publishHealthDraftAction({ modelId: "whatever" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await discardHealthDraftAction({ modelId: "whatever" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await saveHealthDraftAction(draftInput("whatever"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.healthModel.count({ where: { status: "DRAFT" } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityType: "HealthModel" } })).toBe(0);
  });

  test("a draft starts as a copy of the active version, numbered next, and starting again returns it", async () => {
    actAs(admin);
    const active = (await loadActiveHealthModel(db))!;
    expect(active).toMatchObject({ version: 1, status: "ACTIVE", weights: DEFAULT_HEALTH_MODEL.weights });
    const started = await startHealthDraftAction({});
    expect(started).toMatchObject({ ok: true, data: { version: 2 } });
    if (!started.ok) return;
    const draft = (await loadHealthDraft(db))!;
    expect(draft).toMatchObject({ id: started.data.id, status: "DRAFT", name: active.name, weights: active.weights, healthyFrom: active.healthyFrom, watchFrom: active.watchFrom });
    expect(await startHealthDraftAction({})).toMatchObject({ ok: true, data: { id: started.data.id, version: 2 } });
    const rows = await audits(draft.id);
    expect(rows.map((r) => r.action)).toEqual(["draft.start"]);
    expect(rows[0]).toMatchObject({ userId: admin.id, before: { copiedFrom: { id: active.id, version: 1 } } });
  });

  test("weights not totalling 100 and a watch score not below healthy are field errors; nothing is saved", async () => {
    actAs(admin);
    const draft = (await loadHealthDraft(db))!;
    const short = await saveHealthDraftAction(draftInput(draft.id, { weights: { ...DEFAULT_HEALTH_MODEL.weights, COVERAGE: 10 } }));
    expect(short).toMatchObject({ ok: false, code: "INVALID" });
    if (short.ok) return;
    expect(short.fieldErrors?.weights).toBe("The weights must total 100 % (now 90 %).");
    const fractional = await saveHealthDraftAction(draftInput(draft.id, { weights: { ...DEFAULT_HEALTH_MODEL.weights, COVERAGE: 19.5, FRESHNESS: 20.5 } }));
    expect(fractional.ok ? null : fractional.fieldErrors?.["weights.COVERAGE"]).toBe("Enter a whole number.");
    const order = await saveHealthDraftAction(draftInput(draft.id, { healthyFrom: 50, watchFrom: 50 }));
    expect(order.ok ? null : order.fieldErrors?.watchFrom).toBe("The watch score must be below the healthy score.");
    expect((await loadHealthDraft(db))!.name).toBe(draft.name);
    expect((await audits(draft.id)).map((r) => r.action)).toEqual(["draft.start"]);
  });

  test("the preview counts the bands now and with the saved draft, and the accounts that change band", async () => {
    actAs(admin);
    const draft = (await loadHealthDraft(db))!;
    // Same weights, so the same scores: with bands from 1 (healthy) and 0 (watch) every scored account is healthy
    // but a zero score, which is on watch.
    const saved = await saveHealthDraftAction(draftInput(draft.id, { healthyFrom: 1, watchFrom: 0, freshnessDays: DEFAULT_HEALTH_MODEL.freshnessDays }));
    expect(saved).toMatchObject({ ok: true, data: { id: draft.id } });
    const current = await db.accountHealth.findMany({ select: { score: true, band: true } });
    expect(current).toHaveLength(5);
    const expected = current.map((row) => (row.score === null ? "NONE" : row.score >= 1 ? "HEALTHY" : "WATCH"));
    const nowBands = current.map((row) => row.band ?? "NONE");
    const count = (bands: string[], band: string) => bands.filter((b) => b === band).length;

    const preview = await healthPreview(db, (await loadHealthDraft(db))!, NOW);
    expect(preview.accounts).toBe(5);
    expect(preview.activeVersion).toBe(1);
    for (const band of ["HEALTHY", "WATCH", "AT_RISK", "NONE"] as const) {
      expect(preview.now[band]).toBe(count(nowBands, band));
      expect(preview.draft[band]).toBe(count(expected, band));
    }
    expect(preview.changed).toBe(expected.filter((band, i) => band !== nowBands[i]).length);
    expect(preview.changed).toBeGreaterThan(0);
    const update = (await audits(draft.id)).find((r) => r.action === "draft.update")!;
    expect(update).toMatchObject({ before: { healthyFrom: 70, watchFrom: 45 }, after: { name: "Tuned", healthyFrom: 1, watchFrom: 0 } });
  });

  test("publishing makes the draft the active version, retires the previous one, and the refresh applies it", async () => {
    actAs(admin);
    const previous = (await loadActiveHealthModel(db))!;
    const draft = (await loadHealthDraft(db))!;
    const preview = await healthPreview(db, draft, NOW);
    const published = await publishHealthDraftAction({ modelId: draft.id });
    expect(published).toMatchObject({ ok: true, data: { id: draft.id, version: 2 } });

    const rows = await db.healthModel.findMany({ orderBy: { version: "asc" } });
    expect(rows.map((r) => [r.version, r.status, r.active])).toEqual([
      [1, "RETIRED", null],
      [2, "ACTIVE", true],
    ]);
    expect(rows[1].publishedAt).not.toBeNull();
    const audit = (await audits(draft.id)).find((r) => r.action === "publish")!;
    expect(audit).toMatchObject({ userId: admin.id, before: { retired: { id: previous.id, version: 1 } }, after: { status: "ACTIVE" } });

    // The versions' account counts (a stored summary) are the health rows' of the moment, before the refresh and after.
    const scored = async () => Object.fromEntries((await db.accountHealth.groupBy({ by: ["modelId"], _count: true })).map((g) => [g.modelId, g._count]));
    const countsBefore = await scored();
    expect(Object.fromEntries((await listHealthModelVersions(db)).map((v) => [v.id, v.accounts]))).toEqual({ [draft.id]: countsBefore[draft.id] ?? 0, [previous.id]: countsBefore[previous.id] ?? 0 });

    // Whether the refresh was queued or ran inline, running it now gives the bands the preview announced.
    await refreshHealth(db, { now: NOW });
    const current = await db.accountHealth.findMany({ select: { band: true, modelId: true } });
    expect(new Set(current.map((r) => r.modelId))).toEqual(new Set([draft.id]));
    for (const band of ["HEALTHY", "WATCH", "AT_RISK"] as const) expect(current.filter((r) => r.band === band)).toHaveLength(preview.draft[band]);

    const versions = await listHealthModelVersions(db);
    expect(versions.map((v) => [v.version, v.status, v.accounts])).toEqual([
      [2, "ACTIVE", 5],
      [1, "RETIRED", 0],
    ]);
    // A published version is no draft any more.
    expect(await publishHealthDraftAction({ modelId: draft.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await saveHealthDraftAction(draftInput(draft.id))).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  test("a draft identical to the active version is not published; a draft can be discarded", async () => {
    actAs(admin);
    const started = await startHealthDraftAction({});
    expect(started).toMatchObject({ ok: true, data: { version: 3 } });
    if (!started.ok) return;
    expect(await publishHealthDraftAction({ modelId: started.data.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await loadActiveHealthModel(db))!.version).toBe(2);

    expect(await discardHealthDraftAction({ modelId: started.data.id })).toMatchObject({ ok: true });
    expect(await loadHealthDraft(db)).toBeNull();
    expect((await audits(started.data.id)).map((r) => r.action)).toEqual(["draft.start", "draft.discard"]);
    expect(await discardHealthDraftAction({ modelId: started.data.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
