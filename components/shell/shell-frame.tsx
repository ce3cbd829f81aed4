"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";

/** Tailwind's `lg`: from here the sidebar stays in view; below it is a drawer. */
const WIDE = "(min-width: 1024px)";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The app's frame: the sidebar (navigation, language, sign-out) and the main column. On wide screens the sidebar
 * is sticky and full height with its own scroll, so its foot never scrolls away with a long page. Below `lg` it
 * is a drawer behind a menu button in a top bar: a modal dialog while open (focus kept inside, Escape or the
 * backdrop closes it, focus returns to the button) that closes by itself when the user navigates.
 */
export function ShellFrame({ sidebar, brand, search, children }: { sidebar: ReactNode; brand: string; search: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const drawer = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggle.current?.focus();
  }, []);

  // A link followed inside the drawer (or anywhere) closes it.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const wide = window.matchMedia(WIDE);
    const onWide = () => wide.matches && setOpen(false);
    wide.addEventListener("change", onWide);
    // The page behind does not scroll under the open drawer.
    const overflow = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    drawer.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      wide.removeEventListener("change", onWide);
      document.body.style.overflow = overflow;
    };
  }, [open]);

  const onDrawerKey = (event: React.KeyboardEvent) => {
    if (!open) return;
    if (event.key === "Escape") {
      event.stopPropagation();
      close(true);
      return;
    }
    if (event.key !== "Tab" || !drawer.current) return;
    const items = [...drawer.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="min-h-screen lg:flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-[60] focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        {t("shell.skipToContent")}
      </a>
      {open && <div aria-hidden className="fixed inset-0 z-40 bg-slate-900/40 lg:hidden" onClick={() => close(true)} data-testid="drawer-backdrop" />}
      <div
        ref={drawer}
        id="app-sidebar"
        data-testid="sidebar"
        data-open={open}
        role={open ? "dialog" : undefined}
        aria-modal={open ? true : undefined}
        aria-label={open ? t("shell.menu") : undefined}
        onKeyDown={onDrawerKey}
        className={`fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col overflow-y-auto overscroll-contain border-r border-slate-200 bg-slate-100 lg:visible lg:sticky lg:top-0 lg:z-auto lg:h-screen lg:w-60 lg:max-w-none lg:shrink-0 lg:translate-x-0 ${open ? "translate-x-0" : "invisible -translate-x-full"}`}
      >
        {open && (
          <div className="flex justify-end px-2 pt-2 lg:hidden">
            <button
              type="button"
              onClick={() => close(true)}
              aria-label={t("shell.closeMenu")}
              className="inline-flex h-10 w-10 items-center justify-center rounded-md text-slate-600 hover:bg-slate-200"
            >
              <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </button>
          </div>
        )}
        {sidebar}
      </div>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex items-center gap-2 border-b border-slate-200 bg-slate-50/95 px-3 py-2 backdrop-blur sm:px-6" data-testid="top-bar">
          <button
            ref={toggle}
            type="button"
            aria-expanded={open}
            aria-controls="app-sidebar"
            aria-label={t("shell.openMenu")}
            onClick={() => setOpen(true)}
            className="inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-md text-slate-700 hover:bg-slate-200 lg:hidden"
          >
            <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
              <path d="M4 6h16M4 12h16M4 18h16" />
            </svg>
          </button>
          <span className="shrink-0 text-lg font-bold text-brand-700 lg:hidden">{brand}</span>
          <div className="ml-auto min-w-0 flex-1 sm:max-w-md lg:ml-0">{search}</div>
        </header>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-4 focus:outline-none sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
