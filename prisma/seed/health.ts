/**
 * Health history for the demo: the key accounts' daily snapshots for the days before `asOf`, so the trend and
 * the health-drop alert have something to show from the first start. Each day is recomputed from the demo data
 * as it stood then (activities, complaints and assessments up to that day; contacts, coverage, plans and the
 * churn risk as of today, which the demo does not keep history of).
 */
import { activeHealthModel, loadHealthInputsAt } from "@/lib/account-health";
import type { Db } from "@/lib/db/prisma";
import { computeHealth } from "@/lib/health";
import { DAY_MS, utcDayString } from "@/lib/dates";

export const HEALTH_HISTORY_DAYS = 30;

/** Writes HEALTH_HISTORY_DAYS snapshots (the days before asOf's) per key account; today's comes from refreshHealth. */
export async function seedHealthHistory(db: Db, { asOf }: { asOf: Date }): Promise<number> {
  const model = await activeHealthModel(db);
  const keyAccounts = await db.account.findMany({ where: { isKeyAccount: true, archived: false }, select: { id: true } });
  const accountIds = keyAccounts.map((a) => a.id);
  const rows = { id: [] as string[], day: [] as string[], score: [] as (number | null)[], band: [] as (string | null)[], components: [] as string[] };
  const days = Array.from({ length: HEALTH_HISTORY_DAYS }, (_, i) => new Date(asOf.getTime() - (i + 1) * DAY_MS));
  const perDay = await loadHealthInputsAt(db, { accountIds, instants: days });
  const loaded = days.map((now, i) => ({ now, inputs: perDay[i] }));
  for (const { now, inputs } of loaded) {
    for (const [accountId, input] of inputs) {
      const health = computeHealth(input, model, now);
      rows.id.push(accountId);
      rows.day.push(utcDayString(now));
      rows.score.push(health.score);
      rows.band.push(health.band);
      rows.components.push(JSON.stringify(health.components));
    }
  }
  return db.$executeRaw`
    INSERT INTO "HealthSnapshot" ("accountId", day, "modelId", score, band, components)
    SELECT t.id, t.day::date, ${model.id}, t.score, t.band::"HealthBand", t.components::jsonb
    FROM unnest(${rows.id}::text[], ${rows.day}::text[], ${rows.score}::int[], ${rows.band}::text[], ${rows.components}::text[])
      AS t(id, day, score, band, components)
    ON CONFLICT ("accountId", day) DO NOTHING`;
}
