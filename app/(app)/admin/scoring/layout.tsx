import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the scoring model editors read on the client. */
export default function ScoringModelsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["admin.editor", "admin.errors", "admin.scoring", "clv.scoring", "ux.scoring"]}>{children}</ClientMessages>;
}
