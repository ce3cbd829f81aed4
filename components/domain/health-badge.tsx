import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { HealthBand } from "@/lib/health";
import type { Translate } from "@/lib/i18n/translate";

export const HEALTH_TONE: Record<HealthBand, BadgeTone> = { HEALTHY: "green", WATCH: "amber", AT_RISK: "red" };

/** A health band as a coloured badge, with the score when given; "no health" when there is no band. */
export function HealthBadge({ band, score, t }: { band: HealthBand | null; score?: number | null; t: Translate }) {
  if (!band) return <span className="text-slate-500">{t("health.noBand")}</span>;
  return (
    <Badge tone={HEALTH_TONE[band]}>
      {score === null || score === undefined ? t(`health.bands.${band}`) : `${t(`health.bands.${band}`)} · ${score}`}
    </Badge>
  );
}
