import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the alert rule cards read on the client. */
export default function AlertsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["notifications.rules", "notifications.kinds", "notifications.kindHelp", "domain.level", "domain.buyingRole"]}>{children}</ClientMessages>;
}
