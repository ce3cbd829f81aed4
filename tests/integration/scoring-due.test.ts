import { beforeAll, describe, expect, it } from "vitest";
import { listAccountsToAssess } from "@/lib/assessments/queries";
import type { SessionUser } from "@/lib/auth/roles";
import { addDays } from "@/lib/dates";
import { withDefaultOwner } from "@/lib/lists/query";
import { loadActiveModel } from "@/lib/scoring-models/queries";
import { DEFAULT_STALE_DAYS, SCORING_PAGE_SIZE, ZScoringListQuery } from "@/lib/scoring-models/schemas";
import { createUser } from "../factories/users";
import { resetDatabase, testDb } from "../support/db";

const db = testDb();
const asUser = (u: Awaited<ReturnType<typeof createUser>>): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

type Fixture = { id: string; name: string; ownerId: string; isKeyAccount: boolean; archived: boolean; latest: { assessedAt: Date; version: number } | null };

let mia: SessionUser;
let dora: SessionUser;
let activeVersion: number;
let accounts: Fixture[];

beforeAll(async () => {
  await resetDatabase(db);
  mia = asUser(await createUser(db, { role: "MANAGER", name: "Mia" }));
  const max = asUser(await createUser(db, { role: "MANAGER", name: "Max" }));
  dora = asUser(await createUser(db, { role: "DIRECTOR", name: "Dora" }));
  const old = await db.scoringModel.create({ data: { purpose: "MATRIX", version: 1, status: "RETIRED", name: "Old matrix" } });
  const current = await db.scoringModel.create({ data: { purpose: "MATRIX", version: 2, status: "ACTIVE", activePurpose: "MATRIX", name: "Matrix" } });
  activeVersion = current.version;

  const next = random(7);
  const now = new Date();
  // Ages well away from the cut-offs the tests use (the default and 180 days), so the moment of the query cannot matter.
  const ages = [10, 40, 120, 150, 200, 260, 400];
  const rows = Array.from({ length: 90 }, (_, i) => ({
    // Names repeat, so the order falls back to the id.
    name: `Acct ${String(Math.floor(next() * 30)).padStart(2, "0")}`,
    ownerId: next() < 0.5 ? mia.id : max.id,
    isKeyAccount: next() < 0.25,
    archived: next() < 0.1,
    industry: "Manufacturing",
    region: "East China",
    country: "CN",
    size: "MEDIUM" as const,
    externalRef: `due-${i}`,
  }));
  await db.account.createMany({ data: rows });
  const created = await db.account.findMany({ select: { id: true, name: true, ownerId: true, isKeyAccount: true, archived: true } });
  accounts = [];
  const assessments: { accountId: string; modelId: string; assessorId: string; assessedAt: Date }[] = [];
  for (const account of created) {
    // Two in five never assessed; the others once or twice, the latest one deciding.
    const count = next() < 0.4 ? 0 : next() < 0.5 ? 1 : 2;
    let latest: Fixture["latest"] = null;
    // Distinct ages, so no two assessments of one account tie on the date.
    const first = Math.floor(next() * ages.length);
    for (let k = 0; k < count; k++) {
      const assessedAt = addDays(now, -ages[(first + k * 3) % ages.length]);
      const model = next() < 0.3 ? old : current;
      assessments.push({ accountId: account.id, modelId: model.id, assessorId: mia.id, assessedAt });
      if (!latest || assessedAt > latest.assessedAt) latest = { assessedAt, version: model.version };
    }
    accounts.push({ ...account, latest });
  }
  await db.assessment.createMany({ data: assessments });
}, 60_000);

/** What the list must show, from the fixture alone: due active accounts, key accounts first, oldest first, never last. */
function expected(ownerId: string | null, days: number) {
  const cutoff = addDays(new Date(), -days);
  return accounts
    .filter((a) => !a.archived && (ownerId === null || a.ownerId === ownerId))
    .filter((a) => !a.latest || a.latest.assessedAt < cutoff || a.latest.version < activeVersion)
    .sort((a, b) =>
      Number(b.isKeyAccount) - Number(a.isKeyAccount) ||
      Number(a.latest === null) - Number(b.latest === null) ||
      (a.latest && b.latest ? a.latest.assessedAt.getTime() - b.latest.assessedAt.getTime() : 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** Every page of the list, first to last, with the total each page reported. */
async function allPages(user: SessionUser, params: Record<string, string>) {
  const active = await loadActiveModel(db, "MATRIX");
  const rows: Awaited<ReturnType<typeof listAccountsToAssess>>["rows"] = [];
  const totals = new Set<number>();
  for (let page = 1; page < 20; page++) {
    const result = await listAccountsToAssess(db, user, withDefaultOwner(ZScoringListQuery.parse({ ...params, page: String(page) }), user.role), active);
    totals.add(result.total);
    if (result.rows.length === 0) break;
    expect(result.rows.length).toBeLessThanOrEqual(SCORING_PAGE_SIZE);
    rows.push(...result.rows);
  }
  return { rows, totals: [...totals] };
}

describe("accounts due for assessment, read from the stored latest assessments", () => {
  it("the fixture has every kind of row the order tells apart", () => {
    const active = accounts.filter((a) => !a.archived);
    expect(active.some((a) => a.isKeyAccount && a.latest)).toBe(true);
    expect(active.some((a) => a.isKeyAccount && !a.latest)).toBe(true);
    expect(active.some((a) => !a.isKeyAccount && a.latest && a.latest.version < activeVersion)).toBe(true);
    expect(expected(null, DEFAULT_STALE_DAYS).length).toBeGreaterThan(2 * SCORING_PAGE_SIZE);
  });

  for (const [who, params, days] of [
    ["a director, every account", {}, DEFAULT_STALE_DAYS],
    ["a director, every account, 180 days", { days: "180" }, 180],
    ["a manager, his own accounts", {}, DEFAULT_STALE_DAYS],
    ["a manager, all accounts", { owner: "all" }, DEFAULT_STALE_DAYS],
  ] as const) {
    it(`pages through exactly the due accounts in order, no gaps or repeats: ${who}`, async () => {
      const user = who.startsWith("a director") ? dora : mia;
      const own = user === mia && !("owner" in params);
      const want = expected(own ? mia.id : null, days);
      const { rows, totals } = await allPages(user, params);
      expect(rows.map((r) => `${r.name} ${r.id}`)).toEqual(want.map((a) => `${a.name} ${a.id}`));
      expect(totals).toEqual([want.length]);
      // The reasons follow the latest assessment.
      for (const [i, row] of rows.entries()) {
        const latest = want[i].latest;
        const reasons = latest ? [...(latest.assessedAt < addDays(new Date(), -days) ? ["STALE"] : []), ...(latest.version < activeVersion ? ["MODEL"] : [])] : ["NEVER"];
        expect(row.reasons, row.name).toEqual(reasons);
        expect(row.modelVersion).toBe(latest?.version ?? null);
      }
    });
  }

  it("follows a new assessment at once: the account leaves the list and the total drops by one", async () => {
    const before = await allPages(dora, {});
    const first = before.rows[0];
    const current = await loadActiveModel(db, "MATRIX");
    await db.assessment.create({ data: { accountId: first.id, modelId: current!.id, assessorId: mia.id, assessedAt: new Date() } });
    const after = await allPages(dora, {});
    expect(after.rows.map((r) => r.id)).toEqual(before.rows.slice(1).map((r) => r.id));
    expect(after.totals).toEqual([before.totals[0] - 1]);
  });
});
