"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

/** What the draft editor tells the Publish button: unsaved edits, and whether every dimension totals 100 %. */
export type DraftEditState = { dirty: boolean; totalsOk: boolean };

const READY: DraftEditState = { dirty: false, totalsOk: true };
const Context = createContext<{ state: DraftEditState; report: (state: DraftEditState) => void } | null>(null);

/**
 * Shares the editor's state with the Publish button above it: publishing takes the saved draft, so it is
 * blocked while edits are unsaved (they would be silently dropped) or the weights do not total 100 %.
 */
export function DraftStatusProvider({ children }: { children: ReactNode }) {
  const [state, report] = useState<DraftEditState>(READY);
  return <Context.Provider value={{ state, report }}>{children}</Context.Provider>;
}

/** Called by an editor on every render with its current state. */
export function useReportDraftState({ dirty, totalsOk }: DraftEditState) {
  const report = useContext(Context)?.report;
  useEffect(() => {
    report?.({ dirty, totalsOk });
  }, [report, dirty, totalsOk]);
}

export const useDraftState = () => useContext(Context)?.state ?? READY;
