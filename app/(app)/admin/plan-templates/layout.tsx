import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the plan template editor read on the client. */
export default function PlanTemplatesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["planDocument.errors", "planDocument.objective", "planDocument.swot", "planDocument.templates"]}>{children}</ClientMessages>;
}
