import type { ReactNode } from "react";

/** A dashboard card: heading, one-line intro, optional controls on the right. */
export function Panel({ id, title, intro, aside, className = "", children }: { id: string; title: string; intro?: string; aside?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className={`min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${className}`}>
      <header className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {title}
          </h2>
          {intro && <p className="mt-0.5 text-xs text-slate-500">{intro}</p>}
        </div>
        {aside}
      </header>
      {children}
    </section>
  );
}

/** The empty state inside a panel, at the height the panel's content would take, so nothing jumps. */
export function PanelEmpty({ message, height }: { message: string; height: string }) {
  return (
    <div className={`flex items-center justify-center rounded-md border border-dashed border-slate-300 px-6 text-center text-sm text-slate-500 ${height}`}>
      {message}
    </div>
  );
}
