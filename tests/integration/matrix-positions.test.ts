import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { createAccount } from "../factories/accounts";
import { createMatrixModel } from "../factories/assessments";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const DAY0 = new Date("2026-03-01T00:00:00Z");

type Position = { accountId: string; attractiveness: number; strength: number; assessedAt: number; previousAttractiveness: number | null; previousStrength: number | null };

/** What the stored positions must be: per account, the latest complete MATRIX assessment and the one before it. */
async function expectedPositions(): Promise<Position[]> {
  const rows = await db.assessment.findMany({
    where: { attractiveness: { not: null }, strength: { not: null }, model: { purpose: "MATRIX" } },
    select: { id: true, accountId: true, assessedAt: true, attractiveness: true, strength: true },
  });
  const byAccount = new Map<string, typeof rows>();
  for (const row of rows) byAccount.set(row.accountId, [...(byAccount.get(row.accountId) ?? []), row]);
  const positions: Position[] = [];
  for (const [accountId, list] of byAccount) {
    list.sort((a, b) => b.assessedAt.getTime() - a.assessedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    const [latest, previous] = list;
    positions.push({
      accountId,
      attractiveness: Number(latest.attractiveness),
      strength: Number(latest.strength),
      assessedAt: latest.assessedAt.getTime(),
      previousAttractiveness: previous ? Number(previous.attractiveness) : null,
      previousStrength: previous ? Number(previous.strength) : null,
    });
  }
  return positions.sort((a, b) => a.accountId.localeCompare(b.accountId));
}

async function storedPositions(): Promise<Position[]> {
  const rows = await db.matrixPosition.findMany({ orderBy: { accountId: "asc" } });
  return rows
    .map((row) => ({
      accountId: row.accountId,
      attractiveness: Number(row.attractiveness),
      strength: Number(row.strength),
      assessedAt: row.assessedAt.getTime(),
      previousAttractiveness: row.previousAttractiveness === null ? null : Number(row.previousAttractiveness),
      previousStrength: row.previousStrength === null ? null : Number(row.previousStrength),
    }))
    .sort((a, b) => a.accountId.localeCompare(b.accountId));
}

type Latest = { accountId: string; assessmentId: string; assessedAt: number; modelId: string; attractiveness: number | null; strength: number | null; quadrant: string | null };

const num = (value: { toString(): string } | null) => (value === null ? null : Number(value.toString()));

/** What the stored latest assessments must be: per account, its latest assessment of any model, complete or not. */
async function expectedLatest(): Promise<Latest[]> {
  const rows = await db.assessment.findMany({ orderBy: [{ assessedAt: "desc" }, { id: "desc" }] });
  const latest = new Map<string, Latest>();
  for (const row of rows) {
    if (latest.has(row.accountId)) continue;
    latest.set(row.accountId, {
      accountId: row.accountId, assessmentId: row.id, assessedAt: row.assessedAt.getTime(), modelId: row.modelId,
      attractiveness: num(row.attractiveness), strength: num(row.strength), quadrant: row.quadrant,
    });
  }
  return [...latest.values()].sort((a, b) => a.accountId.localeCompare(b.accountId));
}

async function storedLatest(): Promise<Latest[]> {
  const rows = await db.latestAssessment.findMany({ orderBy: { accountId: "asc" } });
  return rows
    .map((row) => ({
      accountId: row.accountId, assessmentId: row.assessmentId, assessedAt: row.assessedAt.getTime(), modelId: row.modelId,
      attractiveness: num(row.attractiveness), strength: num(row.strength), quadrant: row.quadrant,
    }))
    .sort((a, b) => a.accountId.localeCompare(b.accountId));
}

/** Both tables the triggers keep, against the assessments themselves. */
async function expectBothKept() {
  expect(await storedPositions()).toEqual(await expectedPositions());
  expect(await storedLatest()).toEqual(await expectedLatest());
}

let assessorId: string;
let matrixModel: string;
let selectionModel: string;
let accounts: string[];

describe("MatrixPosition and LatestAssessment (kept by triggers on Assessment)", () => {
  beforeAll(async () => {
    await resetDatabase(db);
    const user = await createUser(db, { role: "MANAGER" });
    assessorId = user.id;
    matrixModel = (await createMatrixModel(db)).id;
    selectionModel = (await db.scoringModel.create({ data: { purpose: "KEY_ACCOUNT_SELECTION", version: 900, status: "RETIRED", name: "Selection" } })).id;
    accounts = [];
    for (let i = 0; i < 4; i++) accounts.push((await createAccount(db, { ownerId: user.id, name: `Positioned ${i}` })).id);
  });

  const assess = (accountId: string, day: number, attractiveness: number | null, strength: number | null, modelId = matrixModel) =>
    db.assessment.create({ data: { accountId, modelId, assessorId, assessedAt: addDays(DAY0, day), attractiveness, strength } });

  it("holds the latest and the previous complete matrix assessment, skipping incomplete ones and other models", async () => {
    const [a] = accounts;
    await assess(a, 1, 3, 4);
    expect(await storedPositions()).toEqual([{ accountId: a, attractiveness: 3, strength: 4, assessedAt: addDays(DAY0, 1).getTime(), previousAttractiveness: null, previousStrength: null }]);
    await assess(a, 2, 6, 7);
    await assess(a, 3, 9, null); // incomplete: not a position
    await assess(a, 4, 1, 1, selectionModel); // another purpose: not a position
    const [position] = await storedPositions();
    expect(position).toMatchObject({ attractiveness: 6, strength: 7, previousAttractiveness: 3, previousStrength: 4 });
    // The latest assessment is the newest one whatever it holds: here the other model's, on day 4.
    expect(await storedLatest()).toEqual([expect.objectContaining({ accountId: a, assessedAt: addDays(DAY0, 4).getTime(), modelId: selectionModel })]);
    await expectBothKept();
  });

  it("follows updates, deletions, a bulk insert, assessments moved to another account and a deleted account", async () => {
    const [a, b, c, d] = accounts;
    await db.assessment.createMany({
      data: [
        { accountId: b, modelId: matrixModel, assessorId, assessedAt: addDays(DAY0, 5), attractiveness: 2, strength: 2 },
        { accountId: b, modelId: matrixModel, assessorId, assessedAt: addDays(DAY0, 6), attractiveness: 5, strength: 5 },
        { accountId: c, modelId: matrixModel, assessorId, assessedAt: addDays(DAY0, 5), attractiveness: 8, strength: 1 },
      ],
    });
    await expectBothKept();

    const latestOfB = await db.assessment.findFirstOrThrow({ where: { accountId: b }, orderBy: { assessedAt: "desc" } });
    await db.assessment.update({ where: { id: latestOfB.id }, data: { assessedAt: addDays(DAY0, 4) } });
    expect((await storedPositions()).find((p) => p.accountId === b)).toMatchObject({ attractiveness: 2, previousAttractiveness: 5 });

    // A duplicate merge moves every assessment of C onto D: C has no position left, D gets C's.
    await db.assessment.updateMany({ where: { accountId: c }, data: { accountId: d } });
    const afterMove = await storedPositions();
    expect(afterMove.some((p) => p.accountId === c)).toBe(false);
    expect(afterMove.find((p) => p.accountId === d)).toMatchObject({ attractiveness: 8, strength: 1 });
    expect((await storedLatest()).some((l) => l.accountId === c)).toBe(false);
    await expectBothKept();

    await db.assessment.deleteMany({ where: { accountId: b } });
    await db.account.delete({ where: { id: a } });
    await expectBothKept();
    expect((await storedPositions()).map((p) => p.accountId)).toEqual([d]);
    expect((await storedLatest()).map((l) => l.accountId)).toEqual([d]);
  });

  it("equals the assessments after any sequence of inserts, updates and deletions", async () => {
    const live = (await db.account.findMany({ where: { id: { in: accounts } }, select: { id: true } })).map((row) => row.id);
    const op = fc.oneof(
      fc.record({ kind: fc.constant("insert" as const), account: fc.nat(live.length - 1), day: fc.integer({ min: 0, max: 6 }), a: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 4 }), s: fc.integer({ min: 0, max: 10 }) }),
      fc.record({ kind: fc.constant("move" as const), from: fc.nat(live.length - 1), to: fc.nat(live.length - 1) }),
      fc.record({ kind: fc.constant("delete" as const), account: fc.nat(live.length - 1), day: fc.integer({ min: 0, max: 6 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        for (const o of ops) {
          if (o.kind === "insert") await assess(live[o.account], o.day, o.a, o.s);
          else if (o.kind === "move") await db.assessment.updateMany({ where: { accountId: live[o.from] }, data: { accountId: live[o.to] } });
          else await db.assessment.deleteMany({ where: { accountId: live[o.account], assessedAt: addDays(DAY0, o.day) } });
        }
        await expectBothKept();
      }),
      { numRuns: 25 },
    );
  });
});
