"use client";

import { Graph, layout } from "@dagrejs/dagre";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/client";
import type { Translate } from "@/lib/i18n/translate";
import type { MapNode } from "@/lib/stakeholder-map/queries";
import type { BuyingRole } from "@/lib/stakeholders";
import { StakeholderPanel } from "./stakeholder-panel";

const CARD_W = 232;
const CARD_BASE_H = 128;
const LINE_H = 18;
const PLACEHOLDER_H = 72;
const GAP = 24;
const MIN_ZOOM = 0.15;
const MAX_ZOOM = 2;
const PAN_STEP = 60;

type Box = { x: number; y: number; w: number; h: number };
type Layout = { boxes: Map<string, Box>; paths: { key: string; d: string }[]; width: number; height: number };

const ATTITUDE_TONE: Record<MapNode["attitude"], BadgeTone> = { SUPPORTER: "green", NEUTRAL: "neutral", OPPONENT: "red" };
const placeholderId = (role: BuyingRole) => `missing:${role}`;
const heightOf = (node: MapNode) => CARD_BASE_H + Math.max(1, node.coverage.length) * LINE_H + (node.uncoveredDecisionMaker || node.untouched ? LINE_H + 4 : 0);

/**
 * The org chart: contacts in a reports-to hierarchy (laid out by dagre, top-down), and below it in a grid those
 * without manager or reports and the placeholders of missing buying roles, so fifty unlinked contacts do not
 * become one endless row.
 */
function computeLayout(nodes: MapNode[], edges: { from: string; to: string }[], missingRoles: BuyingRole[]): Layout {
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  const boxes = new Map<string, Box>();
  const paths: Layout["paths"] = [];
  let width = 0;
  let height = 0;
  if (linked.size > 0) {
    const g = new Graph();
    g.setGraph({ rankdir: "TB", nodesep: GAP, ranksep: 48, marginx: GAP, marginy: GAP });
    g.setDefaultEdgeLabel(() => ({}));
    for (const node of nodes) if (linked.has(node.id)) g.setNode(node.id, { width: CARD_W, height: heightOf(node) });
    for (const edge of edges) g.setEdge(edge.from, edge.to);
    layout(g);
    for (const id of g.nodes()) {
      const n = g.node(id);
      boxes.set(id, { x: n.x - n.width / 2, y: n.y - n.height / 2, w: n.width, h: n.height });
    }
    for (const edge of edges) {
      const points: { x: number; y: number }[] = g.edge(edge.from, edge.to)?.points ?? [];
      if (points.length) paths.push({ key: `${edge.from}-${edge.to}`, d: points.map((p, i) => `${i ? "L" : "M"} ${p.x} ${p.y}`).join(" ") });
    }
    width = g.graph().width ?? 0;
    height = g.graph().height ?? 0;
  }
  const loose: { id: string; h: number }[] = [
    ...missingRoles.map((role) => ({ id: placeholderId(role), h: PLACEHOLDER_H })),
    ...nodes.filter((node) => !linked.has(node.id)).map((node) => ({ id: node.id, h: heightOf(node) })),
  ];
  if (loose.length) {
    const columns = Math.max(4, Math.floor((width - GAP) / (CARD_W + GAP)));
    let y = height + GAP;
    for (let start = 0; start < loose.length; start += columns) {
      const row = loose.slice(start, start + columns);
      const rowHeight = Math.max(...row.map((item) => item.h));
      row.forEach((item, i) => boxes.set(item.id, { x: GAP + i * (CARD_W + GAP), y, w: CARD_W, h: item.h }));
      y += rowHeight + GAP;
    }
    width = Math.max(width, GAP + Math.min(columns, loose.length) * (CARD_W + GAP));
    height = y;
  }
  return { boxes, paths, width, height };
}

type View = { x: number; y: number; k: number };

