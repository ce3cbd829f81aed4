import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the API reference read on the client. */
export default function ApiDocsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["api.docs"]}>{children}</ClientMessages>;
}
