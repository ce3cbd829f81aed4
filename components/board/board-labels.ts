import { COVERAGE_PATTERN_LABELS } from "@/lib/coverage";
import type { Locale } from "@/lib/i18n/config";
import { QUADRANT_LABELS, QUADRANT_STRATEGY, STRATEGY_LABELS, type Quadrant } from "@/lib/matrix";
import { RFM_SEGMENT_LABELS } from "@/lib/rfm";
import { STAGE_MISMATCH_LABELS } from "@/lib/stages";
import type { CardLabels } from "./card-labels";

const inLocale = <K extends string>(table: Record<K, Record<Locale, string>>, locale: Locale) =>
  Object.fromEntries(Object.entries<Record<Locale, string>>(table).map(([key, text]) => [key, text[locale]])) as Record<K, string>;

/** The cards' badge texts in `locale`, for BoardView (rendered on the server). */
export function boardCardLabels(locale: Locale): CardLabels {
  const quadrants = Object.keys(QUADRANT_LABELS) as Quadrant[];
  return {
    quadrant: Object.fromEntries(quadrants.map((q) => [q, { label: QUADRANT_LABELS[q][locale], strategy: STRATEGY_LABELS[QUADRANT_STRATEGY[q]][locale] }])) as CardLabels["quadrant"],
    segment: inLocale(RFM_SEGMENT_LABELS, locale),
    coverage: inLocale(COVERAGE_PATTERN_LABELS, locale),
    mismatch: inLocale(STAGE_MISMATCH_LABELS, locale),
  };
}
