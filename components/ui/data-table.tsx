import Link from "next/link";
import { Fragment, type ReactElement, type ReactNode } from "react";
import type { Translate } from "@/lib/i18n/translate";
import { nextSort, sortHref, type ParamValue, type SortDir, type SortState } from "@/lib/lists/links";
import { Notice } from "./notice";

/**
 * THE table of the app: every list renders through it. Neither a server nor a client component (no hooks, no
 * server-only imports), so server pages and client components both use it; cell renderers run where it renders.
 */

export type Align = "left" | "right" | "center";
export type Breakpoint = "sm" | "md" | "lg" | "xl";

export type Column<T, K extends string = string> = {
  /** Unique within the table; also names the column's cell in `footer`. */
  key: string;
  header: ReactNode;
  cell: (row: T, index: number) => ReactNode;
  /** Makes the header a link that sorts the list by this key (through the URL, see `sort`). */
  sortKey?: K;
  align?: Align;
  /** Hides the column on screens narrower than the breakpoint (the rest scrolls sideways anyway). */
  hideBelow?: Breakpoint;
  /** Renders the cells as row headers (`<th scope="row">`). */
  rowHeader?: boolean;
  /** A hint on the header (its title), e.g. a factor's help text. */
  headerTitle?: string;
  /** Extra classes of the column's header and cells (width, wrapping, colour). */
  className?: string;
};

/** Sorting through the URL: header links keep `params` (the list's other filters), set `sort`/`dir` and drop `page`. */
export type TableSort<K extends string> = {
  basePath: string;
  params: Record<string, ParamValue>;
  current: SortState<K>;
  /** The direction a column sorts in when first clicked (figures read best largest first); default ascending. */
  firstDirs?: Partial<Record<K, SortDir>>;
};

export type TableEmpty = {
  title: string;
  hint?: string;
  /** A way out, e.g. "Clear filters". */
  href?: string;
  linkLabel?: string;
  /** Extra classes of the plain variant's empty box (e.g. a height, so a panel does not jump). */
  className?: string;
};

/** Every table has an accessible name: a caption (screen readers only unless `showCaption`), an aria-label or a heading's id. */
type Naming =
  | { caption: ReactNode; showCaption?: boolean; label?: never; labelledBy?: never }
  | { label: string; caption?: never; showCaption?: never; labelledBy?: never }
  | { labelledBy: string; caption?: never; showCaption?: never; label?: never };

