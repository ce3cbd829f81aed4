import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the team form read on the client. */
export default function TeamsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["users.teams"]}>{children}</ClientMessages>;
}
