/**
 * The placeholder a route's loading.tsx shows while the page streams in. `text` is just the loading line;
 * `list` is a heading, a filter bar and `rows` table rows (heights vary a little between lists).
 */
export function PageSkeleton({
  label,
  variant = "text",
  filterClassName = "h-24",
  rowClassName = "h-10",
  rows = 8,
}: {
  /** The "loading" text (visible for `text`, for screen readers only for `list`). */
  label: string;
  variant?: "text" | "list";
  filterClassName?: string;
  rowClassName?: string;
  rows?: number;
}) {
  if (variant === "text") {
    return (
      <p role="status" className="animate-pulse p-6 text-sm text-slate-500">
        {label}
      </p>
    );
  }
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{label}</span>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className={`${filterClassName} animate-pulse rounded-lg bg-slate-100`} />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={`${rowClassName} animate-pulse rounded bg-slate-100`} />
      ))}
    </div>
  );
}
