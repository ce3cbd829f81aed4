import { beforeAll, describe, expect, it } from "vitest";
import { DAY_MS } from "@/lib/dates";
import { createJobHandlers } from "@/lib/automation/handlers";
import type { JobName } from "@/lib/jobs/definitions";
import { pageRanking, rankingPage, storedRankingPage } from "@/lib/key-accounts/queries";
import { rankAccounts, storeRanking, type RankedAccount } from "@/lib/key-accounts/ranking";
import { refreshAccountMetrics } from "@/lib/metrics";
import { loadActiveModel, type ModelView } from "@/lib/scoring-models/queries";
import type { TIdentificationQuery } from "@/lib/scoring-models/schemas";
import { createAccount, createOrders } from "../factories/accounts";
import { createActiveMatrixModel, createActiveSelectionModel } from "../factories/scoring";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const AS_OF = new Date("2026-03-01T00:00:00Z");
const day = (ago: number) => new Date(AS_OF.getTime() - ago * DAY_MS).toISOString().slice(0, 10);
const NAMES = ["Alpha", "Beta", "Gamma", "Delta", "Omega"];

let selection: ModelView;
const ids: string[] = [];

/**
 * 75 accounts: revenue with ties (and none), assessments on two thirds with factor scores that vary, a few key
 * accounts and two archived ones; names share parts so a search matches several.
 */
async function buildPortfolio() {
  const owner = await createUser(db, { role: "DIRECTOR" });
  const matrix = await createActiveMatrixModel(db);
  await createActiveSelectionModel(db, 20);
  for (let i = 0; i < 75; i++) {
    const account = await createAccount(db, {
      ownerId: owner.id,
      name: `${NAMES[i % NAMES.length]} ${String(i).padStart(2, "0")}`,
      isKeyAccount: i % 7 === 0,
      archived: i === 40 || i === 41,
    });
    ids.push(account.id);
    if (i % 9 !== 8) {
      await createOrders(db, account.id, [{ date: day(10 + (i % 30)), amount: 1000 * ((i * 13) % 8) + 500 }]);
    }
    if (i % 3 !== 2) {
      const assessment = await db.assessment.create({
        data: { accountId: account.id, modelId: matrix.id, assessorId: owner.id, assessedAt: new Date(AS_OF.getTime() - i * DAY_MS), strength: (i * 7) % 11 },
      });
      await db.assessmentScore.createMany({
        data: matrix.factors
          .filter((_, k) => (i + k) % 4 !== 0)
          .map((f, k) => ({ assessmentId: assessment.id, factorId: f.id, score: (i * 3 + k * 5) % 11 })),
      });
    }
  }
  await refreshAccountMetrics(db, { asOf: AS_OF });
  selection = (await loadActiveModel(db, "KEY_ACCOUNT_SELECTION"))!;
}

/** What a ranking row shows, for comparing the stored page with the ranking of the moment. */
const shown = (row: RankedAccount) => ({
  id: row.id, name: row.name, version: row.version, isKeyAccount: row.isKeyAccount, revenue12m: row.revenue12m, abcClass: row.abcClass,
  rfmSegment: row.rfmSegment, criteria: row.criteria, score: row.score, completeness: row.completeness, rank: row.rank, proposed: row.proposed,
});

const xmins = async () =>
  new Map((await db.$queryRaw<{ accountId: string; xmin: string }[]>`SELECT "accountId", xmin::text FROM "IdentificationRank"`).map((r) => [r.accountId, r.xmin]));

beforeAll(async () => {
  await resetDatabase(db);
  await buildPortfolio();
}, 120_000);

