"use client";

import Link from "next/link";
import { useState } from "react";
import type { NineBoxCell } from "@/lib/dashboard";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { accountHref } from "./links";
import { STAGE_COLORS } from "./stage-colors";

const NAMES_PER_CELL = 6;
const LEVEL = { LOW: 0, MEDIUM: 1, HIGH: 2 } as const;

/**
 * Attractiveness and strength by thirds of the scale (lib/matrix placeInNineBox): exact counts and links to the
 * largest accounts of each cell (the server sends at most a few dozen names per cell).
 */
export function NineBox({ cells, height }: { cells: NineBoxCell[]; height: number }) {
  const { t, locale } = useI18n();
  // Cells whose full list is open ("+N more" pressed): the list then scrolls inside its cell.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    // Rows and cells may not grow past the fixed height (minmax(0, …)): a long list scrolls inside its cell.
    <div className="overflow-x-auto" data-testid="nine-box">
    <div className="grid min-w-[30rem] grid-cols-[2rem_minmax(0,1fr)] grid-rows-[minmax(0,1fr)_1.5rem]" style={{ height }}>
      <div className="flex items-center justify-center">
        <span className="-rotate-90 whitespace-nowrap text-xs text-slate-500">{t("dashboard.matrix.attractiveness")}</span>
      </div>
      <div className="grid min-h-0 grid-cols-3 grid-rows-[repeat(3,minmax(0,1fr))] gap-1">
        {cells.map((cell) => {
            const { attractiveness: a, strength: s, accounts: items } = cell;
            // Greener towards high/high, greyer towards low/low.
            const tone = LEVEL[a] + LEVEL[s];
            const bg = ["bg-slate-100", "bg-slate-50", "bg-amber-50", "bg-green-50", "bg-green-100"][tone];
            const label = t("dashboard.matrix.nineBoxCell", {
              attractiveness: t(`dashboard.matrix.band.${a}`),
              strength: t(`dashboard.matrix.band.${s}`),
              count: formatNumber(locale, cell.count),
            });
            const key = `${a}:${s}`;
            const open = expanded.has(key);
            const listId = `nine-box-${a}-${s}`;
            return (
              <section key={key} aria-label={label} data-testid="nine-box-cell" className={`flex min-h-0 min-w-0 flex-col rounded-md p-2 ${bg}`}>
                <p className="flex items-baseline justify-between text-xs text-slate-500">
                  <span>{t(`dashboard.matrix.band.${a}`)} / {t(`dashboard.matrix.band.${s}`)}</span>
                  <span className="text-lg font-semibold text-slate-900">{formatNumber(locale, cell.count)}</span>
                </p>
                <ul id={listId} className="mt-1 min-h-0 flex-1 space-y-0.5 overflow-y-auto text-xs">
                  {(open ? items : items.slice(0, NAMES_PER_CELL)).map((b) => (
                    <li key={b.id} className="flex items-center gap-1 truncate">
                      <span className="inline-block h-2 w-2 shrink-0 rounded-full" style={{ background: STAGE_COLORS[b.stage] }} />
                      <Link href={accountHref(b.id)} className="truncate text-brand-700 hover:underline">
                        {b.name}
                      </Link>
                    </li>
                  ))}
                </ul>
                {items.length > NAMES_PER_CELL && (
                  <button
                    type="button"
                    aria-expanded={open}
                    aria-controls={listId}
                    onClick={() => toggle(key)}
                    className="mt-0.5 self-start text-xs text-brand-700 underline hover:text-brand-600"
                  >
                    {open ? t("ux.nineBox.less") : t("dashboard.matrix.more", { count: cell.count - NAMES_PER_CELL })}
                  </button>
                )}
                {open && cell.count > items.length && (
                  <p className="mt-0.5 text-xs text-slate-500">{t("dashboard.matrix.notListed", { count: formatNumber(locale, cell.count - items.length) })}</p>
                )}
              </section>
            );
          })}
      </div>
      <div />
      <p className="text-center text-xs leading-6 text-slate-500">{t("dashboard.matrix.strength")}</p>
    </div>
    </div>
  );
}
