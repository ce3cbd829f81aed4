import type { ReactNode } from "react";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { isAdmin, type SessionUser } from "@/lib/auth/roles";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { NavLinks } from "./nav-links";
import { QuickFind } from "./quick-find";
import { ShellFrame } from "./shell-frame";
import { UserMenu } from "./user-menu";

type NavItem = { href: string; label: MessageKey };

const NAV: NavItem[] = [
  { href: "/my-work", label: "myWork.nav" },
  { href: "/dashboard", label: "nav.dashboard" },
  { href: "/accounts", label: "nav.accounts" },
  { href: "/contacts", label: "nav.contacts" },
  { href: "/scoring", label: "nav.scoring" },
  { href: "/board", label: "nav.board" },
  { href: "/whitespace", label: "whitespace.nav" },
];

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

export async function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { t } = await getI18n();
  const translated = (links: NavItem[]) => links.map(({ href, label }) => ({ href, label: t(label) }));
  const admin = isAdmin(user);
  const items = translated(admin ? [...NAV, { href: "/admin", label: "nav.admin" }] : NAV);
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
        <NavLinks items={items} admin={admin ? { label: t("users.nav.adminSection"), links: translated(ADMIN_LINKS) } : undefined} />
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
