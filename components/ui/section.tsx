import type { ReactNode } from "react";

/** A titled card of the account page; `id` lets headings be linked and labelled. */
export function Section({ title, id, actions, children }: { title: string; id: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Label/value pairs as a definition list; empty values show a dash. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
      {items.map((item) => (
        <div key={item.label} className="flex justify-between gap-4 border-b border-slate-100 pb-1">
          <dt className="text-slate-500">{item.label}</dt>
          <dd className="text-right font-medium">{item.value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
