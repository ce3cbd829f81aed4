import { beforeAll, describe, expect, test, vi } from "vitest";
import { actAs } from "../support/action-mocks";
import { createAccount } from "../factories/accounts";
import { createActiveMatrixModel, createActiveSelectionModel, uniformScores } from "../factories/scoring";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-mocks")).sessionModule());
vi.mock("@/lib/i18n/server", async () => (await import("../support/action-mocks")).i18nModule());
vi.mock("next/cache", async () => (await import("../support/action-mocks")).cacheModule());

const { saveAssessmentAction } = await import("@/lib/assessments/actions");
const { setKeyAccountAction, saveFitInferenceAction } = await import("@/lib/key-accounts/actions");
const { startDraftAction, saveMatrixDraftAction, saveSelectionDraftAction, publishDraftAction } = await import("@/lib/scoring-models/actions");
const { loadActiveModel, loadModel } = await import("@/lib/scoring-models/queries");
const { previewQuadrantChanges } = await import("@/lib/scoring-models/preview");
const { rankAccounts } = await import("@/lib/key-accounts/ranking");

const db = testDb();
type User = Awaited<ReturnType<typeof createUser>>;
type Model = Awaited<ReturnType<typeof createActiveMatrixModel>>;
let admin: User, director: User, alice: User, bob: User;
let matrix: Model;

type AssessmentRaw = Parameters<typeof saveAssessmentAction>[0];
/** Saves an assessment as the form does: with the account's current version unless the test gives one. */
async function assess(input: Record<string, unknown>) {
  const current = await db.account.findUnique({ where: { id: String(input.accountId) }, select: { version: true } });
  return saveAssessmentAction({ version: current?.version ?? 1, ...input } as AssessmentRaw);
}

/** The draft editor's payload for a model: every factor as stored, optionally changed. */
async function matrixDraftInput(modelId: string, change: (factors: Record<string, unknown>[]) => Record<string, unknown>[] = (f) => f) {
  const model = (await loadModel(db, modelId))!;
  const factors = model.factors.map((f) => ({
    key: f.key, dimension: f.dimension, groupKey: f.groupKey, labelEn: f.labelEn, labelZh: f.labelZh,
    helpEn: f.helpEn, helpZh: f.helpZh, weight: f.weight, inverted: f.inverted,
  }));
  return {
    modelId, name: model.name, scaleMin: model.scale.min, scaleMax: model.scale.max, thresholdMode: model.thresholdMode,
    attractivenessThreshold: null, strengthThreshold: null, factors: change(factors),
  } as Parameters<typeof saveMatrixDraftAction>[0];
}

beforeAll(async () => {
  await resetDatabase(db);
  [admin, director, alice, bob] = await Promise.all([
    createUser(db, { role: "ADMIN" }),
    createUser(db, { role: "DIRECTOR" }),
    createUser(db, { role: "MANAGER" }),
    createUser(db, { role: "MANAGER" }),
  ]);
  matrix = await createActiveMatrixModel(db);
  await createActiveSelectionModel(db);
});

