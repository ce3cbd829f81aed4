"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A link of the navigation, its label translated on the server (the client needs no strings for it). */
export type NavLink = { href: string; label: string };

const isActive = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/** The main navigation; the admin entry (admins only) lists the administration's pages under it. */
export function NavLinks({ items, admin }: { items: NavLink[]; admin?: { label: string; links: NavLink[] } }) {
  const pathname = usePathname();
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
              {item.label}
            </Link>
            {item.href === "/admin" && admin && (
              <ul aria-label={admin.label} className="mt-1 flex flex-col gap-0.5 border-l border-slate-300 pl-2 ml-3">
                {admin.links.map((sub) => {
                  const subActive = isActive(pathname, sub.href);
                  return (
                    <li key={sub.href}>
                      <Link
                        href={sub.href}
                        aria-current={subActive ? "page" : undefined}
                        className={`block rounded-md px-3 py-1.5 text-sm ${subActive ? "bg-brand-600 font-medium text-white" : "text-slate-700 hover:bg-slate-200"}`}
                      >
                        {sub.label}
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
