"use client";

import { useRouter } from "next/navigation";
import { useTransition, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { buttonClass } from "./button";

/**
 * A list's filters as a GET form: it works without JavaScript; with it, a changed select applies at once and empty
 * fields are left out of the URL. The fields are rendered on the server (with their options and labels), so the
 * browser loads only this behaviour.
 */
export function FilterForm({ action, label, submitLabel, after, className, children }: { action: string; label: string; submitLabel: string; after?: ReactNode; className?: string; children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") params.set(key, value.trim());
    const qs = params.toString();
    startTransition(() => router.push(qs ? `${action}?${qs}` : action));
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    if (event.target instanceof HTMLSelectElement) apply(event.currentTarget);
  };

  return (
    <form method="get" action={action} onSubmit={onSubmit} onChange={onChange} aria-label={label} aria-busy={pending} className={className}>
      {children}
      <div className="mt-3 flex items-center gap-3">
        <button type="submit" className={buttonClass("primary", "sm")} disabled={pending}>
          {submitLabel}
        </button>
        {after}
      </div>
    </form>
  );
}
