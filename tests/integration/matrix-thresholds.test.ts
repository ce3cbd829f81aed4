import { beforeAll, describe, expect, it } from "vitest";
import { dashboardQuery, getKpis, getMatrixData, type DashboardFilters } from "@/lib/dashboard";
import { addDays } from "@/lib/dates";
import type { Quadrant } from "@/lib/generated/prisma/enums";
import { placeInMatrix, QUADRANT_KEYS, resolveThresholds, type MatrixPoint } from "@/lib/matrix";
import { latestPortfolioPoints, loadActiveModel, modelThresholds } from "@/lib/scoring-models/queries";
import { createAccount } from "../factories/accounts";
import { createMatrixModel } from "../factories/dashboard";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2026-01-15T00:00:00Z");
const daysAgo = (days: number) => addDays(AS_OF, -days);
const SCALE = { min: 0, max: 10 };

type Spec = { region: "East" | "West"; owner: "m1" | "m2"; latest: MatrixPoint; earlier?: MatrixPoint; archived?: boolean };

/**
 * The active portfolio's latest points are 2, 3, 4, 6, 7, 8, 9 on both axes: its median is 6, so West-1 at (6, 6)
 * is a STAR. The West accounts alone have the median 7.5, under which West-1 would be a DOG; an archived account
 * at (10, 10) and East-3's earlier (10, 10) would also move the median if they were counted.
 */
const SPECS: Record<string, Spec> = {
  "East-1": { region: "East", owner: "m2", latest: { attractiveness: 2, strength: 2 } },
  "East-2": { region: "East", owner: "m2", latest: { attractiveness: 3, strength: 3 } },
  "East-3": { region: "East", owner: "m2", latest: { attractiveness: 4, strength: 4 }, earlier: { attractiveness: 10, strength: 10 } },
  "West-1": { region: "West", owner: "m1", latest: { attractiveness: 6, strength: 6 } },
  "West-2": { region: "West", owner: "m1", latest: { attractiveness: 7, strength: 7 } },
  "West-3": { region: "West", owner: "m1", latest: { attractiveness: 8, strength: 8 } },
  "West-4": { region: "West", owner: "m2", latest: { attractiveness: 9, strength: 9 } },
  Archived: { region: "West", owner: "m1", latest: { attractiveness: 10, strength: 10 }, archived: true },
};
const WHOLE_PORTFOLIO = { attractiveness: 6, strength: 6 };

const ids: Record<string, string> = {};
const stored: Record<string, Quadrant> = {};
let users: { director: { id: string }; m1: { id: string }; m2: { id: string } };

/** Accounts and assessments as the save action leaves them: each quadrant placed over the whole active portfolio. */
async function buildPortfolio() {
  const director = await createUser(db, { role: "DIRECTOR" });
  const m1 = await createUser(db, { role: "MANAGER" });
  const m2 = await createUser(db, { role: "MANAGER" });
  users = { director, m1, m2 };
  const model = await createMatrixModel(db, { thresholdMode: "MEDIAN" });
  const active = Object.values(SPECS).filter((spec) => !spec.archived).map((spec) => spec.latest);
  const split = resolveThresholds({ thresholdMode: "MEDIAN", scale: SCALE }, active);
  for (const [name, spec] of Object.entries(SPECS)) {
    const quadrant = placeInMatrix(spec.latest, split);
    const account = await createAccount(db, {
      ownerId: users[spec.owner].id,
      name,
      region: spec.region,
      archived: spec.archived ?? false,
      quadrant,
    });
    ids[name] = account.id;
    stored[name] = quadrant;
    const assess = (point: MatrixPoint, ago: number, quadrantThen: Quadrant) =>
      db.assessment.create({
        data: {
          accountId: account.id,
          modelId: model.id,
          assessorId: director.id,
          assessedAt: daysAgo(ago),
          ...point,
          attractivenessCompleteness: 1,
          strengthCompleteness: 1,
          quadrant: quadrantThen,
        },
      });
    if (spec.earlier) await assess(spec.earlier, 200, placeInMatrix(spec.earlier, split));
    await assess(spec.latest, 10, quadrant);
  }
}

