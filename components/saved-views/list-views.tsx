"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useId, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { listHref } from "@/lib/lists/links";
import { updateViewAction } from "@/lib/saved-views/actions";
import type { RunAction, SavedViewsContext } from "./types";

/**
 * The views panel is loaded when first opened: most visits to a list never open it. React's own `lazy` (not
 * next/dynamic, whose loader would cost the page more than the panel saves); it only renders after a click.
 */
const ViewsPanel = lazy(() => import("./views-panel").then((module) => ({ default: module.ViewsPanel })));

function PanelLoading() {
  const { t } = useI18n();
  return <p className="mt-2 text-sm text-slate-500" role="status">{t("savedViews.loading")}</p>;
}

type Props = SavedViewsContext & {
  /** Every column the chooser offers, with its header; `fixed` ones cannot be hidden. */
  columns: { key: string; label: string; fixed: boolean }[];
  visible: string[];
};

/** An expanding panel under its toggle button (in the flow, so it fits a phone screen). */
function Disclosure({ label, count, open, onToggle, children }: { label: string; count?: number; open: boolean; onToggle: () => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="contents">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={onToggle} className={buttonClass("secondary", "sm")}>
        {label}
        {count !== undefined && <span className="text-slate-500">({count})</span>}
        <span aria-hidden>{open ? "▴" : "▾"}</span>
      </button>
      <div id={id} hidden={!open} className="order-last basis-full">
        {open && children}
      </div>
    </div>
  );
}

/**
 * Saved views and the column chooser of a list (accounts, contacts): open a view (a link, so it can be bookmarked),
 * save the current filters, sort and columns under a name — private or shared with everyone —, save changes to
 * the open view, rename, share or delete one's own views (admins may delete shared ones), choose the columns.
 * Without an open view the columns live in the URL (`cols`); a view stores them.
 */
export function ListViews({ list, path, views, newViewColumns, active, params, query, columns, visible }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [panel, setPanel] = useState<"views" | "columns" | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const allColumns = columns.length === visible.length;
  const storedColumns = allColumns ? [] : visible;
  const modified = active !== null && (active.query !== query || (active.columns.length > 0 ? active.columns.join(",") !== visible.join(",") : !allColumns));

  const run: RunAction = (action, done, text) => {
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setMessage({ ok: false, text: result.error });
        return;
      }
      setMessage({ ok: true, text });
      done(result.data);
    });
  };

  function onColumns(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).getAll("col").map(String);
    const keys = columns.filter((c) => c.fixed || chosen.includes(c.key)).map((c) => c.key);
    const cols = keys.length === columns.length || keys.every((k) => columns.find((c) => c.key === k)?.fixed) ? undefined : keys.join(",");
    setPanel(null);
    router.push(listHref(path, params, { cols }));
  }

  return (
    <div className="mb-3 flex flex-wrap items-center gap-2" data-testid="list-views">
      {active && (
        <p className="mr-1 flex items-center gap-2 text-sm">
          <span className="text-slate-600">{t("savedViews.activeView")}</span>
          <span className="font-medium" data-testid="active-view">{active.name}</span>
          {modified && <Badge tone="amber">{t("savedViews.modified")}</Badge>}
          <Link href={listHref(path, {}, {})} className="text-brand-700 underline">{t("savedViews.close")}</Link>
        </p>
      )}
      {active?.mine && modified && (
        <Button size="sm" disabled={pending} onClick={() => run(() => updateViewAction({ id: active.id, query, columns: storedColumns }), () => router.refresh(), t("savedViews.updated", { name: active.name }))}>
          {t("savedViews.saveChanges", { name: active.name })}
        </Button>
      )}
      <Disclosure label={t("savedViews.views")} count={views.length} open={panel === "views"} onToggle={() => setPanel(panel === "views" ? null : "views")}>
        <Suspense fallback={<PanelLoading />}>
          <ViewsPanel
            list={list}
            path={path}
            views={views}
            newViewColumns={newViewColumns}
            active={active}
            params={params}
            query={query}
            storedColumns={storedColumns}
            pending={pending}
            run={run}
            onOpenView={() => setPanel(null)}
          />
        </Suspense>
      </Disclosure>
      <Disclosure label={t("savedViews.columns")} open={panel === "columns"} onToggle={() => setPanel(panel === "columns" ? null : "columns")}>
        <form onSubmit={onColumns} className="mt-2 rounded-lg border border-slate-200 bg-white p-4">
          <fieldset>
            <legend className="text-sm font-semibold">{t("savedViews.columnsLegend")}</legend>
            <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
              {columns.map((c) => (
                <label key={c.key} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="col" value={c.key} defaultChecked={visible.includes(c.key)} disabled={c.fixed} className="size-4" />
                  {c.label}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="mt-3 flex gap-2">
            <Button type="submit" size="sm">{t("savedViews.applyColumns")}</Button>
            <Link href={listHref(path, params, { cols: undefined })} className={buttonClass("ghost", "sm")}>{t("savedViews.allColumns")}</Link>
          </div>
        </form>
      </Disclosure>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`basis-full rounded-md px-3 py-2 text-sm ${message.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700"}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
