"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { QuickFindResults } from "@/lib/search/types";
import { isSearchable, normaliseQuery } from "@/lib/search/query-text";
import { SearchIcon } from "./search-icon";

type Option = { id: string; href: string; group: "accounts" | "contacts" | "users"; primary: string; secondary: string; lang?: string; badge?: string };
type State = { status: "idle" | "loading" | "done" | "error"; results: QuickFindResults | null };

/** Wait this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 150;

/**
 * Quick-find's dialog: a combobox over accounts, contacts and users. Arrow keys move through the options
 * (aria-activedescendant keeps focus in the input), Enter opens the active one, Escape closes.
 */
export function QuickFindDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [state, setState] = useState<State>({ status: "idle", results: null });
  const [active, setActive] = useState(0);
  const baseId = useId();
  const listId = `${baseId}-list`;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      input.current?.focus();
      input.current?.select();
    } else if (!open && element.open) element.close();
  }, [open]);

  const q = normaliseQuery(text);
  useEffect(() => {
    if (!open || !isSearchable(q)) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      setState((s) => ({ status: "loading", results: s.results }));
      try {
        const response = await fetch(`/search?q=${encodeURIComponent(q)}`, { signal: controller.signal, cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const results = (await response.json()) as QuickFindResults;
        setState({ status: "done", results });
        setActive(0);
      } catch (error) {
        if (!controller.signal.aborted) setState({ status: "error", results: null });
        void error;
      }
    }, DEBOUNCE_MS);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [q, open]);

  const results = isSearchable(q) && state.results?.query === q ? state.results : null;
  const options: Option[] = results
    ? [
        ...results.accounts.map((a) => ({
          id: `${baseId}-a-${a.id}`,
          href: `/accounts/${a.id}`,
          group: "accounts" as const,
          primary: a.name,
          secondary: [a.localName, a.externalRef, `${a.industry} · ${a.region}`].filter(Boolean).join(" · "),
          badge: a.archived ? t("search.archived") : undefined,
        })),
        ...results.contacts.map((c) => ({
          id: `${baseId}-c-${c.id}`,
          href: `/contacts/${c.id}`,
          group: "contacts" as const,
          primary: c.title ? `${c.name} · ${c.title}` : c.name,
          secondary: [c.accountName, c.email, c.phone].filter(Boolean).join(" · "),
        })),
        ...results.users.map((u) => ({
          id: `${baseId}-u-${u.id}`,
          href: u.href,
          group: "users" as const,
          primary: u.name,
          secondary: u.email,
          badge: u.active ? undefined : t("search.inactive"),
        })),
      ]
    : [];
  const current = options[Math.min(active, options.length - 1)];

  const go = (option: Option | undefined) => {
    if (!option) return;
    onClose();
    router.push(option.href);
  };

  const onInputKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (Math.min(i, options.length - 1) + step + options.length) % options.length);
    } else if (event.key === "Home" && options.length > 0 && event.ctrlKey) {
      setActive(0);
    } else if (event.key === "End" && options.length > 0 && event.ctrlKey) {
      setActive(options.length - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      go(current);
    }
  };

  useEffect(() => {
    if (current) document.getElementById(current.id)?.scrollIntoView({ block: "nearest" });
  }, [current]);

  let status: string;
  if (!isSearchable(q)) status = t("search.hint");
  else if (state.status === "error") status = t("search.failed");
  else if (!results) status = t("search.searching");
  else if (options.length === 0) status = t("search.none", { query: q });
  else status = t("search.count", { count: options.length });

  const groups = (["accounts", "contacts", "users"] as const).filter((g) => options.some((o) => o.group === g));

  return (
    <dialog
      ref={dialog}
      aria-label={t("search.title")}
      onClose={() => onClose()}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
      className="mx-auto mt-[8vh] mb-auto w-[calc(100%-1.5rem)] max-w-xl rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
      data-testid="quick-find"
    >
      {open && (
        <div className="flex max-h-[80vh] flex-col">
          <div className="flex items-center gap-2 border-b border-slate-200 px-3">
            <SearchIcon />
            <input
              ref={input}
              type="search"
              role="combobox"
              aria-label={t("search.label")}
              aria-expanded={options.length > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={current?.id}
              autoComplete="off"
              spellCheck={false}
              placeholder={t("search.placeholder")}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onInputKey}
              className="h-12 min-w-0 flex-1 bg-transparent text-base outline-none"
            />
            <button type="button" onClick={() => onClose()} className="rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-100">
              {t("search.close")}
            </button>
          </div>
          <p role="status" aria-live="polite" className="px-4 py-2 text-xs text-slate-600" data-testid="quick-find-status">
            {status}
          </p>
          <div id={listId} role="listbox" aria-label={t("search.results")} className="min-h-0 flex-1 overflow-y-auto px-2 pb-2">
            {groups.map((group) => (
              <div key={group} role="group" aria-labelledby={`${baseId}-${group}`} className="mb-2">
                <div id={`${baseId}-${group}`} role="presentation" className="px-2 py-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {t(`search.groups.${group}`)}
                </div>
                {options
                  .filter((o) => o.group === group)
                  .map((option) => {
                    const selected = option.id === current?.id;
                    return (
                      <div
                        key={option.id}
                        id={option.id}
                        role="option"
                        aria-selected={selected}
                        onMouseMove={() => setActive(options.indexOf(option))}
                        onClick={() => go(option)}
                        className={`cursor-pointer rounded-md px-2 py-2 text-sm ${selected ? "bg-brand-50 ring-1 ring-brand-500" : ""}`}
                      >
                        <div className="flex items-center gap-2">
                          <span className="min-w-0 truncate font-medium text-slate-900">{option.primary}</span>
                          {option.badge && <span className="shrink-0 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{option.badge}</span>}
                        </div>
                        {option.secondary && <div className="truncate text-xs text-slate-600">{option.secondary}</div>}
                      </div>
                    );
                  })}
              </div>
            ))}
          </div>
          <p className="hidden border-t border-slate-200 px-4 py-2 text-xs text-slate-600 sm:block">{t("search.keys")}</p>
        </div>
      )}
    </dialog>
  );
}
