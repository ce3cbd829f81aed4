import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The strings the import wizard read on the client. */
export default function ImportLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scopes={["csvImport", "duplicates.import"]}>{children}</ClientMessages>;
}
