"use client";

import { useEffect, useState } from "react";
import { searchParentAccountsAction } from "@/lib/accounts/actions";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";

export type ParentChoice = { id: string; name: string };
type Match = ParentChoice & { region: string };

/**
 * Chooses the parent account among 2,000+ by typing part of its name (server search, ten matches). The chosen id
 * travels in a hidden `parentId` input; `excludeId` keeps an account from being offered as its own parent.
 */
export function ParentPicker({ initial, excludeId, error }: { initial: ParentChoice | null; excludeId?: string; error?: string }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<ParentChoice | null>(initial);
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<Match[] | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await searchParentAccountsAction({ q, excludeId });
      if (!stale) setMatches(result.ok ? result.data : []);
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, excludeId]);

  const describedBy = error ? "parentSearch-error" : undefined;
  return (
    <div>
      <input type="hidden" name="parentId" value={selected?.id ?? ""} />
      {selected ? (
        <div className="mt-1 flex items-center gap-2">
          <span className="rounded-md border border-slate-300 bg-slate-50 px-3 py-1.5 text-sm" data-testid="parent-selected">
            {selected.name}
          </span>
          <Button variant="ghost" size="sm" onClick={() => setSelected(null)}>
            {t("accounts.form.parentClear")}
          </Button>
        </div>
      ) : (
        <input
          id="parentSearch"
          type="search"
          autoComplete="off"
          value={query}
          placeholder={t("accounts.form.parentSearch")}
          onChange={(e) => {
            setQuery(e.target.value);
            if (!e.target.value.trim()) setMatches(null);
          }}
          aria-invalid={!!error}
          aria-describedby={describedBy}
          className={inputClass}
        />
      )}
      {!selected && query.trim() && matches && (
        <ul className="mt-1 max-h-60 overflow-auto rounded-md border border-slate-200 bg-white shadow-sm" aria-label={t("accounts.form.parentSearch")}>
          {matches.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">{t("accounts.form.parentNoMatch")}</li>}
          {matches.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="block w-full px-3 py-1.5 text-left text-sm hover:bg-brand-50 focus:bg-brand-50"
                onClick={() => {
                  setSelected({ id: m.id, name: m.name });
                  setQuery("");
                  setMatches(null);
                }}
              >
                {m.name} <span className="text-xs text-slate-500">{m.region}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
