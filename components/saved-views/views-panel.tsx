"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";
import { listHref } from "@/lib/lists/links";
import { deleteViewAction, renameViewAction, saveViewAction } from "@/lib/saved-views/actions";
import { viewLink } from "@/lib/saved-views/links";
import type { SavedViewSummary } from "@/lib/saved-views/queries";
import type { RunAction, SavedViewsContext } from "./types";

type Props = SavedViewsContext & {
  /** The columns a view saved now stores (none: all of them). */
  storedColumns: string[];
  pending: boolean;
  run: RunAction;
  /** A view's link was followed: the list closes the panel. */
  onOpenView: () => void;
};

/**
 * The open "Views" panel of a list: the user's views (open, rename, share, delete) and the form that saves the
 * current one. Loaded when first opened, so a list page does not ship it.
 */
export function ViewsPanel({ list, path, views, newViewColumns, active, params, query, storedColumns, pending, run, onOpenView }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get("name") ?? "");
    const shared = data.get("shared") === "on";
    run(
      () => saveViewAction({ list, name, shared, query, columns: storedColumns }),
      (saved) => router.push(viewLink(path, saved.id, query, newViewColumns.columns, newViewColumns.count)),
      t("savedViews.saved", { name }),
    );
  }

  function onRename(event: FormEvent<HTMLFormElement>, id: string) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get("name") ?? "");
    run(() => renameViewAction({ id, name, shared: data.get("shared") === "on" }), () => {
      setRenaming(null);
      router.refresh();
    }, t("savedViews.renamed", { name }));
  }

  function onDelete(view: SavedViewSummary) {
    run(() => deleteViewAction({ id: view.id }), () => {
      setDeleting(null);
      if (active?.id === view.id) router.push(listHref(path, params, { view: undefined }));
      else router.refresh();
    }, t("savedViews.deleted", { name: view.name }));
  }

  return (
    <div className="mt-2 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
      <div>
        <h3 className="text-sm font-semibold">{t("savedViews.listTitle")}</h3>
        {views.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">{t("savedViews.empty")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 text-sm" data-testid="saved-views">
            {views.map((view) => (
              <li key={view.id} className="py-2">
                {renaming === view.id ? (
                  <form onSubmit={(event) => onRename(event, view.id)} className="flex flex-wrap items-end gap-2">
                    <div className="text-xs font-medium text-slate-600">
                      <label htmlFor={`rename-${view.id}`}>{t("savedViews.name")}</label>
                      <input id={`rename-${view.id}`} name="name" defaultValue={view.name} required maxLength={80} className={inputClass} autoFocus />
                    </div>
                    <label className="flex items-center gap-1 text-xs">
                      <input type="checkbox" name="shared" defaultChecked={view.shared} className="size-4" />
                      {t("savedViews.shareWithEveryone")}
                    </label>
                    <Button type="submit" size="sm" disabled={pending}>{t("savedViews.save")}</Button>
                    <Button variant="ghost" size="sm" onClick={() => setRenaming(null)}>{t("savedViews.cancel")}</Button>
                  </form>
                ) : (
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={view.href} onClick={onOpenView} aria-current={active?.id === view.id ? "true" : undefined} className="font-medium text-brand-700 hover:underline">
                      {view.name}
                    </Link>
                    {view.shared && <Badge tone="blue">{t("savedViews.shared")}</Badge>}
                    {!view.mine && <span className="text-xs text-slate-500">{t("savedViews.by", { owner: view.ownerName })}</span>}
                    <span className="ml-auto flex gap-1">
                      {view.mine && (
                        <Button variant="ghost" size="sm" onClick={() => setRenaming(view.id)} aria-label={t("savedViews.renameNamed", { name: view.name })}>
                          {t("savedViews.rename")}
                        </Button>
                      )}
                      {view.canDelete && deleting !== view.id && (
                        <Button variant="ghost" size="sm" onClick={() => setDeleting(view.id)} aria-label={t("savedViews.deleteNamed", { name: view.name })}>
                          {t("savedViews.delete")}
                        </Button>
                      )}
                    </span>
                    {deleting === view.id && (
                      <span role="group" aria-label={t("savedViews.confirmDelete", { name: view.name })} className="flex basis-full flex-wrap items-center gap-2 rounded-md bg-red-50 px-2 py-1">
                        <span className="text-red-800">{t("savedViews.confirmDelete", { name: view.name })}</span>
                        <Button variant="danger" size="sm" disabled={pending} onClick={() => onDelete(view)}>{t("savedViews.delete")}</Button>
                        <Button variant="ghost" size="sm" onClick={() => setDeleting(null)}>{t("savedViews.cancel")}</Button>
                      </span>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <form onSubmit={onSave} className="space-y-2" aria-labelledby="save-view-title">
        <h3 id="save-view-title" className="text-sm font-semibold">{t("savedViews.saveTitle")}</h3>
        <p className="text-xs text-slate-500">{t("savedViews.saveIntro")}</p>
        <div className="text-xs font-medium text-slate-600">
          <label htmlFor={`${list}-view-name`}>{t("savedViews.name")}</label>
          <input id={`${list}-view-name`} name="name" required maxLength={80} className={inputClass} />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="shared" className="size-4" />
          {t("savedViews.shareWithEveryone")}
        </label>
        <Button type="submit" size="sm" disabled={pending}>{t("savedViews.saveView")}</Button>
      </form>
    </div>
  );
}
