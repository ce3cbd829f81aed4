import type { ActivityType } from "@/lib/generated/prisma/enums";

const PATHS: Record<ActivityType | "COMPLAINT", string> = {
  CALL: "M3 5a2 2 0 0 1 2-2h2l2 5-2.5 1.5a11 11 0 0 0 5 5L13 12l5 2v2a2 2 0 0 1-2 2A15 15 0 0 1 3 5z",
  MEETING: "M7 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm6 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM1 17a6 6 0 0 1 12 0zm10 0a6 6 0 0 1 8-5.6V17z",
  VISIT: "M10 1a6 6 0 0 0-6 6c0 4.5 6 12 6 12s6-7.5 6-12a6 6 0 0 0-6-6zm0 8.5A2.5 2.5 0 1 1 10 4.5a2.5 2.5 0 0 1 0 5z",
  EMAIL: "M2 4h16v12H2zm1 1.5V6l7 5 7-5v-.5z",
  OTHER: "M4 9h3v3H4zm5 0h3v3H9zm5 0h3v3h-3z",
  COMPLAINT: "M10 1 1 18h18zm-1 6h2v5H9zm0 6h2v2H9z",
};

/** A small glyph per activity type (and complaints); decorative, the label always sits next to it. */
export function ActivityIcon({ type, className = "h-4 w-4" }: { type: ActivityType | "COMPLAINT"; className?: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden className={`${className} shrink-0 fill-current`}>
      <path d={PATHS[type]} fillRule="evenodd" />
    </svg>
  );
}
