import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the whitespace portfolio's forecast read on the client. */
export default function WhitespaceLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["whitespace.portfolio"]}>{children}</ClientMessages>;
}
