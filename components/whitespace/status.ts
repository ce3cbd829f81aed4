import type { WhitespaceStatusCode } from "@/lib/whitespace";

/** Colour and a shape per status, so the map never relies on colour alone (the text label is always shown too). */
export const STATUS_STYLE: Record<WhitespaceStatusCode | "EMPTY", { cell: string; icon: string }> = {
  SUPPLIED: { cell: "bg-green-50 text-green-900 ring-green-300", icon: "●" },
  OPPORTUNITY: { cell: "bg-amber-50 text-amber-900 ring-amber-300", icon: "◆" },
  COMPETITOR: { cell: "bg-red-50 text-red-900 ring-red-300", icon: "✕" },
  WHITESPACE: { cell: "bg-sky-50 text-sky-900 ring-sky-300", icon: "○" },
  NOT_RELEVANT: { cell: "bg-slate-100 text-slate-600 ring-slate-200", icon: "–" },
  EMPTY: { cell: "bg-white text-slate-500 ring-slate-200", icon: "·" },
};
