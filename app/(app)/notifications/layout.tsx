import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the notification pages (list, preferences) read on the client. */
export default function NotificationsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["notifications.page", "notifications.kinds", "notifications.kindHelp", "notifications.preferences"]}>{children}</ClientMessages>;
}
