import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLOSE_SIMILARITY, cjkPairs, compactName, foldName, hasCjk, nameSimilarity, normalizeCompanyName } from "./normalize";

export type DuplicateMatch = "exact" | "close";

/** An existing account that may be the company being created or imported. */
export type DuplicateCandidate = {
  id: string;
  name: string;
  localName: string | null;
  ownerName: string;
  archived: boolean;
  /** `exact`: the same normalised name (or local name); `close`: similar enough to ask. */
  match: DuplicateMatch;
  /** 0–1, the best of name and local name against the existing account's name and local name. */
  score: number;
};

export type DuplicateProbe = { name: string; localName?: string | null; excludeId?: string };

/** The most candidates shown for one name: enough to spot the company, few enough to read. */
export const MAX_CANDIDATES = 5;
/** Rows the database hands over per probe before they are scored here. */
const SQL_LIMIT = 50;

type Row = { i: number; id: string; name: string; localName: string | null; ownerName: string; archived: boolean };

/** The folded names and cores of a probe: the terms the trigram indexes are asked about. */
function probeTerms(probe: DuplicateProbe) {
  const names = [probe.name, probe.localName ?? ""].filter((n) => n.trim() !== "");
  const cores = [...new Set(names.map(normalizeCompanyName).filter(Boolean))];
  const terms = [...new Set([...names.map(foldName), ...cores])].filter((t) => /[\p{L}\p{N}]/u.test(t) && !hasCjk(t));
  const pairs = [...new Set(cores.flatMap(cjkPairs))];
  return { cores, terms, pairs };
}

/**
 * Latin names through the GIN trigram indexes on Account.name and Account.localName: `%` (similar as a whole) and
 * `<%` (the term is similar to a part, e.g. "acme" in "ACME Trading Co., Ltd."). One statement for all probes;
 * each term is matched by index scans. What comes back is only a shortlist, scored in `score`.
 */
async function latinRows(db: ReadDb, probes: { i: number; terms: string[]; excludeId?: string }[]): Promise<Row[]> {
  const flat = probes.flatMap((p) => p.terms.map((term) => ({ i: p.i, term, exclude: p.excludeId ?? "" })));
  if (flat.length === 0) return [];
  return db.$queryRaw<Row[]>`
    SELECT q.i, a.id, a.name, a."localName", a.archived, u.name AS "ownerName"
    FROM unnest(${flat.map((f) => f.i)}::int[], ${flat.map((f) => f.term)}::text[], ${flat.map((f) => f.exclude)}::text[]) AS q(i, term, exclude)
    CROSS JOIN LATERAL (
      SELECT c.id, c.name, c."localName", c.archived, c."ownerId" FROM "Account" c
      WHERE c.id <> q.exclude AND (c.name % q.term OR q.term <% c.name OR c."localName" % q.term OR q.term <% c."localName")
      ORDER BY greatest(similarity(c.name, q.term), similarity(coalesce(c."localName", ''), q.term)) DESC, c.id
      LIMIT ${SQL_LIMIT}
    ) a
    JOIN "User" u ON u.id = a."ownerId"`;
}

/**
 * Chinese, Japanese and Korean names: the database's C locale gives them no trigrams, so they are matched on their
 * character pairs — an account that contains at least half of the probe's pairs in its name or local name.
 * This scans the accounts (no index serves it); it only runs for probes that contain such characters.
 */
async function cjkRows(db: ReadDb, probe: { i: number; pairs: string[]; excludeId?: string }): Promise<Row[]> {
  const { pairs } = probe;
  if (pairs.length === 0) return [];
  const needed = Math.ceil(pairs.length / 2);
  const hits = (column: Prisma.Sql) => Prisma.sql`(SELECT count(*) FROM unnest(${pairs}::text[]) g WHERE strpos(${column}, g) > 0)`;
  return db.$queryRaw<Row[]>`
    SELECT ${probe.i}::int AS i, a.id, a.name, a."localName", a.archived, u.name AS "ownerName"
    FROM "Account" a JOIN "User" u ON u.id = a."ownerId"
    WHERE a.id <> ${probe.excludeId ?? ""}
      AND (${hits(Prisma.sql`a.name`)} >= ${needed} OR (a."localName" IS NOT NULL AND ${hits(Prisma.sql`a."localName"`)} >= ${needed}))
    LIMIT ${SQL_LIMIT}`;
}

/** Exact (same core) or close (similarity ≥ CLOSE_SIMILARITY) candidates of one probe, best first. */
function score(cores: string[], rows: Row[]): DuplicateCandidate[] {
  const byId = new Map<string, DuplicateCandidate>();
  for (const row of rows) {
    if (byId.has(row.id)) continue;
    const existing = [row.name, row.localName].map(normalizeCompanyName).filter(Boolean);
    let best = 0;
    let exact = false;
    for (const core of cores) {
      for (const other of existing) {
        if (compactName(core) === compactName(other)) exact = true;
        best = Math.max(best, nameSimilarity(core, other));
      }
    }
    if (!exact && best < CLOSE_SIMILARITY) continue;
    byId.set(row.id, { id: row.id, name: row.name, localName: row.localName, ownerName: row.ownerName, archived: row.archived, match: exact ? "exact" : "close", score: exact ? 1 : best });
  }
  return [...byId.values()]
    .sort((a, b) => Number(b.match === "exact") - Number(a.match === "exact") || b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, MAX_CANDIDATES);
}

/** Candidates for many names at once (the CSV import): one list per probe, in the probes' order. */
export async function findDuplicateCandidatesMany(db: ReadDb, probes: readonly DuplicateProbe[]): Promise<DuplicateCandidate[][]> {
  const prepared = probes.map((probe, i) => ({ i, excludeId: probe.excludeId, ...probeTerms(probe) }));
  const rows = await latinRows(db, prepared);
  for (const probe of prepared) if (probe.pairs.length > 0) rows.push(...(await cjkRows(db, probe)));
  const byProbe = new Map<number, Row[]>();
  for (const row of rows) byProbe.set(row.i, [...(byProbe.get(row.i) ?? []), row]);
  return prepared.map((probe) => score(probe.cores, byProbe.get(probe.i) ?? []));
}

/**
 * Existing accounts whose normalised name or local name equals or is close to the given one (either name against
 * either of theirs), exact matches first; archived accounts included (they may be restored), `excludeId` left out.
 */
export async function findDuplicateCandidates(db: ReadDb, probe: DuplicateProbe): Promise<DuplicateCandidate[]> {
  const [candidates] = await findDuplicateCandidatesMany(db, [probe]);
  return candidates;
}
