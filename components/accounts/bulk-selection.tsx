"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Row selection for the accounts list's bulk actions without turning the (server-rendered) table into a client
 * component: each row's checkbox belongs to the bulk form through the `form` attribute, and whoever needs the
 * selection reads it from the DOM on every `change` (which bubbles to the document from the row checkboxes).
 */
export const BULK_FORM_ID = "accounts-bulk";

/** The row checkboxes of the bulk form on this page. */
export function rowCheckboxes(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="ids"][form="${BULK_FORM_ID}"]`)];
}

/** The ids checked now and the number of rows on the page, kept current through `change` events. */
export function useSelection(): { ids: string[]; total: number } {
  const [selection, setSelection] = useState<{ ids: string[]; total: number }>({ ids: [], total: 0 });
  useEffect(() => {
    const read = () => {
      const boxes = rowCheckboxes();
      setSelection({ ids: boxes.filter((box) => box.checked).map((box) => box.value), total: boxes.length });
    };
    read();
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.getAttribute("form") === BULK_FORM_ID) read();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, []);
  return selection;
}

/** Checks or unchecks rows and tells the listeners. */
export function setRowsChecked(checked: boolean) {
  for (const box of rowCheckboxes()) {
    if (box.checked === checked) continue;
    box.checked = checked;
    box.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

/** One row's checkbox. */
export function RowCheckbox({ id, label }: { id: string; label: string }) {
  return <input type="checkbox" name="ids" value={id} form={BULK_FORM_ID} aria-label={label} className="size-4 rounded border-slate-300" />;
}

/** The header's "select all on this page": checked when all are, mixed when some are. */
export function SelectAllOnPage({ label }: { label: string }) {
  const ref = useRef<HTMLInputElement>(null);
  const { ids, total } = useSelection();
  const all = total > 0 && ids.length === total;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = ids.length > 0 && !all;
  }, [ids, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      checked={all}
      onChange={(event) => setRowsChecked(event.target.checked)}
      className="size-4 rounded border-slate-300"
    />
  );
}
