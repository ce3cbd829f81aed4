import "server-only";
import { startOfUtcDay } from "@/lib/dates";
import { summarized } from "@/lib/db/portfolio-summary";
import type { Db, Tx } from "@/lib/db/prisma";
import type { ModelStatus } from "@/lib/generated/prisma/enums";
import { HEALTH_COMPONENTS, type HealthComponent, type HealthModelSpec } from "@/lib/health";

/** A health model version as pages and forms use it (plain values, serialisable to the client). */
export type HealthModelView = HealthModelSpec & {
  id: string;
  version: number;
  status: ModelStatus;
  name: string;
  createdAt: Date;
  publishedAt: Date | null;
};

type Row = {
  id: string;
  version: number;
  status: ModelStatus;
  name: string;
  weights: unknown;
  healthyFrom: number;
  watchFrom: number;
  freshnessDays: number;
  createdAt: Date;
  publishedAt: Date | null;
};

/** Stored weights are Json: every component is read, a missing or odd one counts 0 (validation refuses it at publish). */
function readWeights(json: unknown): Record<HealthComponent, number> {
  const source = json && typeof json === "object" ? (json as Record<string, unknown>) : {};
  return Object.fromEntries(HEALTH_COMPONENTS.map((c) => [c, typeof source[c] === "number" ? (source[c] as number) : 0])) as Record<HealthComponent, number>;
}

export const toHealthModelView = (row: Row): HealthModelView => ({
  id: row.id,
  version: row.version,
  status: row.status,
  name: row.name,
  weights: readWeights(row.weights),
  healthyFrom: row.healthyFrom,
  watchFrom: row.watchFrom,
  freshnessDays: row.freshnessDays,
  createdAt: row.createdAt,
  publishedAt: row.publishedAt,
});

/** The one ACTIVE version (the unique `active` flag guarantees at most one), or null before any was published. */
export async function loadActiveHealthModel(db: Db | Tx): Promise<HealthModelView | null> {
  const row = await db.healthModel.findUnique({ where: { active: true } });
  return row && toHealthModelView(row);
}

/** The open draft (at most one is kept: starting a draft returns the existing one). */
export async function loadHealthDraft(db: Db | Tx): Promise<HealthModelView | null> {
  const row = await db.healthModel.findFirst({ where: { status: "DRAFT" }, orderBy: { version: "desc" } });
  return row && toHealthModelView(row);
}

export async function loadHealthModel(db: Db | Tx, id: string): Promise<HealthModelView | null> {
  const row = await db.healthModel.findUnique({ where: { id } });
  return row && toHealthModelView(row);
}

/** Bump when the stored counts change shape: summaries stored by the code before are then never read. */
export const HEALTH_MODEL_ACCOUNTS_KEY = "health-models:v1:accounts";

/**
 * Published versions, newest first, with how many accounts each one currently scores. The counts read every
 * account's health row: kept as a stored summary until a health row changes (lib/db/portfolio-summary.ts).
 */
export async function listHealthModelVersions(db: Db) {
  const [rows, counts] = await Promise.all([
    db.healthModel.findMany({ where: { status: { not: "DRAFT" } }, orderBy: { version: "desc" } }),
    summarized(db, HEALTH_MODEL_ACCOUNTS_KEY, startOfUtcDay(new Date()), () =>
      db.$queryRaw<{ modelId: string; accounts: number }[]>`SELECT "modelId", count(*)::int AS accounts FROM "AccountHealth" GROUP BY "modelId"`,
    ),
  ]);
  const accounts = new Map(counts.map((row) => [row.modelId, row.accounts]));
  return rows.map((row) => ({ ...toHealthModelView(row), accounts: accounts.get(row.id) ?? 0 }));
}
export type HealthModelVersion = Awaited<ReturnType<typeof listHealthModelVersions>>[number];
