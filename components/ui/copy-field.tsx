"use client";

import { useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

type Labels = { field: string; copy: string; copied: string; failed: string };

/**
 * A value shown once (a link, a key, a secret) in a read-only field with a copy button. When the clipboard is not
 * available the text is selected instead, so it can be copied by hand, and the status says so.
 */
export function CopyField({ id, value, labels, testId, children }: { id: string; value: string; labels: Labels; testId?: string; children?: ReactNode }) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<"copied" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      input.current?.select();
      setState("failed");
    }
  }

  return (
    <>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
        <label className="sr-only" htmlFor={id}>{labels.field}</label>
        <input
          ref={input}
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} mt-0 font-mono text-xs`}
          data-testid={testId}
        />
        <Button variant="secondary" onClick={copy} className="shrink-0">{labels.copy}</Button>
        {children}
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700">
        {state === "copied" ? labels.copied : state === "failed" ? labels.failed : null}
      </p>
    </>
  );
}
