// No "server-only" here: the seed, the worker and the bench refresh health too.
import type { Db, Tx } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { computeHealth } from "@/lib/health";
import { addDays, utcDayString } from "@/lib/dates";
import { loadHealthInputs } from "./load-inputs";
import { activeHealthModel } from "./model";

export type RefreshHealthOptions = {
  /** Only these accounts (after a change to them); without it the whole portfolio. */
  accountIds?: readonly string[];
  now: Date;
};

export type RefreshHealthResult = {
  modelId: string;
  /** Accounts computed. */
  accounts: number;
  /** Current rows written (new or changed). */
  changed: number;
  /** Snapshot rows of the day written (new or changed). */
  snapshots: number;
  ms: { read: number; compute: number; write: number; total: number };
};

/**
 * Health movers compare a reading with the one this many days before; each snapshot stores that change, so the
 * dashboard lists the movers from one index instead of looking up every account's history.
 */
export const HEALTH_CHANGE_DAYS = 30;

/** Rows per write statement: keeps each statement's parameters to a few MB. */
const WRITE_BATCH = 1000;

/**
 * Recomputes account health with the ACTIVE model at `now`: AccountHealth (the current reading, written only
 * where model, score, band or components changed, so `computedAt` says since when the reading holds) and the
 * day's HealthSnapshot (one per account per UTC day of `now`; a recompute the same day overwrites it). Archived
 * accounts lose their current row (their snapshots stay as history). Reads are set-based (lib/account-health
 * load-inputs); writes go in batches of WRITE_BATCH accounts, each one statement.
 */
export async function refreshHealth(db: Db | Tx, { accountIds, now }: RefreshHealthOptions): Promise<RefreshHealthResult> {
  const started = performance.now();
  const model = await activeHealthModel(db);
  const empty = { modelId: model.id, accounts: 0, changed: 0, snapshots: 0 };
  if (accountIds?.length === 0) return { ...empty, ms: { read: 0, compute: 0, write: 0, total: 0 } };
  const inputs = await loadHealthInputs(db, { accountIds, now });
  const read = performance.now();

  // In id order, so concurrent refreshes lock the rows they share in the same order (no deadlock).
  const rows = [...inputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([accountId, input]) => {
    const health = computeHealth(input, model, now);
    return { accountId, score: health.score, band: health.band, components: JSON.stringify(health.components) };
  });
  const computed = performance.now();

  await db.$executeRaw`
    DELETE FROM "AccountHealth" h USING "Account" a
    WHERE a.id = h."accountId" AND a.archived ${accountIds ? Prisma.sql`AND a.id = ANY(${[...accountIds]}::text[])` : Prisma.empty}`;
  let changed = 0;
  let snapshots = 0;
  const day = utcDayString(now);
  const cutoff = utcDayString(addDays(now, -HEALTH_CHANGE_DAYS));
  for (let i = 0; i < rows.length; i += WRITE_BATCH) {
    const batch = rows.slice(i, i + WRITE_BATCH);
    const [counts] = await db.$queryRaw<{ current: number; snapshots: number }[]>`
      WITH input AS (
        SELECT t.id, t.score, t.band::"HealthBand" AS band, t.components::jsonb AS components
        FROM unnest(${batch.map((r) => r.accountId)}::text[], ${batch.map((r) => r.score)}::int[],
          ${batch.map((r) => r.band)}::text[], ${batch.map((r) => r.components)}::text[]) AS t(id, score, band, components)
        JOIN "Account" a ON a.id = t.id
      ), snap AS (
        INSERT INTO "HealthSnapshot" AS s ("accountId", day, "modelId", score, band, components, change30)
        SELECT i.id, ${day}::date, ${model.id}, i.score, i.band, i.components, i.score - base.score FROM input i
        -- The reading to compare with: the latest on or before the cutoff, else the first one after it (a younger
        -- account against its first reading); never the day's own row.
        LEFT JOIN LATERAL (
          SELECT score FROM (
            (SELECT p.score, 0 AS pick FROM "HealthSnapshot" p
              WHERE p."accountId" = i.id AND p.day <= ${cutoff}::date AND p.score IS NOT NULL ORDER BY p.day DESC LIMIT 1)
            UNION ALL
            (SELECT p.score, 1 AS pick FROM "HealthSnapshot" p
              WHERE p."accountId" = i.id AND p.day > ${cutoff}::date AND p.day < ${day}::date AND p.score IS NOT NULL
              ORDER BY p.day ASC LIMIT 1)
          ) candidates ORDER BY pick LIMIT 1
        ) base ON true
        ON CONFLICT ("accountId", day) DO UPDATE
          SET "modelId" = EXCLUDED."modelId", score = EXCLUDED.score, band = EXCLUDED.band, components = EXCLUDED.components,
            change30 = EXCLUDED.change30
          WHERE (s."modelId", s.score, s.band, s.components, s.change30) IS DISTINCT FROM
                (EXCLUDED."modelId", EXCLUDED.score, EXCLUDED.band, EXCLUDED.components, EXCLUDED.change30)
        RETURNING 1
      ), cur AS (
        INSERT INTO "AccountHealth" AS h ("accountId", "modelId", score, band, components, "computedAt")
        SELECT id, ${model.id}, score, band, components, ${now} FROM input
        ON CONFLICT ("accountId") DO UPDATE
          SET "modelId" = EXCLUDED."modelId", score = EXCLUDED.score, band = EXCLUDED.band,
              components = EXCLUDED.components, "computedAt" = EXCLUDED."computedAt"
          WHERE (h."modelId", h.score, h.band, h.components) IS DISTINCT FROM
                (EXCLUDED."modelId", EXCLUDED.score, EXCLUDED.band, EXCLUDED.components)
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM cur)::int AS current, (SELECT count(*) FROM snap)::int AS snapshots`;
    changed += counts.current;
    snapshots += counts.snapshots;
  }
  if (!accountIds) {
    // Every account now has the day's snapshot: the dashboard may read the movers from them.
    await db.$executeRaw`
      INSERT INTO "MetricsRefresh" (id, "healthAsOf") VALUES (1, ${day}::date)
      ON CONFLICT (id) DO UPDATE SET "healthAsOf" = EXCLUDED."healthAsOf"`;
  }
  const written = performance.now();
  return {
    modelId: model.id,
    accounts: rows.length,
    changed,
    snapshots,
    ms: { read: read - started, compute: computed - read, write: written - computed, total: written - started },
  };
}
