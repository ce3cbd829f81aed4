import type { ObjectiveStatus } from "@/lib/objectives";

/** An objective's measured state as display text, worked out on the server in the user's language. */
export type ObjectiveMeterData = {
  progress: number | null;
  status: ObjectiveStatus;
  statusLabel: string;
  /** "1,200 of 5,000 CNY", or "not measured yet". */
  text: string;
  /** "from orders", "entered" … */
  source: string;
  due: string | null;
};

const BAR: Record<ObjectiveStatus, string> = {
  ACHIEVED: "bg-green-600",
  ON_TRACK: "bg-brand-600",
  BEHIND: "bg-amber-500",
  OVERDUE: "bg-red-600",
  NOT_MEASURED: "bg-slate-300",
};

const CHIP: Record<ObjectiveStatus, string> = {
  ACHIEVED: "bg-green-100 text-green-800",
  ON_TRACK: "bg-brand-100 text-brand-700",
  BEHIND: "bg-amber-100 text-amber-900",
  OVERDUE: "bg-red-100 text-red-800",
  NOT_MEASURED: "bg-slate-100 text-slate-700",
};

/** Progress bar with current/target/unit, the source of the value and the status; plain markup, also printed. */
export function ObjectiveMeter({ meter, label }: { meter: ObjectiveMeterData; label: string }) {
  const percent = meter.progress === null ? 0 : Math.round(meter.progress * 100);
  return (
    <div className="mt-2 text-sm" data-testid="objective-meter" data-status={meter.status}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={meter.text}
        className="h-2 overflow-hidden rounded bg-slate-100 print:border print:border-slate-400"
      >
        <div className={`h-full ${BAR[meter.status]}`} style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-700">
        <span className="font-medium text-slate-900" data-testid="objective-value">{meter.text}</span>
        <span className="text-slate-600">({meter.source})</span>
        <span className={`rounded px-1.5 py-0.5 font-medium ${CHIP[meter.status]}`}>{meter.statusLabel}</span>
        {meter.due && <span className="text-slate-600">{meter.due}</span>}
      </p>
    </div>
  );
}
