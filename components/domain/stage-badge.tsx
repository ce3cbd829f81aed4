import { Badge, type BadgeTone } from "@/components/ui/badge";
import { STAGE_INFO, type Stage } from "@/lib/stages";
import type { Locale } from "@/lib/i18n/config";

const TONE: Record<Stage, BadgeTone> = {
  EXPLORATORY: "neutral",
  BASIC: "blue",
  COOPERATIVE: "violet",
  INTERDEPENDENT: "green",
  INTEGRATED: "green",
  DISINTEGRATING: "red",
};

export function StageBadge({ stage, locale }: { stage: Stage; locale: Locale }) {
  return <Badge tone={TONE[stage]}>{STAGE_INFO[stage].label[locale]}</Badge>;
}