export function StakeholderChart({
  accountId, canEdit, nodes, edges, missingRoles,
}: {
  accountId: string; canEdit: boolean; nodes: MapNode[]; edges: { from: string; to: string }[]; missingRoles: BuyingRole[];
}) {
  const { t, locale } = useI18n();
  const chart = useMemo(() => computeLayout(nodes, edges, missingRoles), [nodes, edges, missingRoles]);
  const viewport = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ x: 0, y: 0, k: 1 });
  const [selected, setSelected] = useState<string | null>(null);
  const drag = useRef<{ px: number; py: number; x: number; y: number; moved: boolean } | null>(null);
  const cardRefs = useRef(new Map<string, HTMLButtonElement>());

  const fit = useCallback(() => {
    const el = viewport.current;
    if (!el || !chart.width) return;
    const { width, height } = el.getBoundingClientRect();
    const k = Math.min(1, Math.max(MIN_ZOOM, Math.min(width / chart.width, height / chart.height)));
    setView({ k, x: (width - chart.width * k) / 2, y: Math.max(0, (height - chart.height * k) / 2) });
  }, [chart]);

  // Fit on first show and when the chart changes size, not after every edit (that would lose the user's place).
  const fittedSize = useRef("");
  useLayoutEffect(() => {
    const size = `${chart.width}x${chart.height}`;
    if (size === fittedSize.current) return;
    fittedSize.current = size;
    fit();
  }, [fit, chart.width, chart.height]);

  const zoomBy = useCallback((factor: number, at?: { x: number; y: number }) => {
    const el = viewport.current;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    const px = at ? at.x - rect.left : rect.width / 2;
    const py = at ? at.y - rect.top : rect.height / 2;
    setView((v) => {
      const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.k * factor));
      return { k, x: px - ((px - v.x) * k) / v.k, y: py - ((py - v.y) * k) / v.k };
    });
  }, []);

  // The wheel zooms the chart instead of scrolling the page: a non-passive listener may cancel the scroll.
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      zoomBy(event.deltaY < 0 ? 1.15 : 1 / 1.15, { x: event.clientX, y: event.clientY });
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [zoomBy]);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    drag.current = { px: event.clientX, py: event.clientY, x: view.x, y: view.y, moved: false };
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const d = drag.current;
    if (!d) return;
    const dx = event.clientX - d.px;
    const dy = event.clientY - d.py;
    if (!d.moved && Math.abs(dx) + Math.abs(dy) < 5) return;
    if (!d.moved) event.currentTarget.setPointerCapture(event.pointerId);
    d.moved = true;
    setView((v) => ({ ...v, x: d.x + dx, y: d.y + dy }));
  }
  function onPointerUp() {
    // A drag that moved is not a click on the card it ended on.
    setTimeout(() => (drag.current = null));
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const keys: Record<string, () => void> = {
      ArrowLeft: () => setView((v) => ({ ...v, x: v.x + PAN_STEP })),
      ArrowRight: () => setView((v) => ({ ...v, x: v.x - PAN_STEP })),
      ArrowUp: () => setView((v) => ({ ...v, y: v.y + PAN_STEP })),
      ArrowDown: () => setView((v) => ({ ...v, y: v.y - PAN_STEP })),
      "+": () => zoomBy(1.2),
      "=": () => zoomBy(1.2),
      "-": () => zoomBy(1 / 1.2),
      "0": fit,
    };
    const run = keys[event.key];
    if (!run || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    run();
  }
  /** A card reached with Tab comes into view. */
  function reveal(id: string) {
    const el = viewport.current;
    const box = chart.boxes.get(id);
    if (!el || !box) return;
    const { width, height } = el.getBoundingClientRect();
    const left = view.x + box.x * view.k;
    const top = view.y + box.y * view.k;
    if (left >= 0 && top >= 0 && left + box.w * view.k <= width && top + box.h * view.k <= height) return;
    setView((v) => ({ ...v, x: width / 2 - (box.x + box.w / 2) * v.k, y: height / 2 - (box.y + box.h / 2) * v.k }));
  }

  // A contact deleted, merged away or marked as left is gone from `nodes`: his panel closes by itself.
  const selectedNode = nodes.find((node) => node.id === selected) ?? null;

  function close() {
    const id = selected;
    setSelected(null);
    if (id) cardRefs.current.get(id)?.focus();
  }

  return (
    <section aria-labelledby="stakeholder-map-title" className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4" data-testid="stakeholder-map">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="stakeholder-map-title" className="text-base font-semibold">{t("stakeholders.map.title")}</h3>
        <div className="flex gap-1" role="group" aria-label={t("stakeholders.map.title")}>
          <Button size="sm" variant="secondary" onClick={() => zoomBy(1 / 1.2)} aria-label={t("stakeholders.map.zoomOut")} title={t("stakeholders.map.zoomOut")}>−</Button>
          <Button size="sm" variant="secondary" onClick={() => zoomBy(1.2)} aria-label={t("stakeholders.map.zoomIn")} title={t("stakeholders.map.zoomIn")}>+</Button>
          <Button size="sm" variant="secondary" onClick={fit}>{t("stakeholders.map.fit")}</Button>
        </div>
      </div>
      <p id="stakeholder-map-help" className="mt-1 text-xs text-slate-500">{t("stakeholders.map.help")}</p>
      <div
        ref={viewport}
        tabIndex={0}
        role="group"
        aria-label={t("stakeholders.map.figure", { count: nodes.length })}
        aria-describedby="stakeholder-map-help"
        onKeyDown={(event) => event.target === event.currentTarget && onKeyDown(event)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onClickCapture={(event) => {
          if (drag.current?.moved) {
            event.preventDefault();
            event.stopPropagation();
          }
        }}
        // Focus moving to a card outside the view would scroll this clipped box; the transform does the moving.
        onScroll={(event) => {
          event.currentTarget.scrollLeft = 0;
          event.currentTarget.scrollTop = 0;
        }}
        className="relative mt-2 h-[70vh] min-h-[22rem] cursor-grab touch-none select-none overflow-hidden rounded-md border border-slate-200 bg-slate-50 active:cursor-grabbing"
        data-testid="stakeholder-viewport"
      >
        <div className="absolute left-0 top-0 origin-top-left" style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.k})`, width: chart.width, height: chart.height }}>
          <svg width={chart.width} height={chart.height} className="absolute left-0 top-0" aria-hidden>
            {chart.paths.map((path) => (
              <path key={path.key} d={path.d} fill="none" stroke="#94a3b8" strokeWidth={1.5} />
            ))}
          </svg>
          <ul>
            {missingRoles.map((role) => {
              const box = chart.boxes.get(placeholderId(role))!;
              return (
                <li key={role} className="absolute rounded-lg border-2 border-dashed border-slate-400 bg-white/70 p-3 text-sm" style={{ left: box.x, top: box.y, width: box.w, height: box.h }} data-testid="role-placeholder">
                  <p className="font-semibold text-slate-700">{t("stakeholders.map.placeholder", { role: t(`domain.buyingRole.${role}`) })}</p>
                  <p className="text-xs text-slate-500">{t("stakeholders.map.placeholderHint")}</p>
                </li>
              );
            })}
            {nodes.map((node) => {
              const box = chart.boxes.get(node.id);
              if (!box) return null;
              return (
                <MapCard
                  key={node.id}
                  node={node}
                  box={box}
                  t={t}
                  locale={locale}
                  selected={selected === node.id}
                  onOpen={() => setSelected(node.id)}
                  onFocus={() => reveal(node.id)}
                  buttonRef={(el) => {
                    if (el) cardRefs.current.set(node.id, el);
                    else cardRefs.current.delete(node.id);
                  }}
                />
              );
            })}
          </ul>
        </div>
      </div>
      {selectedNode && (
        <StakeholderPanel key={selectedNode.id} accountId={accountId} canEdit={canEdit} node={selectedNode} nodes={nodes} onClose={close} />
      )}
    </section>
  );
}

function MapCard({
  node, box, t, locale, selected, onOpen, onFocus, buttonRef,
}: {
  node: MapNode; box: Box; t: Translate; locale: "en" | "zh"; selected: boolean;
  onOpen: () => void; onFocus: () => void; buttonRef: (el: HTMLButtonElement | null) => void;
}) {
  const border = node.uncoveredDecisionMaker ? "border-red-500 border-2" : node.untouched ? "border-amber-500 border-2" : "border-slate-300";
  const level = (value: string | null) => (value ? t(`stakeholders.level.${value as "VENDOR"}`) : t("stakeholders.card.unassessed"));
  return (
    <li
      className={`absolute overflow-hidden rounded-lg bg-white p-2.5 text-xs shadow-sm ${border} ${selected ? "ring-2 ring-brand-500" : ""}`}
      style={{ left: box.x, top: box.y, width: box.w, height: box.h }}
      data-testid="map-card"
      data-contact-id={node.id}
    >
      <button
        ref={buttonRef}
        type="button"
        onClick={onOpen}
        onFocus={onFocus}
        aria-label={t("stakeholders.card.open", { name: node.name })}
        aria-expanded={selected}
        className="block w-full truncate text-left text-sm font-semibold text-slate-900 after:absolute after:inset-0 after:content-[''] focus-visible:outline-none after:focus-visible:rounded-lg after:focus-visible:ring-2 after:focus-visible:ring-brand-600"
      >
        {node.name}
      </button>
      <p className="truncate text-slate-600">{node.title ?? t(`domain.level.${node.level}`)}</p>
      <div className="mt-1 flex flex-wrap gap-1">
        <Badge tone={ATTITUDE_TONE[node.attitude]}>{t(`domain.attitude.${node.attitude}`)}</Badge>
        {node.buyingRole && <Badge tone="blue">{t(`domain.buyingRole.${node.buyingRole}`)}</Badge>}
      </div>
      <p className="mt-1 text-slate-700">
        {node.influence ? t("stakeholders.card.influence", { value: t(`stakeholders.influence.${node.influence}`) }) : t("stakeholders.card.influenceUnset")}
      </p>
      <p className="text-slate-600">{node.lastTouchAt ? t("stakeholders.card.lastTouch", { date: formatDate(locale, node.lastTouchAt) }) : t("stakeholders.card.neverTouched")}</p>
      <ul className="mt-1 border-t border-slate-100 pt-1">
        {node.coverage.length === 0 ? (
          <li className="text-slate-500">{t("stakeholders.card.notCovered")}</li>
        ) : (
          node.coverage.map((line) => (
            <li key={line.userId} className="truncate text-slate-700">
              <span className="font-medium">{line.name}</span>: {t("stakeholders.card.levels", { now: level(line.levelNow), wanted: level(line.levelWanted) })}
            </li>
          ))
        )}
      </ul>
      {node.uncoveredDecisionMaker ? (
        <p className="mt-1 flex items-center gap-1 font-medium text-red-700" data-testid="marker-uncovered">
          <span aria-hidden className="inline-block h-2 w-2 rounded-full bg-red-600" />
          {t("stakeholders.card.uncoveredMarker")}
        </p>
      ) : node.untouched ? (
        <p className="mt-1 flex items-center gap-1 font-medium text-amber-800" data-testid="marker-untouched">
          <span aria-hidden className="inline-block h-2 w-2 rounded-full bg-amber-500" />
          {node.daysSinceTouch === null ? t("stakeholders.card.neverMarker") : t("stakeholders.card.untouchedMarker", { days: node.daysSinceTouch })}
        </p>
      ) : null}
    </li>
  );
}
