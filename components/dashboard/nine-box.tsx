"use client";

import Link from "next/link";
import type { MatrixBubble } from "@/lib/dashboard";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import type { Band } from "@/lib/matrix";
import { accountHref } from "./links";
import { STAGE_COLORS } from "./stage-colors";

const ROWS: Band[] = ["HIGH", "MEDIUM", "LOW"];
const COLUMNS: Band[] = ["LOW", "MEDIUM", "HIGH"];
const NAMES_PER_CELL = 6;
const LEVEL = { LOW: 0, MEDIUM: 1, HIGH: 2 } as const;

/** Attractiveness and strength by thirds of the scale (lib/matrix placeInNineBox): counts and account links. */
export function NineBox({ bubbles, height }: { bubbles: MatrixBubble[]; height: number }) {
  const { t, locale } = useI18n();
  const cells = new Map<string, MatrixBubble[]>();
  for (const bubble of bubbles) {
    const key = `${bubble.nineBox.attractiveness}:${bubble.nineBox.strength}`;
    cells.set(key, [...(cells.get(key) ?? []), bubble]);
  }
  return (
    <div className="grid grid-cols-[2rem_1fr] grid-rows-[1fr_1.5rem]" style={{ height }}>
      <div className="flex items-center justify-center">
        <span className="-rotate-90 whitespace-nowrap text-xs text-slate-500">{t("dashboard.matrix.attractiveness")}</span>
      </div>
      <div className="grid grid-cols-3 grid-rows-3 gap-1">
        {ROWS.map((a) =>
          COLUMNS.map((s) => {
            const items = cells.get(`${a}:${s}`) ?? [];
            // Greener towards high/high, greyer towards low/low.
            const tone = LEVEL[a] + LEVEL[s];
            const bg = ["bg-slate-100", "bg-slate-50", "bg-amber-50", "bg-green-50", "bg-green-100"][tone];
            const label = t("dashboard.matrix.nineBoxCell", {
              attractiveness: t(`dashboard.matrix.band.${a}`),
              strength: t(`dashboard.matrix.band.${s}`),
              count: formatNumber(locale, items.length),
            });
            return (
              <section key={`${a}:${s}`} aria-label={label} data-testid="nine-box-cell" className={`overflow-hidden rounded-md p-2 ${bg}`}>
                <p className="flex items-baseline justify-between text-xs text-slate-500">
                  <span>{t(`dashboard.matrix.band.${a}`)} / {t(`dashboard.matrix.band.${s}`)}</span>
                  <span className="text-lg font-semibold text-slate-900">{formatNumber(locale, items.length)}</span>
                </p>
                <ul className="mt-1 space-y-0.5 text-xs">
                  {items.slice(0, NAMES_PER_CELL).map((b) => (
                    <li key={b.id} className="flex items-center gap-1 truncate">
                      <span className="inline-block h-2 w-2 shrink-0 rounded-full" style={{ background: STAGE_COLORS[b.stage] }} />
                      <Link href={accountHref(b.id)} className="truncate text-brand-700 hover:underline">
                        {b.name}
                      </Link>
                    </li>
                  ))}
                  {items.length > NAMES_PER_CELL && <li className="text-slate-500">{t("dashboard.matrix.more", { count: items.length - NAMES_PER_CELL })}</li>}
                </ul>
              </section>
            );
          }),
        )}
      </div>
      <div />
      <p className="text-center text-xs leading-6 text-slate-500">{t("dashboard.matrix.strength")}</p>
    </div>
  );
}