describe("saving an assessment", () => {
  test("stores server-computed totals and quadrant, ignoring tampered client totals, and keeps history", async () => {
    const account = await createAccount(db, { ownerId: alice.id });
    actAs(alice);
    const first = await assess({
      accountId: account.id, modelId: matrix.id, comment: "First look",
      scores: uniformScores(matrix.factors, 8, 7),
      attractiveness: 1, strength: 1, quadrant: "DOG",
    });
    expect(first).toMatchObject({ ok: true, data: { quadrant: "STAR" } });
    const stored = await db.assessment.findMany({ where: { accountId: account.id }, include: { scores: true, model: true } });
    expect(stored).toHaveLength(1);
    expect(Number(stored[0].attractiveness)).toBeCloseTo(8, 3);
    expect(Number(stored[0].strength)).toBeCloseTo(7, 3);
    expect(Number(stored[0].attractivenessCompleteness)).toBe(1);
    expect(stored[0].quadrant).toBe("STAR");
    expect(stored[0].model.version).toBe(1);
    expect(stored[0].scores).toHaveLength(matrix.factors.length);
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).quadrant).toBe("STAR");

    const second = await assess({ accountId: account.id, modelId: matrix.id, scores: uniformScores(matrix.factors, 2, 3) });
    expect(second).toMatchObject({ ok: true, data: { quadrant: "DOG" } });
    expect(await db.assessment.count({ where: { accountId: account.id } })).toBe(2);
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).quadrant).toBe("DOG");

    const audit = await db.auditLog.findMany({ where: { entityType: "Assessment", userId: alice.id } });
    expect(audit).toHaveLength(2);
    const quadrantAudit = await db.auditLog.findMany({ where: { entityType: "Account", entityId: account.id, action: "assessment" }, orderBy: { at: "asc" } });
    expect(quadrantAudit.map((a) => [(a.before as { quadrant: string | null }).quadrant, (a.after as { quadrant: string }).quadrant])).toEqual([
      [null, "STAR"],
      ["STAR", "DOG"],
    ]);
  });

  test("a save made from a stale version of the account is refused and changes nothing", async () => {
    const account = await createAccount(db, { ownerId: alice.id });
    actAs(alice);
    const seen = (await db.account.findUniqueOrThrow({ where: { id: account.id } })).version;
    // Someone else changes the account after the form was shown.
    await db.account.update({ where: { id: account.id }, data: { region: "North", version: { increment: 1 } } });
    const stale = await assess({ accountId: account.id, version: seen, modelId: matrix.id, scores: uniformScores(matrix.factors, 8, 7) });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.assessment.count({ where: { accountId: account.id } })).toBe(0);
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).quadrant).toBeNull();

    const fresh = await assess({ accountId: account.id, version: seen + 1, modelId: matrix.id, scores: uniformScores(matrix.factors, 8, 7) });
    expect(fresh).toMatchObject({ ok: true, data: { quadrant: "STAR", version: seen + 2 } });
  });

  test("blank factors lower completeness, not the score; out-of-scale scores are refused", async () => {
    const account = await createAccount(db, { ownerId: alice.id });
    actAs(alice);
    const scores = uniformScores(matrix.factors, 6, 6).map((s, i) => (i % 2 === 0 ? { ...s, score: null } : s));
    const result = await assess({ accountId: account.id, modelId: matrix.id, scores });
    expect(result.ok).toBe(true);
    const stored = await db.assessment.findFirstOrThrow({ where: { accountId: account.id } });
    expect(Number(stored.attractivenessCompleteness)).toBeLessThan(1);

    const bad = await assess({ accountId: account.id, modelId: matrix.id, scores: [{ factorId: matrix.factors[0].id, score: 11 }] });
    expect(bad).toMatchObject({ ok: false, code: "INVALID" });
  });

  test("a manager cannot assess someone else's account; a director can", async () => {
    const account = await createAccount(db, { ownerId: bob.id });
    actAs(alice);
    expect(await assess({ accountId: account.id, modelId: matrix.id, scores: uniformScores(matrix.factors, 5, 5) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.assessment.count({ where: { accountId: account.id } })).toBe(0);

    await db.accountTeamMember.create({ data: { accountId: account.id, userId: alice.id, teamRole: "FINANCE" } });
    expect((await assess({ accountId: account.id, modelId: matrix.id, scores: uniformScores(matrix.factors, 5, 5) })).ok).toBe(true);

    actAs(director);
    expect((await assess({ accountId: account.id, modelId: matrix.id, scores: uniformScores(matrix.factors, 5, 5) })).ok).toBe(true);
  });
});

