// No "server-only" here: the seed and the worker read the active model too.
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/prisma";
import { DEFAULT_HEALTH_MODEL, HEALTH_COMPONENTS, type HealthComponent, type HealthModelSpec } from "@/lib/health";

/** The ACTIVE health model as the engine reads it, with its row id and version. */
export type ActiveHealthModel = HealthModelSpec & { id: string; version: number };

/** Name of the version created when none was ever published (a stored name, like the scoring models'). */
export const BOOTSTRAP_MODEL_NAME = "Default health model";

type ModelRow = { id: string; version: number; weights: unknown; healthyFrom: number; watchFrom: number; freshnessDays: number };

function toSpec(row: ModelRow): ActiveHealthModel {
  const source = row.weights && typeof row.weights === "object" ? (row.weights as Record<string, unknown>) : {};
  // A component missing from the stored Json (an older version) weighs nothing.
  const weights = Object.fromEntries(
    HEALTH_COMPONENTS.map((c) => [c, typeof source[c] === "number" ? (source[c] as number) : 0]),
  ) as Record<HealthComponent, number>;
  return { id: row.id, version: row.version, weights, healthyFrom: row.healthyFrom, watchFrom: row.watchFrom, freshnessDays: row.freshnessDays };
}

// findFirst, not findUnique: Prisma batches concurrent findUnique calls into one `in` query, which it cannot
// build for a Boolean key.
const findActive = (db: Db | Tx) =>
  db.healthModel.findFirst({
    where: { active: true },
    select: { id: true, version: true, weights: true, healthyFrom: true, watchFrom: true, freshnessDays: true },
  });

/**
 * The ACTIVE health model. When there is none yet, the built-in default is published as the next version (1 on a
 * fresh database). Safe when several processes start at once: the insert skips on the unique `active` (or
 * `version`) key and everyone then reads the one row that won.
 */
export async function activeHealthModel(db: Db | Tx): Promise<ActiveHealthModel> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const active = await findActive(db);
    if (active) return toSpec(active);
    const { weights, healthyFrom, watchFrom, freshnessDays } = DEFAULT_HEALTH_MODEL;
    await db.$executeRaw`
      INSERT INTO "HealthModel" (id, version, status, active, name, weights, "healthyFrom", "watchFrom", "freshnessDays", "createdAt", "publishedAt")
      SELECT ${randomUUID()}, COALESCE(max(version), 0) + 1, 'ACTIVE', true, ${BOOTSTRAP_MODEL_NAME},
        ${JSON.stringify(weights)}::jsonb, ${healthyFrom}, ${watchFrom}, ${freshnessDays}, now(), now()
      FROM "HealthModel"
      ON CONFLICT DO NOTHING`;
  }
  // Only reachable if versions keep being taken by concurrent drafts without any becoming active.
  throw new Error("Could not establish an active health model");
}
