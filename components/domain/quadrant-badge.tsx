import { Badge } from "@/components/ui/badge";
import { QUADRANT_LABELS, QUADRANT_STRATEGY, STRATEGY_LABELS, type Quadrant } from "@/lib/matrix";
import type { Locale } from "@/lib/i18n/config";
import { QUADRANT_TONE } from "./quadrant-tone";

/** The matrix quadrant with its strategy in the tooltip; a dash when the account was never assessed. */
export function QuadrantBadge({ quadrant, locale }: { quadrant: Quadrant | null | undefined; locale: Locale }) {
  if (!quadrant) return <span className="text-slate-500">—</span>;
  return (
    <Badge tone={QUADRANT_TONE[quadrant]} title={STRATEGY_LABELS[QUADRANT_STRATEGY[quadrant]][locale]}>
      {QUADRANT_LABELS[quadrant][locale]}
    </Badge>
  );
}
