// No "server-only" here: like the refresh, the preview runs wherever the database is at hand.
import type { Db, Tx } from "@/lib/db/prisma";
import { computeHealth, type HealthBand, type HealthModelSpec } from "@/lib/health";
import { loadHealthInputs } from "./load-inputs";
import { activeHealthModel } from "./model";

/** Accounts per band; NONE counts accounts without a score (nothing could be scored). */
export type BandCounts = Record<HealthBand | "NONE", number>;

export type HealthModelPreview = {
  /** Non-archived accounts compared. */
  accounts: number;
  /** The active model's version the draft is compared with. */
  activeVersion: number;
  /** Bands under the active model. */
  now: BandCounts;
  /** Bands under the draft. */
  draft: BandCounts;
  /** Accounts whose band differs between the two. */
  changed: number;
  /** Of those, how many move up (healthier) and down. */
  improved: number;
  worsened: number;
};

const RANK: Record<HealthBand | "NONE", number> = { NONE: -1, AT_RISK: 0, WATCH: 1, HEALTHY: 2 };
const zero = (): BandCounts => ({ HEALTHY: 0, WATCH: 0, AT_RISK: 0, NONE: 0 });

/**
 * What publishing `spec` would do: every non-archived account computed at `now` under the active model and
 * under the draft, on the same inputs (so only the model differs, not the data since the last refresh), with the
 * counts per band and how many accounts change band. Writes nothing but the bootstrap of the active model.
 */
export async function previewHealthModel(db: Db | Tx, spec: HealthModelSpec, now: Date): Promise<HealthModelPreview> {
  const active = await activeHealthModel(db);
  const inputs = await loadHealthInputs(db, { now });
  const result: HealthModelPreview = {
    accounts: inputs.size,
    activeVersion: active.version,
    now: zero(),
    draft: zero(),
    changed: 0,
    improved: 0,
    worsened: 0,
  };
  for (const input of inputs.values()) {
    const before = computeHealth(input, active, now).band ?? "NONE";
    const after = computeHealth(input, spec, now).band ?? "NONE";
    result.now[before] += 1;
    result.draft[after] += 1;
    if (before === after) continue;
    result.changed += 1;
    if (RANK[after] > RANK[before]) result.improved += 1;
    else result.worsened += 1;
  }
  return result;
}

