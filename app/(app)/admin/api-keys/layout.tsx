import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the API key manager read on the client. */
export default function ApiKeysLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["api.keys"]}>{children}</ClientMessages>;
}
