"use client";

import { useRouter } from "next/navigation";
import { memo, useMemo, useState, type MouseEvent } from "react";
import { CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from "recharts";
import type { ChartBubble as MatrixBubble, MatrixBin, MatrixData } from "@/lib/dashboard";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { QUADRANTS, STRATEGIES, type Quadrant } from "@/lib/matrix";
import { accountHref } from "./links";
import { MatrixBubbleShape, MovementArrow, type BubbleHandlers } from "./matrix-bubble";
import { MatrixTooltip } from "./matrix-tooltip";
import { MATRIX_HEIGHT } from "./sizes";

const MIN_RADIUS = 4;
/** Side of a bin's square in pixels: small enough to read as density, not as an account. */
const BIN_PX = 14;
const MAX_RADIUS = 18;
const AREA_FILL: Record<Quadrant, string> = { STAR: "#16a34a", CASH_COW: "#2563eb", QUESTION: "#d97706", DOG: "#6b7280" };

type Active = { bubble: MatrixBubble; x: number; y: number };

/** The portfolio matrix as a bubble chart with the hover card of the bubble under the pointer or focus. */
export function MatrixChart({ data, showMovement }: { data: MatrixData; showMovement: boolean }) {
  const [active, setActive] = useState<Active | null>(null);
  return (
    <div className="relative [&_text]:pointer-events-none" style={{ height: MATRIX_HEIGHT }} onMouseLeave={() => setActive(null)}>
      <MatrixPlot data={data} showMovement={showMovement} onActivate={setActive} />
      {active && <MatrixTooltip bubble={active.bubble} x={active.x} y={active.y} />}
    </div>
  );
}

/**
 * Threshold lines, quadrant areas with strategy, bubbles and optional movement. Memoised so that hovering
 * (tooltip state above) never re-renders the chart: recharts would remount the bubble under the pointer between
 * mousedown and mouseup, and the click would be lost.
 */
const MatrixPlot = memo(function MatrixPlot({ data, showMovement, onActivate }: { data: MatrixData; showMovement: boolean; onActivate: (active: Active | null) => void }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { scale, thresholds, bubbles, bins } = data;
  const maxRevenue = useMemo(() => Math.max(1, ...bubbles.map((b) => b.revenue12m)), [bubbles]);
  const renderBin = useMemo(() => {
    const most = Math.max(1, ...bins.map((bin) => bin.count));
    return function renderBinShape(props: { cx?: number; cy?: number; payload?: MatrixBin }) {
      const { cx, cy, payload } = props;
      if (cx === undefined || cy === undefined || !payload) return <g />;
      const label = t("dashboard.matrix.binLabel", {
        count: formatNumber(locale, payload.count),
        attractiveness: formatNumber(locale, payload.attractiveness, 1),
        strength: formatNumber(locale, payload.strength, 1),
      });
      return (
        <rect data-testid="matrix-bin" data-count={payload.count} x={cx - BIN_PX / 2} y={cy - BIN_PX / 2} width={BIN_PX} height={BIN_PX} rx={2}
          fill="#475569" fillOpacity={0.12 + 0.6 * (payload.count / most)} role="img" aria-label={label}>
          <title>{label}</title>
        </rect>
      );
    };
  }, [bins, t, locale]);

  const renderBubble = useMemo(() => {
    const handlers: BubbleHandlers = {
      radius: (b) => MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.max(0, b.revenue12m) / maxRevenue),
      label: (b) =>
        t("dashboard.matrix.bubbleLabel", { name: b.name, attractiveness: formatNumber(locale, b.attractiveness, 1), strength: formatNumber(locale, b.strength, 1) }),
      onActivate: (bubble, at) => onActivate(bubble && at ? { bubble, ...at } : null),
      onOpen: (bubble: MatrixBubble, event: MouseEvent) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        router.push(accountHref(bubble.id));
      },
    };
    return function renderShape(props: { cx?: number; cy?: number; payload?: MatrixBubble }) {
      return <MatrixBubbleShape cx={props.cx} cy={props.cy} payload={props.payload} handlers={handlers} />;
    };
  }, [t, locale, router, maxRevenue, onActivate]);

  const areaLabel = (q: Quadrant) => `${QUADRANTS[q].label[locale]} — ${STRATEGIES[QUADRANTS[q].strategy].label[locale]}`;
  const areas: { q: Quadrant; x: [number, number]; y: [number, number]; position: "insideTopRight" | "insideTopLeft" | "insideBottomRight" | "insideBottomLeft" }[] = [
    { q: "STAR", x: [thresholds.strength, scale.max], y: [thresholds.attractiveness, scale.max], position: "insideTopRight" },
    { q: "QUESTION", x: [scale.min, thresholds.strength], y: [thresholds.attractiveness, scale.max], position: "insideTopLeft" },
    { q: "CASH_COW", x: [thresholds.strength, scale.max], y: [scale.min, thresholds.attractiveness], position: "insideBottomRight" },
    { q: "DOG", x: [scale.min, thresholds.strength], y: [scale.min, thresholds.attractiveness], position: "insideBottomLeft" },
  ];

  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: MATRIX_HEIGHT }}>
      <ScatterChart margin={{ top: 8, right: 12, bottom: 24, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis type="number" dataKey="strength" domain={[scale.min, scale.max]} tickCount={6} allowDataOverflow
          label={{ value: t("dashboard.matrix.strength"), position: "insideBottom", offset: -12, fontSize: 12 }} />
        <YAxis type="number" dataKey="attractiveness" domain={[scale.min, scale.max]} tickCount={6} allowDataOverflow width={48}
          label={{ value: t("dashboard.matrix.attractiveness"), angle: -90, position: "insideLeft", offset: 12, fontSize: 12, style: { textAnchor: "middle" } }} />
        {areas.map((area) => (
          <ReferenceArea key={area.q} x1={area.x[0]} x2={area.x[1]} y1={area.y[0]} y2={area.y[1]} fill={AREA_FILL[area.q]} fillOpacity={0.06}
            label={{ value: areaLabel(area.q), position: area.position, fontSize: 12, fill: AREA_FILL[area.q], fontWeight: 600 }} />
        ))}
        <ReferenceLine x={thresholds.strength} stroke="#64748b" strokeDasharray="5 4" />
        <ReferenceLine y={thresholds.attractiveness} stroke="#64748b" strokeDasharray="5 4" />
        {showMovement &&
          bubbles.map((b) =>
            b.previous ? (
              <ReferenceLine key={`move-${b.id}`} segment={[{ x: b.previous.strength, y: b.previous.attractiveness }, { x: b.strength, y: b.attractiveness }]}
                shape={MovementArrow} />
            ) : null,
          )}
        {bins.length > 0 && <Scatter data={bins} isAnimationActive={false} shape={renderBin} />}
        <Scatter data={bubbles} isAnimationActive={false}
          shape={renderBubble} />
      </ScatterChart>
    </ResponsiveContainer>
  );
});
