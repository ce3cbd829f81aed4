import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/session";
import { ClientMessages } from "@/lib/i18n/client-messages";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  // The shell's client parts (menu, quick find, bell, user menu).
  return (
    <ClientMessages scopes={["shell", "search", "auth.sessions", "notifications.bell", "users.nav"]}>
      <AppShell user={user}>{children}</AppShell>
    </ClientMessages>
  );
}
