import type { ReactNode } from "react";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { isAdmin, type SessionUser } from "@/lib/auth/roles";
import { getI18n } from "@/lib/i18n/server";
import { NavLinks, type NavItem } from "./nav-links";
import { QuickFind } from "./quick-find";
import { ShellFrame } from "./shell-frame";
import { UserMenu } from "./user-menu";

const NAV: NavItem[] = [
  { href: "/my-work", label: "myWork.nav" },
  { href: "/dashboard", label: "nav.dashboard" },
  { href: "/accounts", label: "nav.accounts" },
  { href: "/contacts", label: "nav.contacts" },
  { href: "/scoring", label: "nav.scoring" },
  { href: "/board", label: "nav.board" },
  { href: "/whitespace", label: "whitespace.nav" },
];

export async function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { t } = await getI18n();
  const items = isAdmin(user) ? [...NAV, { href: "/admin", label: "nav.admin" } satisfies NavItem] : NAV;
  const sidebar = (
    <div className="flex flex-1 flex-col gap-6 p-4">
      <div className="flex items-start justify-between gap-2">
        <div>
          <div className="text-2xl font-bold text-brand-700">{t("app.name")}</div>
          <div className="text-xs text-slate-600">{t("app.tagline")}</div>
        </div>
        <NotificationBell user={user} />
      </div>
      <nav aria-label={t("nav.mainNavigation")} className="flex-1">
        <NavLinks items={items} />
      </nav>
      <UserMenu user={user} />
    </div>
  );
  return (
    <ShellFrame sidebar={sidebar} brand={t("app.name")} search={<QuickFind />}>
      {children}
    </ShellFrame>
  );
}
