import { MATRIX_HEIGHT, PARETO_HEIGHT } from "./sizes";

const block = "animate-pulse rounded-md bg-slate-200/70";

function PanelSkeleton({ bodyHeight, className = "" }: { bodyHeight: number; className?: string }) {
  return (
    <div className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${className}`}>
      <div className={`mb-1 h-5 w-40 ${block}`} />
      <div className={`mb-3 h-3 w-72 ${block}`} />
      <div className={block} style={{ height: bodyHeight }} />
    </div>
  );
}

/** Placeholders at the final sizes of the dashboard's panels, shown while the page loads. */
export function DashboardSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label}>
      <div className={`mb-6 h-[132px] rounded-lg border border-slate-200 bg-white`} />
      <div className="mb-6 grid gap-4 xl:grid-cols-[1fr_22rem]">
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {Array.from({ length: 7 }, (_, i) => (
            <div key={i} className={`h-28 ${block}`} />
          ))}
        </div>
        <div className={`h-[236px] ${block}`} />
      </div>
      {/* Toolbar (36) + chart + legend (28). */}
      <PanelSkeleton bodyHeight={MATRIX_HEIGHT + 64} className="mb-6" />
      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <PanelSkeleton bodyHeight={PARETO_HEIGHT + 112} />
        <PanelSkeleton bodyHeight={PARETO_HEIGHT + 112} />
      </div>
      <PanelSkeleton bodyHeight={420} className="mb-6" />
      <div className="grid gap-6 lg:grid-cols-2">
        <PanelSkeleton bodyHeight={360} />
        <PanelSkeleton bodyHeight={360} />
      </div>
    </div>
  );
}
