"use client";

import type { MouseEvent } from "react";
import type { ChartBubble as Bubble } from "@/lib/dashboard";
import { accountHref } from "./links";
import { STAGE_COLORS } from "./stage-colors";

export type BubbleHandlers = {
  radius: (bubble: Bubble) => number;
  label: (bubble: Bubble) => string;
  onActivate: (bubble: Bubble | null, at?: { x: number; y: number }) => void;
  onOpen: (bubble: Bubble, event: MouseEvent) => void;
};

/** One account in the scatter: a real link (keyboard, middle-click), hover and focus show the tooltip. */
export function MatrixBubbleShape({ cx, cy, payload, handlers }: { cx?: number; cy?: number; payload?: Bubble; handlers: BubbleHandlers }) {
  if (cx === undefined || cy === undefined || !payload) return <g />;
  const show = () => handlers.onActivate(payload, { x: cx, y: cy });
  const hide = () => handlers.onActivate(null);
  return (
    <a
      href={accountHref(payload.id)}
      aria-label={handlers.label(payload)}
      onClick={(event) => handlers.onOpen(payload, event)}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
    >
      <circle
        data-testid="matrix-bubble"
        cx={cx}
        cy={cy}
        r={handlers.radius(payload)}
        fill={STAGE_COLORS[payload.stage]}
        fillOpacity={0.75}
        stroke={payload.isKeyAccount ? "#0f172a" : "#ffffff"}
        strokeWidth={payload.isKeyAccount ? 1.5 : 1}
        className="cursor-pointer"
      />
    </a>
  );
}

/** A movement arrow from the previous assessment (x1, y1) to the current one (x2, y2). */
export function MovementArrow({ x1, y1, x2, y2 }: { x1?: number; y1?: number; x2?: number; y2?: number }) {
  if (x1 === undefined || y1 === undefined || x2 === undefined || y2 === undefined) return <g />;
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = 7;
  const left = { x: x2 - head * Math.cos(angle - Math.PI / 7), y: y2 - head * Math.sin(angle - Math.PI / 7) };
  const right = { x: x2 - head * Math.cos(angle + Math.PI / 7), y: y2 - head * Math.sin(angle + Math.PI / 7) };
  return (
    <g className="pointer-events-none" data-testid="matrix-movement">
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="#475569" strokeWidth={1.25} strokeDasharray="3 2" />
      <circle cx={x1} cy={y1} r={2.5} fill="#475569" />
      <polygon points={`${x2},${y2} ${left.x},${left.y} ${right.x},${right.y}`} fill="#475569" />
    </g>
  );
}