describe("model editing", () => {
  test("a manager or director cannot edit models", async () => {
    for (const user of [alice, director]) {
      actAs(user);
      expect(await startDraftAction({ purpose: "MATRIX" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await publishDraftAction({ modelId: matrix.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.scoringModel.count({ where: { status: "DRAFT" } })).toBe(0);
  });

  test("weights not totalling 100 % are rejected", async () => {
    actAs(admin);
    const started = await startDraftAction({ purpose: "MATRIX" });
    if (!started.ok) throw new Error(started.error);
    const input = await matrixDraftInput(started.data.id, (factors) => factors.map((f) => (f.key === "credit_standing" ? { ...f, weight: 20 } : f)));
    const result = await saveMatrixDraftAction(input);
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    if (result.ok) return;
    expect(result.fieldErrors?.["weights.ATTRACTIVENESS"]).toMatch(/100 %/);
    expect(result.fieldErrors?.["weights.STRENGTH"]).toBeUndefined();

    actAs(admin);
    const selection = await startDraftAction({ purpose: "KEY_ACCOUNT_SELECTION" });
    if (!selection.ok) throw new Error(selection.error);
    const badSelection = await saveSelectionDraftAction({
      modelId: selection.data.id, name: "Selection", topPercent: 20,
      criteria: [{ key: "SALES_VOLUME", labelEn: "Sales", labelZh: "销售额", helpEn: null, helpZh: null, weight: 90 }],
    });
    expect(badSelection).toMatchObject({ ok: false, code: "INVALID" });
  });

  test("publishing keeps old assessments on their version, moves the active flag and is audited", async () => {
    actAs(admin);
    const started = await startDraftAction({ purpose: "MATRIX" });
    if (!started.ok) throw new Error(started.error);
    expect(started.data.version).toBe(2);
    const input = await matrixDraftInput(started.data.id, (factors) =>
      factors.map((f) => (f.key === "credit_standing" ? { ...f, weight: 18 } : f.key === "growth_likelihood" ? { ...f, weight: 5 } : f)),
    );
    expect(await saveMatrixDraftAction(input)).toMatchObject({ ok: true });
    const draft = (await loadModel(db, started.data.id))!;
    const preview = await previewQuadrantChanges(db, draft);
    expect(preview.assessed).toBeGreaterThan(0);
    expect(preview.changed).toBeGreaterThanOrEqual(0);

    const before = await db.assessment.count({ where: { modelId: matrix.id } });
    expect(await publishDraftAction({ modelId: started.data.id })).toMatchObject({ ok: true, data: { version: 2 } });
    const active = await loadActiveModel(db, "MATRIX");
    expect(active).toMatchObject({ id: started.data.id, version: 2, status: "ACTIVE" });
    expect(active!.factors.find((f) => f.key === "credit_standing")!.weight).toBe(18);
    expect(await db.scoringModel.findUniqueOrThrow({ where: { id: matrix.id } })).toMatchObject({ status: "RETIRED", activePurpose: null });
    expect(await db.assessment.count({ where: { modelId: matrix.id } })).toBe(before);

    const actions = (await db.auditLog.findMany({ where: { entityType: "ScoringModel", entityId: started.data.id }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["draft.start", "draft.update", "publish"]);

    // The form still holding the retired model is refused rather than scored against the wrong version.
    const account = await createAccount(db, { ownerId: alice.id });
    actAs(alice);
    expect(await assess({ accountId: account.id, modelId: matrix.id, scores: uniformScores(matrix.factors, 5, 5) })).toMatchObject({ ok: false, code: "CONFLICT" });
    const saved = await assess({ accountId: account.id, modelId: active!.id, scores: uniformScores(active!.factors, 5, 5) });
    expect(saved.ok).toBe(true);
    expect((await db.assessment.findFirstOrThrow({ where: { accountId: account.id }, include: { model: true } })).model.version).toBe(2);
  });
});

describe("key-account identification", () => {
  test("proposes the top X % and lets a director (not a manager) confirm the flag", async () => {
    const selection = (await loadActiveModel(db, "KEY_ACCOUNT_SELECTION"))!;
    const ranked = await rankAccounts(db, selection);
    const accounts = await db.account.count({ where: { archived: false } });
    expect(ranked).toHaveLength(accounts);
    expect(ranked.filter((r) => r.proposed)).toHaveLength(Math.ceil((accounts * 20) / 100));
    const top = ranked[0];
    expect(top.proposed).toBe(true);

    const current = await db.account.findUniqueOrThrow({ where: { id: top.id } });
    actAs(alice);
    expect(await setKeyAccountAction({ accountId: top.id, version: current.version, isKeyAccount: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(director);
    expect(await setKeyAccountAction({ accountId: top.id, version: current.version, isKeyAccount: true })).toMatchObject({ ok: true });
    expect((await db.account.findUniqueOrThrow({ where: { id: top.id } })).isKeyAccount).toBe(true);
    expect(await setKeyAccountAction({ accountId: top.id, version: current.version, isKeyAccount: false })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.auditLog.count({ where: { entityType: "Account", entityId: top.id, action: "keyAccount.confirm" } })).toBe(1);
  });

  test("experience inference stores the server's fit score", async () => {
    const account = await createAccount(db, { ownerId: alice.id });
    actAs(alice);
    const result = await saveFitInferenceAction({ accountId: account.id, industryNeed: 5, ourMatch: 5, customerNeed: 5, supplierCriteriaMatch: 5 });
    expect(result).toMatchObject({ ok: true, data: { score: 100, recommendation: "PURSUE" } });
    const other = await createAccount(db, { ownerId: bob.id });
    expect(await saveFitInferenceAction({ accountId: other.id, industryNeed: 3, ourMatch: 3, customerNeed: 3, supplierCriteriaMatch: 3 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
