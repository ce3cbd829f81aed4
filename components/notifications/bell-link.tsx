"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useI18n } from "@/lib/i18n/client";

/** How often an open page asks for the unread count. */
const POLL_MS = 60_000;

/**
 * The bell link with its unread badge. The count comes with the page and is asked for again after each navigation,
 * every minute and when the tab becomes visible, so alerts raised by the scheduled evaluation show up without a
 * reload. `initial` null: in-app notifications are off, no badge.
 */
export function BellLink({ initial }: { initial: number | null }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const [count, setCount] = useState(initial);

  useEffect(() => {
    let live = true;
    const refresh = async () => {
      try {
        const response = await fetch("/notifications/unread", { cache: "no-store" });
        if (!response.ok) return;
        const body = (await response.json()) as { count: number | null };
        if (live) setCount(body.count);
      } catch {
        // Offline or signed out: keep the last figure.
      }
    };
    void refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      live = false;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [pathname]);

  const unread = count ?? 0;
  const label = unread > 0 ? t("notifications.bell.labelUnread", { count: unread }) : t("notifications.bell.label");
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-md text-slate-600 hover:bg-slate-200 hover:text-slate-900"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span data-testid="notification-count" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-[11px] font-semibold leading-5 text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
