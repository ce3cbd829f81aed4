// No "server-only" here: the job worker ranks key accounts under the active selection model too.
import type { Db, Tx } from "@/lib/db/prisma";
import type { ModelPurpose, ModelStatus } from "@/lib/generated/prisma/enums";
import type { FactorDimension, Scale, ThresholdMode } from "@/lib/scoring";

/** A model factor as pages and forms use it (plain numbers, serialisable to the client). */
export type FactorView = {
  id: string;
  key: string;
  dimension: FactorDimension;
  groupKey: string;
  labelEn: string;
  labelZh: string;
  helpEn: string | null;
  helpZh: string | null;
  weight: number;
  inverted: boolean;
  position: number;
};

export type ModelView = {
  id: string;
  purpose: ModelPurpose;
  version: number;
  status: ModelStatus;
  name: string;
  scale: Scale;
  thresholdMode: ThresholdMode;
  /** Stored thresholds, used when the mode is FIXED. */
  fixedThresholds: { attractiveness: number | null; strength: number | null };
  topPercent: number | null;
  /** Selection models: the POTENTIAL criterion is scored from customer lifetime value (lib/key-accounts). */
  potentialFromClv: boolean;
  publishedAt: Date | null;
  createdAt: Date;
  factors: FactorView[];
};

const num = (value: { toString(): string } | null) => (value === null ? null : Number(value.toString()));

export const MODEL_INCLUDE = { factors: { orderBy: [{ position: "asc" as const }, { key: "asc" as const }] } };

type ModelRow = NonNullable<Awaited<ReturnType<typeof findActive>>>;
const findActive = (db: Db | Tx, purpose: ModelPurpose) =>
  db.scoringModel.findUnique({ where: { activePurpose: purpose }, include: MODEL_INCLUDE });

export function toModelView(row: ModelRow): ModelView {
  return {
    id: row.id,
    purpose: row.purpose,
    version: row.version,
    status: row.status,
    name: row.name,
    scale: { min: row.scaleMin, max: row.scaleMax },
    thresholdMode: row.thresholdMode,
    fixedThresholds: { attractiveness: num(row.attractivenessThreshold), strength: num(row.strengthThreshold) },
    topPercent: num(row.topPercent),
    potentialFromClv: row.potentialFromClv,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    factors: row.factors.map((f) => ({
      id: f.id, key: f.key, dimension: f.dimension, groupKey: f.groupKey, labelEn: f.labelEn, labelZh: f.labelZh,
      helpEn: f.helpEn, helpZh: f.helpZh, weight: Number(f.weight.toString()), inverted: f.inverted, position: f.position,
    })),
  };
}

/** The one active model of a purpose (the `activePurpose` unique index guarantees at most one). */
export async function loadActiveModel(db: Db | Tx, purpose: ModelPurpose): Promise<ModelView | null> {
  const row = await findActive(db, purpose);
  return row && toModelView(row);
}