export type DataTableProps<T, K extends string = string> = Naming & {
  /** Falsy entries are left out, so a column can depend on a condition (`canEdit && {…}`). */
  columns: readonly (Column<T, K> | false | null | undefined)[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** `card`: a list page's framed table; `plain`: a table inside a panel or section. */
  variant?: "card" | "plain";
  sort?: TableSort<K>;
  /** For the sort links' titles ("Sort by …"). */
  t?: Translate;
  /** Shown instead of the table when there are no rows (without it, the table shows with an empty body). */
  empty?: TableEmpty;
  rowClassName?: (row: T) => string | undefined;
  rowTestId?: (row: T) => string;
  /** A full-width row under a row (e.g. a form that opens in place); null for none. */
  rowDetail?: (row: T) => ReactNode;
  /** Wraps a rendered row, e.g. in a client component that gives its cells shared state. */
  wrapRow?: (row: T, tr: ReactElement) => ReactNode;
  /** A summary row by column key; its first cell is the row header. */
  footer?: Record<string, ReactNode>;
  /** Header row for screen readers only (when the cells speak for themselves). */
  headerHidden?: boolean;
  /** Keeps the header in view when the container scrolls vertically (give it a max height in `className`). */
  stickyHeader?: boolean;
  testId?: string;
  bodyTestId?: string;
  /** Extra classes of the scrolling container. */
  className?: string;
  /**
   * Keeps the first column (the row's name) in view while the rest scrolls sideways on a narrow screen; on by
   * default for the `card` variant (list pages).
   */
  stickyFirstColumn?: boolean;
};

const VARIANTS = {
  card: {
    // `relative`: absolutely positioned content (screen-reader-only text) stays inside the scrolling box.
    container: "scroll-shadows relative max-w-full overflow-x-auto overscroll-x-contain rounded-lg border border-slate-200 bg-white",
    // The cells' padding comes from `dt-card` (app/globals.css), not from classes on every cell.
    table: "dt-card min-w-full divide-y divide-slate-200 text-sm",
    thead: "bg-slate-50 text-slate-600",
    th: "font-medium",
    td: "",
    row: "hover:bg-slate-50",
    stickyTh: "sticky top-0 z-10 bg-slate-50",
  },
  plain: {
    container: "scroll-shadows relative max-w-full overflow-x-auto overscroll-x-contain",
    table: "dt-plain w-full text-sm",
    thead: "border-b border-slate-200 text-xs text-slate-500",
    th: "font-medium",
    td: "",
    row: "",
    stickyTh: "sticky top-0 z-10 bg-white",
  },
} as const;

// `cell-num`, `from-<breakpoint>` and `pin-th`/`pin-td` are in app/globals.css: they repeat in every row.
const ALIGN: Record<Align, string> = { left: "text-left", right: "cell-num", center: "text-center" };
const HIDE_BELOW: Record<Breakpoint, string> = { sm: "from-sm", md: "from-md", lg: "from-lg", xl: "from-xl" };

const classes = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(" ");

/**
 * A cell's class attribute, as props to spread; none at all for a plain left-aligned data cell (a `td` is
 * left-aligned anyway, a `th` is not). Absent rather than undefined: an undefined prop still costs bytes in the
 * page's payload, once per cell.
 */
function cellClass<T, K extends string>(column: Column<T, K>, base: string, sticky?: string | false, tag: "th" | "td" = "th") {
  const align = column.align ?? "left";
  const className = classes(base, (tag === "th" || align !== "left") && ALIGN[align], column.hideBelow && HIDE_BELOW[column.hideBelow], sticky, column.className);
  return className ? { className } : {};
}

/** `data-testid` as props to spread, absent without an id (see cellClass). */
const testId = (id: string | undefined) => (id === undefined ? {} : { "data-testid": id });

/** The first column, pinned on narrow screens (below `lg`, where tables scroll sideways), with the row's background. */
const STICKY_FIRST = { th: "pin-th", td: "pin-td" };

function SortLink<K extends string>({ column, sort, t }: { column: Column<unknown, K> & { sortKey: K }; sort: TableSort<K>; t?: Translate }) {
  const active = sort.current.sort === column.sortKey;
  const target = nextSort(sort.current, column.sortKey, sort.firstDirs);
  const title = t && typeof column.header === "string" ? t("table.sortBy", { column: column.header }) : undefined;
  return (
    <Link href={sortHref(sort.basePath, sort.params, target)} title={title} className="inline-flex items-center gap-1 hover:text-brand-700 hover:underline">
      {column.header}
      <span aria-hidden className={active ? "text-brand-600" : "text-slate-300"}>
        {active && sort.current.dir === "desc" ? "▼" : "▲"}
      </span>
    </Link>
  );
}

function EmptyState({ empty, variant }: { empty: TableEmpty; variant: "card" | "plain" }) {
  if (variant === "card") return <Notice title={empty.title} body={empty.hint} href={empty.href} linkLabel={empty.linkLabel} />;
  return (
    <div className={classes("flex flex-col items-center justify-center rounded-md border border-dashed border-slate-300 px-6 py-6 text-center text-sm text-slate-500", empty.className)}>
      <p className="font-medium text-slate-600">{empty.title}</p>
      {empty.hint && <p className="mt-1">{empty.hint}</p>}
      {empty.href && empty.linkLabel && (
        <Link href={empty.href} className="mt-2 text-brand-600 underline">
          {empty.linkLabel}
        </Link>
      )}
    </div>
  );
}

export function DataTable<T, K extends string = string>(props: DataTableProps<T, K>) {
  const { rows, rowKey, variant = "card", sort, t, empty, footer } = props;
  if (rows.length === 0 && empty) return <EmptyState empty={empty} variant={variant} />;
  const style = VARIANTS[variant];
  const columns = props.columns.filter((c): c is Column<T, K> => !!c);
  const stickyFirst = (props.stickyFirstColumn ?? variant === "card") && columns.length > 2;
  const sticky = (i: number, part: "th" | "td") => stickyFirst && i === 0 && STICKY_FIRST[part];
  return (
    // Focusable so keyboard users can scroll a table that is wider than the screen.
    <div className={classes(style.container, props.className)} tabIndex={0} data-table-scroll="">
      <table className={style.table} aria-label={props.label} aria-labelledby={props.labelledBy} data-testid={props.testId}>
        {props.caption !== undefined && <caption className={props.showCaption ? "mb-2 text-left" : "sr-only"}>{props.caption}</caption>}
        <thead className={props.headerHidden ? "sr-only" : style.thead}>
          <tr>
            {columns.map((column, i) => {
              const active = sort && column.sortKey !== undefined && sort.current.sort === column.sortKey;
              return (
                <th
                  key={column.key}
                  scope="col"
                  title={column.headerTitle}
                  aria-sort={active ? (sort.current.dir === "asc" ? "ascending" : "descending") : undefined}
                  {...cellClass(column, classes(style.th, "whitespace-nowrap", props.stickyHeader && style.stickyTh), sticky(i, "th"))}
                >
                  {sort && column.sortKey !== undefined ? <SortLink column={column as Column<unknown, K> & { sortKey: K }} sort={sort} t={t} /> : column.header}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100" {...testId(props.bodyTestId)}>
          {rows.map((row, index) => {
            const detail = props.rowDetail?.(row);
            const hasDetail = detail != null && detail !== false;
            const tr = (
              <tr className={classes("group", style.row, props.rowClassName?.(row), hasDetail && "border-b-0")} {...testId(props.rowTestId?.(row))}>
                {columns.map((column, i) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" {...cellClass(column, classes(style.td, "font-normal"), sticky(i, "td"))}>
                      {column.cell(row, index)}
                    </th>
                  ) : (
                    <td key={column.key} {...cellClass(column, style.td, sticky(i, "td"), "td")}>
                      {column.cell(row, index)}
                    </td>
                  ),
                )}
              </tr>
            );
            return (
              <Fragment key={rowKey(row)}>
                {props.wrapRow ? props.wrapRow(row, tr) : tr}
                {hasDetail && (
                  <tr className={props.rowClassName?.(row)}>
                    <td colSpan={columns.length} className="pt-0">
                      {detail}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
        {footer && (
          <tfoot className="border-t border-slate-300">
            <tr>
              {columns.map((column, i) =>
                i === 0 ? (
                  <th key={column.key} scope="row" {...cellClass(column, classes(style.td, "font-semibold"))}>
                    {footer[column.key]}
                  </th>
                ) : (
                  <td key={column.key} {...cellClass(column, "font-semibold", false, "td")}>
                    {footer[column.key]}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/**
 * The loading state of a list (for loading.tsx): the table's frame with pulsing bars. Not a table itself, so it
 * never stands in for the real one; `label` is announced as the loading status.
 */
export function DataTableSkeleton({
  columns = 6,
  rows = 8,
  label,
  variant = "card",
  rowClassName = "h-10",
}: {
  /** The number of columns, or their header labels. */
  columns?: number | readonly string[];
  rows?: number;
  label?: string;
  variant?: "card" | "plain";
  rowClassName?: string;
}) {
  const headers = typeof columns === "number" ? Array.from({ length: columns }, () => null) : columns;
  const bar = "h-3 flex-1 animate-pulse rounded";
  return (
    <div role="status" aria-live="polite" aria-busy="true" className={classes(VARIANTS[variant].container, "min-w-0")}>
      {label && <span className="sr-only">{label}</span>}
      <div aria-hidden className="min-w-[40rem]">
        <div className={classes("flex items-center gap-4 px-3 py-2.5 text-sm font-medium text-slate-600", variant === "card" && "bg-slate-50")}>
          {headers.map((header, i) => (header ? <span key={i} className="flex-1 truncate">{header}</span> : <span key={i} className={`${bar} bg-slate-200`} />))}
        </div>
        {Array.from({ length: rows }, (_, r) => (
          <div key={r} className={`flex items-center gap-4 border-t border-slate-100 px-3 ${rowClassName}`}>
            {headers.map((_, i) => (
              <span key={i} className={`${bar} bg-slate-100`} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