const queryFor = (viewer: { id: string }, filters: Partial<DashboardFilters> = {}) =>
  dashboardQuery(viewer, { scope: "all", period: "12m", ...filters }, AS_OF);
const nameOf = (id: string) => Object.keys(ids).find((name) => ids[name] === id)!;

beforeAll(async () => {
  await resetDatabase();
  await buildPortfolio();
});

describe("MEDIAN thresholds are the whole active portfolio's", () => {
  it("the portfolio is the latest assessment of every non-archived account", async () => {
    const points = await latestPortfolioPoints(db);
    expect(points.map((p) => nameOf(p.accountId)).sort()).toEqual(Object.keys(SPECS).filter((n) => n !== "Archived").sort());
    expect(points.find((p) => p.accountId === ids["East-3"])).toMatchObject({ attractiveness: 4, strength: 4 });
    const model = (await loadActiveModel(db, "MATRIX"))!;
    expect(await modelThresholds(db, model)).toEqual(WHOLE_PORTFOLIO);
  });

  it("the account with the median score is a STAR (stored with its assessment and on the account)", () => {
    expect(stored["West-1"]).toBe("STAR");
    expect(stored["East-3"]).toBe("DOG");
  });

  it.each<[string, () => [{ id: string }, Partial<DashboardFilters>]]>([
    ["no filter", () => [users.director, {}]],
    ["region West", () => [users.director, { region: "West" }]],
    ["region East", () => [users.director, { region: "East" }]],
    ["owner m1", () => [users.director, { owner: users.m1.id }]],
    ["a manager's own accounts", () => [users.m1, { scope: "mine" }]],
  ])("a filtered dashboard (%s) places every account in its stored quadrant", async (_name, view) => {
    const [viewer, filters] = view();
    const query = queryFor(viewer, filters);
    const matrix = await getMatrixData(query);
    expect(matrix.model?.thresholdMode).toBe("MEDIAN");
    expect(matrix.thresholds).toEqual(WHOLE_PORTFOLIO);
    expect(matrix.bubbles.length).toBeGreaterThan(0);
    for (const bubble of matrix.bubbles) expect([nameOf(bubble.id), bubble.quadrant]).toEqual([nameOf(bubble.id), stored[nameOf(bubble.id)]]);
    const kpis = await getKpis(query);
    const expected = Object.fromEntries(QUADRANT_KEYS.map((q) => [q, matrix.bubbles.filter((b) => stored[nameOf(b.id)] === q).length]));
    expect(Object.fromEntries(QUADRANT_KEYS.map((q) => [q, kpis.quadrants[q].count]))).toEqual(expected);
  });

  it("West-1 stays a STAR when only West is shown, where the West accounts' own median would make it a DOG", async () => {
    const west = await getMatrixData(queryFor(users.director, { region: "West" }));
    expect(west.bubbles.map((b) => nameOf(b.id)).sort()).toEqual(["West-1", "West-2", "West-3", "West-4"]);
    expect(west.bubbles.find((b) => b.id === ids["West-1"])!.quadrant).toBe("STAR");
    const filteredMedian = resolveThresholds({ thresholdMode: "MEDIAN", scale: SCALE }, west.bubbles);
    expect(filteredMedian).toEqual({ attractiveness: 7.5, strength: 7.5 });
    expect(placeInMatrix(west.bubbles.find((b) => b.id === ids["West-1"])!, filteredMedian)).toBe("DOG");
  });

  it("an assessment being saved stands in for its account's latest one", async () => {
    const model = (await loadActiveModel(db, "MATRIX"))!;
    // East-1 moving from (2, 2) to (10, 10): the points become 3, 4, 6, 7, 8, 9, 10, median 7.
    const pending = { accountId: ids["East-1"], attractiveness: 10, strength: 10 };
    expect(await modelThresholds(db, model, pending)).toEqual({ attractiveness: 7, strength: 7 });
    // A first assessment of a new account joins the portfolio: eight points, median (6 + 7) / 2.
    expect(await modelThresholds(db, model, { accountId: "new", attractiveness: 10, strength: 10 })).toEqual({
      attractiveness: 6.5,
      strength: 6.5,
    });
  });
});
