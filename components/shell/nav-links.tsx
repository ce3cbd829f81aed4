"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";

export type NavItem = { href: string; label: MessageKey };

/** The administration's pages, listed under the Admin entry (which only admins get). */
const ADMIN_LINKS: NavItem[] = [
  { href: "/admin/users", label: "users.nav.users" },
  { href: "/admin/teams", label: "users.nav.teams" },
  { href: "/admin/audit", label: "users.nav.audit" },
  { href: "/admin/scoring", label: "users.nav.scoring" },
  { href: "/admin/offerings", label: "whitespace.offerings.title" },
  { href: "/admin/health", label: "health.admin.nav" },
  { href: "/admin/alerts", label: "notifications.rules.title" },
  { href: "/admin/jobs", label: "jobs.homeTitle" },
  { href: "/admin/api-keys", label: "api.nav.keys" },
  { href: "/admin/webhooks", label: "webhooks.navTitle" },
  { href: "/admin/plan-templates", label: "planDocument.templates.nav" },
];

const isActive = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const { t } = useI18n();
  return (
    <ul className="flex flex-col gap-1">
      {items.map((item) => {
        const active = item.href === "/admin" ? pathname === item.href : isActive(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={`block rounded-md px-3 py-2 text-sm font-medium ${active ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-200"}`}
            >
              {t(item.label)}
            </Link>
            {item.href === "/admin" && (
              <ul aria-label={t("users.nav.adminSection")} className="mt-1 flex flex-col gap-0.5 border-l border-slate-300 pl-2 ml-3">
                {ADMIN_LINKS.map((sub) => {
                  const subActive = isActive(pathname, sub.href);
                  return (
                    <li key={sub.href}>
                      <Link
                        href={sub.href}
                        aria-current={subActive ? "page" : undefined}
                        className={`block rounded-md px-3 py-1.5 text-sm ${subActive ? "bg-brand-600 font-medium text-white" : "text-slate-700 hover:bg-slate-200"}`}
                      >
                        {t(sub.label)}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
