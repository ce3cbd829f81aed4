import type { ReactNode } from "react";

/** The tones' classes are in app/globals.css (`badge-<tone>`): badges repeat on every row and card. */
export type BadgeTone = "neutral" | "green" | "blue" | "amber" | "red" | "violet";

export function Badge({ tone = "neutral", title, children }: { tone?: BadgeTone; title?: string; children: ReactNode }) {
  return (
    // No `title` attribute at all without one: an undefined prop is still sent in the page's payload, per badge.
    <span className={`badge badge-${tone}`} {...(title === undefined ? {} : { title })}>
      {children}
    </span>
  );
}
