"use client";

import { useState } from "react";
import type { MatrixData } from "@/lib/dashboard";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { STAGE_LABELS, STAGES } from "@/lib/stages";
import { MatrixChart } from "./matrix-chart-lazy";
import { NineBox } from "./nine-box";
import { MATRIX_HEIGHT } from "./sizes";
import { STAGE_COLORS } from "./stage-colors";

type View = "scatter" | "nine";

/** The matrix with its view switch (bubbles or nine-box) and the movement option. */
export function MatrixPanel({ data }: { data: MatrixData }) {
  const { t, locale } = useI18n();
  const [view, setView] = useState<View>("scatter");
  const [showMovement, setShowMovement] = useState(false);
  const tab = (value: View, label: string) => (
    <button
      type="button"
      aria-pressed={view === value}
      onClick={() => setView(value)}
      className={`rounded px-3 py-1 text-sm ${view === value ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
    >
      {label}
    </button>
  );
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label={t("dashboard.matrix.viewLabel")} className="inline-flex rounded-md border border-slate-300 p-0.5">
          {tab("scatter", t("dashboard.matrix.scatter"))}
          {tab("nine", t("dashboard.matrix.nineBox"))}
        </div>
        <label className={`flex items-center gap-2 text-sm text-slate-700 ${view === "scatter" ? "" : "invisible"}`}>
          <input type="checkbox" checked={showMovement} onChange={(e) => setShowMovement(e.target.checked)} className="h-4 w-4 rounded border-slate-300" />
          {t("dashboard.matrix.showMovement")}
        </label>
      </div>
      {view === "scatter" ? <MatrixChart data={data} showMovement={showMovement} /> : <NineBox cells={data.nineBox} height={MATRIX_HEIGHT} />}
      {view === "scatter" && data.bins.length > 0 && (
        <p className="mt-2 text-xs text-slate-600" data-testid="matrix-bins-note">
          {t("dashboard.matrix.binsNote", { cap: formatNumber(locale, data.bubbles.length), count: formatNumber(locale, data.assessed - data.bubbles.length) })}
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">
        <span className="text-slate-500">{t("dashboard.matrix.legendStage")}</span>
        {STAGES.map((stage) => (
          <span key={stage} className="flex items-center gap-1">
            <span className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: STAGE_COLORS[stage] }} />
            {STAGE_LABELS[stage][locale]}
          </span>
        ))}
      </div>
    </div>
  );
}
