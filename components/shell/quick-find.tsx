"use client";

import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from "react";
import { useI18n } from "@/lib/i18n/client";
import { SearchIcon } from "./search-icon";

const noSubscription = () => () => {};
const loadDialog = () => import("./quick-find-dialog");
// The dialog and its combobox load when quick-find is about to be used (pointer or focus on the field, Ctrl/⌘-K).
const QuickFindDialog = lazy(() => loadDialog().then((module) => ({ default: module.QuickFindDialog })));

/** Quick-find: a search field in the shell (and Ctrl/⌘-K anywhere) that opens a dialog searching accounts, contacts and users. */
export function QuickFind() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // Once opened, the dialog stays mounted (closed) so that it opens again at once.
  const [used, setUsed] = useState(false);
  const isMac = useSyncExternalStore(noSubscription, () => /Mac|iPhone|iPad/.test(navigator.platform), () => false);
  const show = () => {
    setUsed(true);
    setOpen(true);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
        event.preventDefault();
        show();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const shortcut = isMac ? "⌘K" : "Ctrl K";
  return (
    <>
      <button
        type="button"
        onClick={show}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        aria-keyshortcuts="Control+K Meta+K"
        aria-haspopup="dialog"
        className="flex h-10 w-full min-w-0 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-left text-sm text-slate-600 hover:border-slate-400"
        data-testid="quick-find-open"
      >
        <SearchIcon />
        <span className="min-w-0 flex-1 truncate">{t("search.placeholder")}</span>
        <kbd className="hidden shrink-0 rounded border border-slate-300 px-1.5 text-xs text-slate-600 sm:inline">{shortcut}</kbd>
      </button>
      {used && (
        <Suspense>
          <QuickFindDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
