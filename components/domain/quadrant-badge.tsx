import { Badge, type BadgeTone } from "@/components/ui/badge";
import { QUADRANTS, STRATEGIES, type Quadrant } from "@/lib/matrix";
import type { Locale } from "@/lib/i18n/config";

const TONE: Record<Quadrant, BadgeTone> = { STAR: "green", CASH_COW: "blue", QUESTION: "amber", DOG: "neutral" };

/** The matrix quadrant with its strategy in the tooltip; a dash when the account was never assessed. */
export function QuadrantBadge({ quadrant, locale }: { quadrant: Quadrant | null | undefined; locale: Locale }) {
  if (!quadrant) return <span className="text-slate-500">—</span>;
  const info = QUADRANTS[quadrant];
  return (
    <Badge tone={TONE[quadrant]} title={STRATEGIES[info.strategy].label[locale]}>
      {info.label[locale]}
    </Badge>
  );
}
