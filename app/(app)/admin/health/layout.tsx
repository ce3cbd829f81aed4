import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the health model editor read on the client. */
export default function HealthModelLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["health.admin", "health.components", "health.errors", "healthEvidence", "admin.scoring"]}>{children}</ClientMessages>;
}