describe("the stored key-account ranking", () => {
  it("equals the engine's ranking of the moment, row by row", async () => {
    const result = await storeRanking(db, { now: AS_OF });
    const live = await rankAccounts(db, selection);
    expect(result.accounts).toBe(73);
    expect(live.filter((r) => r.proposed)).toHaveLength(Math.ceil((73 * 20) / 100));
    const stored = await db.identificationRank.findMany({ orderBy: { rank: "asc" } });
    expect(stored.map((r) => ({ id: r.accountId, rank: r.rank, score: r.score, completeness: r.completeness, proposed: r.proposed, criteria: r.criteria })))
      .toEqual(live.map((r) => ({ id: r.id, rank: r.rank, score: r.score, completeness: r.completeness, proposed: r.proposed, criteria: r.criteria })));
    expect(await db.identificationRun.findUnique({ where: { id: 1 } })).toMatchObject({ modelId: selection.id, accounts: 73, rankedAt: AS_OF });
  });

  it("serves every filter, search and page exactly as ranking for the view would", async () => {
    await storeRanking(db, { now: AS_OF });
    const live = await rankAccounts(db, selection);
    for (const show of ["all", "proposed", "unconfirmed", "key"] as const) {
      for (const q of [undefined, "alpha", "ta 1", "nothing like it"]) {
        for (const page of [1, 2, 4]) {
          const query = { show, q, page } as TIdentificationQuery;
          const stored = (await storedRankingPage(db, selection, query))!;
          const expected = pageRanking(live, query);
          expect(stored.rows.map(shown), `${show} ${q} ${page}`).toEqual(expected.rows.map(shown));
          expect({ ...stored, rows: [], rankedAt: null }).toEqual({ ...expected, rows: [] });
          expect(stored.rankedAt).toEqual(AS_OF);
        }
      }
    }
  });

  it("rewrites only the rows that changed, and drops archived accounts", async () => {
    await storeRanking(db, { now: AS_OF });
    const before = await xmins();
    expect((await storeRanking(db, { now: AS_OF })).written).toBe(0);
    expect(await xmins()).toEqual(before);

    // A new assessment of one account moves it up the table: only the rows whose rank or inputs changed are rewritten.
    const ranked = await rankAccounts(db, selection);
    const mover = ranked[40];
    const latest = await db.assessment.findFirstOrThrow({ where: { accountId: mover.id }, orderBy: { assessedAt: "desc" } });
    await db.assessment.update({ where: { id: latest.id }, data: { strength: 10 } });
    await db.assessmentScore.updateMany({ where: { assessmentId: latest.id }, data: { score: 10 } });
    const reranked = await rankAccounts(db, selection);
    const key = (r: RankedAccount) => JSON.stringify([r.rank, r.score, r.completeness, r.proposed, r.criteria]);
    const was = new Map(ranked.map((r) => [r.id, key(r)]));
    const changed = reranked.filter((r) => was.get(r.id) !== key(r)).map((r) => r.id);
    expect(changed.length).toBeGreaterThan(1);
    expect(changed.length).toBeLessThan(ranked.length - 10);
    expect((await storeRanking(db, { now: AS_OF })).written).toBe(changed.length);
    const after = await xmins();
    for (const [id, xmin] of before) expect(after.get(id) === xmin, id).toBe(!changed.includes(id));

    // An archived account leaves the ranking; the stored ranks are the engine's again.
    await db.account.update({ where: { id: mover.id }, data: { archived: true } });
    await storeRanking(db, { now: AS_OF });
    expect(await db.identificationRank.findUnique({ where: { accountId: mover.id } })).toBeNull();
    const stored = await db.identificationRank.findMany({ orderBy: { rank: "asc" } });
    expect(stored.map((r) => [r.accountId, r.rank])).toEqual((await rankAccounts(db, selection)).map((r) => [r.id, r.rank]));
    await db.account.update({ where: { id: mover.id }, data: { archived: false } });
    await storeRanking(db, { now: AS_OF });
  });

  it("shows the account's current name and flag, and an account archived since the ranking no longer", async () => {
    await storeRanking(db, { now: AS_OF });
    const [first, second] = (await storedRankingPage(db, selection, { page: 1 } as TIdentificationQuery))!.rows;
    const totalOf = async (show: "all" | "key") => (await storedRankingPage(db, selection, { page: 1, show } as TIdentificationQuery))!.total;
    const [all, keys] = [await totalOf("all"), await totalOf("key")];
    await db.account.update({ where: { id: first.id }, data: { name: "Renamed Alpha", isKeyAccount: !first.isKeyAccount } });
    await db.account.update({ where: { id: second.id }, data: { archived: true } });
    // The counts (kept as a stored summary) follow the accounts at once.
    expect(await totalOf("all")).toBe(all - 1);
    expect(await totalOf("key")).toBe(keys + (first.isKeyAccount ? -1 : 1) - (second.isKeyAccount ? 1 : 0));
    const page = (await storedRankingPage(db, selection, { page: 1 } as TIdentificationQuery))!;
    expect(page.rows[0]).toMatchObject({ id: first.id, name: "Renamed Alpha", isKeyAccount: !first.isKeyAccount, rank: 1 });
    expect(page.rows.map((r) => r.id)).not.toContain(second.id);
    await db.account.update({ where: { id: first.id }, data: { name: first.name, isKeyAccount: first.isKeyAccount } });
    await db.account.update({ where: { id: second.id }, data: { archived: false } });
  });

  it("is not used under another model: the page ranks for the view instead", async () => {
    await storeRanking(db, { now: AS_OF });
    const draft = { ...selection, id: "another-version", topPercent: 50 };
    expect(await storedRankingPage(db, draft, {} as TIdentificationQuery)).toBeNull();
    const page = await rankingPage(db, draft, {} as TIdentificationQuery);
    expect(page.rankedAt).toBeNull();
    expect(page.proposedCount).toBe(Math.ceil((73 * 50) / 100));
    expect((await rankingPage(db, selection, {} as TIdentificationQuery)).rankedAt).toEqual(AS_OF);
  });

  it("is stored by its job, which every metrics refresh and lifetime-value fit asks for", async () => {
    const sent: JobName[] = [];
    const handlers = createJobHandlers({
      db,
      send: async (name) => {
        sent.push(name);
        return "queued" as const;
      },
    });
    await db.identificationRank.deleteMany();
    const later = new Date(AS_OF.getTime() + DAY_MS);
    expect(await handlers["identification.rank"]!([{ id: "j1", name: "identification.rank", payload: {}, now: later }])).toMatchObject({ accounts: 73 });
    expect(await db.identificationRank.count()).toBe(73);
    expect((await db.identificationRun.findUniqueOrThrow({ where: { id: 1 } })).rankedAt).toEqual(later);

    await handlers["metrics.refresh-account"]!([{ id: "j2", name: "metrics.refresh-account", payload: { accountId: ids[0] }, now: AS_OF }]);
    expect(sent).toEqual(["identification.rank"]);
    await handlers["clv.fit"]!([{ id: "j3", name: "clv.fit", payload: {}, now: AS_OF }]);
    expect(sent).toEqual(["identification.rank", "identification.rank"]);
  });
});
