import { DataTableSkeleton } from "./data-table";

/**
 * The placeholder a route's loading.tsx shows while the page streams in. `text` is just the loading line;
 * `list` is a heading, a filter bar and the list's table skeleton (`columns` as a count or the header labels).
 */
export function PageSkeleton({
  label,
  variant = "text",
  filterClassName = "h-24",
  rowClassName = "h-10",
  rows = 8,
  columns = 6,
}: {
  /** The "loading" text (visible for `text`, announced by the table skeleton for `list`). */
  label: string;
  variant?: "text" | "list";
  filterClassName?: string;
  rowClassName?: string;
  rows?: number;
  columns?: number | readonly string[];
}) {
  if (variant === "text") {
    return (
      <p role="status" className="animate-pulse p-6 text-sm text-slate-500">
        {label}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className={`${filterClassName} animate-pulse rounded-lg bg-slate-100`} />
      <DataTableSkeleton label={label} columns={columns} rows={rows} rowClassName={rowClassName} />
    </div>
  );
}
