import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the dashboard's charts read on the client. */
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["dashboard.matrix", "dashboard.pareto", "ux.nineBox"]}>{children}</ClientMessages>;
}
