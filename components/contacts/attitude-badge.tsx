import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Attitude } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";

const TONE: Record<Attitude, BadgeTone> = { SUPPORTER: "green", NEUTRAL: "neutral", OPPONENT: "red" };

export function AttitudeBadge({ attitude, t }: { attitude: Attitude; t: Translate }) {
  return <Badge tone={TONE[attitude]}>{t(`domain.attitude.${attitude}`)}</Badge>;
}
